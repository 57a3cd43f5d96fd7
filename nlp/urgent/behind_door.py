"""A person who may lie harmed or dead behind a door (new-user trial r, finding 3).

"Ich glaube mein Nachbar hat sich was angetan, er macht nicht auf und es riecht
komisch" (the model 0.21) was filed for the environment office: "riecht" pulled it to
smells. Two strong rules:

- Self-harm feared or done by someone else: "hat sich (et)was angetan", "will sich was
  antun", gsw "het sich öppis aatah", "has harmed himself", "has done something to
  herself", "s'est fait du mal", "si è fatto del male". The kind is "suicide": the
  answer names Sanität 144, Polizei 117 and Die Dargebotene Hand 143, as for a person
  on a window ledge (nlp.urgent.on_ledge). "Er hat sich nichts angetan" is not.
- A person who does not open or answer now, and a smell from the flat or a fear that
  something happened to them: "er macht nicht auf und es riecht komisch", "my
  neighbour doesn't open the door and there is a strange smell", "ma voisine n'ouvre
  pas et ça sent mauvais", "il mio vicino non apre e c'è una puzza". The kind is
  "welfare" (117/144), as for no sign of life for days (nlp.urgent.welfare). Not a
  neighbour who never opens ("macht nie auf wenn ich klingle"), a reply that does not
  come, nor a smell of cigarettes, cannabis, food or rubbish.
"""

from __future__ import annotations

import re

from nlp.urgent.fastre import Substrings
from nlp.urgent.welfare import _PERSON, _REPLY, _SILENT

SUICIDE_KIND = "suicide"
WELFARE_KIND = "welfare"

_SELF_HARM = re.compile(
    r"\b(?:sich|mir|mer)\s+(?:(?:selbst|selber|wohl|vielleicht|möglicherweise|eventuell)\s+)?"
    r"(?:etwas|was|eppes|öppis|eppis)\s+(?:angetan|antun|antut|anzutun|antue|aagetan|aatah"
    r"|aata|aatue|aatuet)\b"
    r"|\b(?:tut|tuet|tüeg|tue)\s+sich\s+(?:\w+\s+)?(?:etwas|was|öppis|eppis)\s+(?:an|aa)\b"
    r"|\b(?:harmed|done\s+something\s+to|harm|harming)\s+(?:him|her|them)sel(?:f|ves)\b"
    r"|\bs['’]est\s+fait\s+du\s+mal\b|\bse\s+faire\s+du\s+mal\b"
    r"|\battent\w*\s+à\s+ses\s+jours\b"
    r"|\bsi\s+(?:è|sia|fosse)\s+fatt[oa]\s+del\s+male\b|\bfarsi\s+del\s+male\b"
)
# "Hat sich schon was getan?" (a status question) is no harm: only "an-" forms count.
_NOT_HARMED = re.compile(
    r"\b(?:nichts|nix|nüt|nothing|not|n['’]|rien|niente|nulla)\s+(?:\w+\s+){0,2}?"
    r"(?:angetan|aatah|harmed|done|fait|fatto)"
)
# A smell now: "es riecht komisch", "es stinkt", "a strange smell", "ça sent mauvais".
_SMELL = re.compile(
    r"\b(?:riecht|riechts|stinkt|stinkts|gestank|geruch|schmöckt|schmöcks|stinkts|gschmack"
    r"|smell\w*|stench|stink\w*|reek\w*|odeur|sent\s+(?:mauvais|bizarre|fort|très)|puanteur"
    r"|puzz\w*|odore|tanfo|fetore)"
)
# The smell of something harmless: a neighbour who smokes or cooks.
_HARMLESS_SMELL = re.compile(
    r"(?:zigarett|rauch|raucht|qualm|kiff|cannabis|gras\b|weed|joint|cigar|smok|tabac|fumé"
    r"|fumo|fuma|sigarett|essen|kochen|curry|knoblauch|food|cooking|cuisine|cucina|abfall|müll"
    r"|ghüder|kehricht|rubbish|garbage|trash|poubelle|ordures|spazzatura|rifiuti|katze|hund"
    r"|cat\b|dog\b|chat\b|chien|gatto|cane\b|urin|kot\b|pisse|grill|barbecue|parfum|perfume"
    r"|profumo|farbe|paint|peinture|vernice|kompost|compost|mist\b|gülle|gas\b|gaz\b)"
)
# A fear that something happened to them.
_FEAR = re.compile(
    r"\b(?:(?:etwas|was|öppis|eppis)\s+(?:\w+\s+){0,2}?(?:passiert|zugestossen|gscheh\w*)"
    r"|something\s+(?:\w+\s+){0,2}?happened\s+to|arrivé\s+quelque\s+chose"
    r"|(?:successo|accaduto)\s+qualcosa|qualcosa\s+(?:\w+\s+){0,2}?(?:successo|accaduto))"
)
# "n'ouvre pas", "n'a pas ouvert" (nlp.urgent.welfare reads "ne répond pas").
_SILENT_FR = re.compile(
    r"\bn['’]\s*(?:ouvre|ouvrent|répond|réagit|a\s+pas\s+ouvert|a\s+pas\s+répondu)\b"
    r"(?:\s+(?:pas|plus))?"
)
_PRONOUN = re.compile(r"\b(?:er|sie|si|är|he|she|il|elle|lui|lei)\b")
_DOOR = re.compile(
    r"(?:tür|türe|klingel|glüüt|glüt|geläutet|door|bell|porte|sonn|porta|campanello)"
)
# Opening the door or answering: "macht nicht auf", "doesn't open", "n'ouvre pas".
_OPENS = re.compile(
    r"(?:\bauf\b|\buf\b|öffn|geöffnet|aufgemacht|ufgmacht|open|ouvr|\bapre|answer|antwort"
    r"|répond|rispond|telefon|phone)"
)
_FLAT = re.compile(r"(?:wohnung|wohnig|flat|apartment|appartement|appartamento|zimmer|room)")
# A complaint that gets no answer ("reagiert nicht auf meine Beschwerden wegen dem
# Gestank"): no danger.
_COMPLAINT = re.compile(r"(?:beschwer|reklam|complain|plainte|lamentel|reclam|segnal)")
# Habit, not now: "macht nie auf wenn ich klingle", "never answers".
_HABIT = re.compile(
    r"\b(?:nie|niemals|never|jamais|mai|immer|always|toujours|sempre|jedes\s+mal|every\s+time"
    r"|chaque\s+fois|ogni\s+volta)\b"
)
DOOR_STEMS = (
    "sich", "mir", "mer", "tut", "tuet", "tüeg", "tue", "harm", "done something", "fait du mal", "faire du mal", "attent",
    "del male", "macht", "öffnet", "antwortet", "reagiert", "meldet", "nimmt", "tuet",
    "aufgemacht", "ufgmacht", "geöffnet", "answer", "respond", "open", "pick", "répond",
    "réagit", "décroche", "ouvre", "ouvert", "répondu", "risponde", "reagisce", "apre", "telefon",
)  # fmt: skip
_DOOR_SEARCH = Substrings(DOOR_STEMS)


def behind_door(low: str) -> tuple[str, str] | None:
    """(cue, kind) for a lower-cased text that fears someone harmed themselves
    ("suicide") or that says a person does not open now, with a smell or a fear that
    something happened ("welfare"); None otherwise."""
    if not _DOOR_SEARCH.found_in(low):
        return None
    harm = _SELF_HARM.search(low)
    if harm is not None and not _NOT_HARMED.search(low):
        return harm.group(0), SUICIDE_KIND
    silent = _SILENT.search(low) or _SILENT_FR.search(low)
    if silent is None or _HABIT.search(low) or _REPLY.search(low):
        return None
    if _PERSON.search(low) is None and not (_PRONOUN.search(low) and _DOOR.search(low)):
        return None
    if _COMPLAINT.search(low):
        return None
    if not (_OPENS.search(silent.group(0)) or _DOOR.search(low) or _FLAT.search(low)):
        return None  # "der Nachbar nimmt keine Rücksicht": no door, no flat
    smell = _SMELL.search(low)
    if smell is not None and not _HARMLESS_SMELL.search(low[smell.start() : smell.end() + 40]):
        return f"{silent.group(0)} … {smell.group(0)}", WELFARE_KIND
    fear = _FEAR.search(low)
    if fear is not None:
        return f"{silent.group(0)} … {fear.group(0)}", WELFARE_KIND
    return None
