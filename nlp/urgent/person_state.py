"""A person who does not move, breathe, respond or wake up: a strong urgent rule.

"My father fell and does not move", "ma mère ne bouge plus", "mio padre non si muove",
"de Maa rüert sich nüm", "meine Mutter reagiert nicht": the state counts as an
emergency when a person is its subject and it ends the clause. A thing that does not
move or respond ("the app does not respond", "die Ampel reagiert nicht", "la sbarra
non si muove") names no person; a person who does not move a thing or answer a letter
("my neighbour won't move his car", "der Vermieter reagiert nicht auf meine Mails")
goes on after the verb; "not responding" about writing ("ich habe ihm geschrieben, er
reagiert nicht") is about a reply. The past ("last week he did not move") is left to
the rules' guards (nlp.urgent.rules.rule_cue).

States that count on their own whatever the subject ("bewusstlos", "atmet nicht",
"not breathing", "inconscient", "svenuta", "non respira") stay in nlp.urgent.rules and
nlp.urgent.cues.
"""

from __future__ import annotations

import re

from nlp.persons import ROLES
from nlp.urgent.fastre import Substrings

# Persons who can be the subject (no "personne": "personne ne répond" is nobody; no
# bare English "man", German "man" is "one"; no offices, landlords or caretakers), and
# persons by role ("der Bettler", "die Rentnerin": nlp.persons).
_PERSON = r"""
    (?:father|dad|daddy|mother|mom|mum|husband|wife|son|daughter|brother|sister
    | grandfather|grandmother|grandpa|grandma|granny|child|kid|baby|toddler|boy|girl
    | friend|neighbou?r|partner|woman|lady|person|someone|somebody|he|she
    | (?:a|an|the|this|that|old|older|elderly|young)\s+(?:man|guy|gentleman)
    | vater|papa|papi|mutter|mama|mami|mann|frau|ehemann|ehefrau|sohn|tochter|bruder
    | schwester|grossvater|grossmutter|opa|oma|grosi|grossmami|grosspapi|kind|baby|bub
    | junge|mädchen|freund|freundin|nachbar|nachbarin|mensch|herr|dame|jemand
    | vatter|mueter|maa|chind|bueb|meitli|fründ|fründin|nochber|nochbere|öpper
    | père|mère|maman|mari|femme|fils|fille|frère|sœur|soeur|grand-père|grand-mère
    | mamie|papy|enfant|bébé|garçon|homme|monsieur|ami|amie|voisin|voisine|quelqu'un
    | (?:une|la|cette)\s+personne
    | padre|papà|madre|mamma|marito|moglie|figlio|figlia|fratello|sorella|nonno|nonna
    | bambino|bambina|bimbo|bimba|ragazzo|ragazza|uomo|donna|signore|signora|amico
    | amica|(?:il|la|mio|mia|nostro|nostra)\s+vicin[oa]|persona|qualcuno|lui|lei
    | ROLES)
""".replace("ROLES", ROLES)
# The state, in the present.
_STATE = r"""
    (?:(?:does\s+not|doesn't|doesnt|is\s+not|isn't|isnt|won't|wont|will\s+not|can't|cannot
        |is\s+no\s+longer|has\s+stopped)\s+
        (?:move|moving|breathe|breathing|respond|responding|react|reacting|wake\s+up
        |waking\s+up|come\s+round|coming\s+round)
    | (?:bewegt|rührt|regt)\s+sich\s+(?:(?!vom\b|von\b|aus\b)\S+\s+){0,3}?(?:nicht|kaum|nöd|nid|nüm|nümme)
    | (?:reagiert|wacht)\s+(?:(?!auf\b)\S+\s+){0,3}?(?:nicht|kaum|nöd|nid|nüm|nümme)(?:\s+mehr)?(?:\s+auf\b)?
    | (?:rüert|rüehrt|bewegt|regt)\s+sich\s+(?:nüm|nümme|nöd|nid|nüt)
    | (?:schnuufet|schnuuft|atmet)\s+(?:nüm|nümme|nöd|nid|kaum)
    | (?:wacht|erwacht)\s+(?:nüm|nümme|nöd|nid)\s+(?:meh\s+)?uf
    | ne\s+(?:bouge|respire|répond|réagit|se\s+réveille)\s+(?:pas|plus)
    | non\s+(?:si\s+muove|respira|risponde|reagisce|si\s+sveglia)
    )(?:\s+(?:anymore|any\s+more|at\s+all|mehr|meh|du\s+tout|più|per\s+niente|überhaupt))?
"""
# The state ends the clause: "…does not move, Zurlindenstrasse 12", "…bewegt sich nicht
# mehr!", "…ne bouge plus et ne respire pas", not "won't move his car", "reagiert nicht
# auf Mails".
_END = r"""
    (?=\s*(?:[,.!?;:)]|$)
    | \s+(?:and|but|und|aber|et|mais|e|ed|ma|or|oder|ou|o|i|ich|je|we|wir|io|noi
        | please|bitte|help|hilfe|au\s+secours|aiuto|what|was|que|cosa|che)\b)
"""
# German, French and Swiss German pronouns also stand for things ("der Lift … er bewegt
# sich nicht"): they count only in a text that names a person too.
_PRONOUN = r"(?:er|sie|si|il|elle)"


# Up to 8 words between the person and the state, within one clause: no comma, and a
# conjunction only right before the state ("my father fell and does not move", not
# "ihr Bub wird gemobbt und die Schule reagiert nicht").
_CONJUNCTION = r"(?:and|but|und|aber|et|mais|e|ed|ma|or|oder|ou|o|because|weil|denn|parce|perché|when|wenn|if|ob|quand|quando|se|si)"
_GAP = r"(?:\s+(?!" + _CONJUNCTION + r"\b)[^\s.!?;,]+){0,8}?(?:\s+(?:and|und|et|e|ed))?"


def _subject_first(subject: str) -> str:
    return r"\b" + subject + r"\b(?!'s)" + _GAP + r"\s+" + _STATE + _END


# German with the verb first: "jetzt bewegt sich mein Vater nicht mehr".
_VERB_FIRST = (
    r"""\b(?:bewegt|rührt|rüert|regt)\s+sich\s+(?:der|die|das|mein|meine|min|mini|unser
    |unsere|de|d|s|e|en|ein|eine)\s+"""
    + _PERSON
    + r"\s+(?:\S+\s+){0,2}?(?:nicht|nöd|nid|nüm|nümme)(?:\s+mehr)?"
    + _END
)
PERSON_STATE = re.compile(_subject_first(_PERSON) + "|" + _VERB_FIRST, re.VERBOSE)
_PRONOUN_STATE = re.compile(_subject_first(_PRONOUN), re.VERBOSE)
# The state alone, looked for first: most texts with a stem ("remove", "around") have none.
_STATE_ALONE = re.compile(_STATE + _END, re.VERBOSE)
_NAMES_A_PERSON = re.compile(r"\b" + _PERSON + r"\b", re.VERBOSE)
# Every match holds one of these: a text with none skips the search.
STATE_STEMS = (
    "mov", "breath", "respond", "react", "wake", "waking", "round",
    "bewegt", "rührt", "regt", "reagiert", "wacht", "rüert", "rüehrt", "schnuuf", "atmet",
    "bouge", "respire", "répond", "réagit", "réveille",
    "muove", "respira", "risponde", "reagisce", "sveglia",
)  # fmt: skip
_STATE_SEARCH = Substrings(STATE_STEMS)
# A reply that is missing, not a person in danger: "Ich habe ihm geschrieben, er
# reagiert nicht", "I sent her two emails and she is not responding", "Frau Meier von
# der Verwaltung reagiert nicht".
_REPLY = re.compile(r"(?:respond|react|reagiert|répond|réagit|risponde|reagisce)")
_WRITING = re.compile(
    r"mail|brief|letter|lettre|lettera|geschrieben|gschribe|schreib|wrote|written|écrit"
    r"|scritto|nachricht|message|messag|meldung|anfrage|request|demande|richiest|reklamation"
    r"|beschwerde|complaint|plainte|reclam|segnalazion|signalement|sms|whatsapp|ticket"
    r"|antwort|answer|réponse|risposta|offerte|rechnung|invoice|facture|fattura"
    r"|verwaltung|hauswart|vermieter|landlord|caretaker|concierge|régie|amministra|portinai"
    r"|\b(?:stadt|city|ville|città|amt|gemeinde|behörde|office|bureau|ufficio|comune|commune)\b"
)

# A state that lasts for days is a worry, not an emergency: "Sperrgut seit Wochen vor dem
# Haus, der Nachbar reagiert nicht".
_LASTING = re.compile(
    r"\b(?:seit|sit|for|depuis|da)\s+(?:\S+\s+)?(?:tagen|täg|wochen|wuche|monaten|mönet|jahren"
    r"|jahr|langem|days|weeks|months|years|ages|jours|semaines|mois|ans|longtemps|giorni"
    r"|settimane|mesi|anni|tempo)\b"
)


def person_state(low: str) -> re.Match[str] | None:
    """The person who does not move, breathe, respond or wake up in a lower-cased text."""
    if not _STATE_SEARCH.found_in(low) or _STATE_ALONE.search(low) is None:
        return None
    found = PERSON_STATE.search(low)
    if found is None and _NAMES_A_PERSON.search(low):
        found = _PRONOUN_STATE.search(low)
    if found is not None and _REPLY.search(found.group(0)) and _WRITING.search(low):
        return None
    if found is not None and _LASTING.search(low):
        return None
    return found
