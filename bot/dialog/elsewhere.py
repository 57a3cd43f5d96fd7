"""Matters the city does not handle, said at once with where to turn, and not filed.

New-user trial i, finding 8: "Meine Vermieterin repariert die Heizung in meiner
Wohnung seit drei Wochen nicht" went to Liegenschaften Stadt Zürich (the city's own
flats); "Unsere Katze Minka ist seit gestern verschwunden …" was offered three topics
that do not fit; a wallet lost in the tram and a parking fine got "Wo ist das genau?".

- repairs a private landlord or property manager owes (the heating; not the city's
  own flats, not the rent or mould, which the city's offices take up): the tenants'
  association, the conciliation authority for tenancy;
- a pet that ran away or was found: the Swiss pet registry (STMZ), animal shelters;
- an injured animal, found or seen (new-user trial j, finding 14: "Wir haben eine
  Katze gefunden, sie sitzt seit Tagen verletzt im Gebüsch" went to the waste office):
  a pet to a vet and the STMZ, a wild animal to the Wildhut or the police (117). A dead
  animal stays the waste office's; a dog that bit someone is no such matter;
- something lost, found or left behind: the city's lost property office;
- a parking fine to contest: the Stadtrichteramt.

Read by bot.dialog.general_questions (a whole message, or one part of a message of
several concerns); an emergency is never asked about here.
"""

from __future__ import annotations

import re

from nlp.animals import (
    BITES,
    DEAD,
    GONE_BEFORE_PET,
    HURT,
    HURT_ONES,
    PEOPLE,
    PET,
    PET_AWAY,
    PET_FOUND,
    PET_GONE,
    PET_NEAR_HARM,
    PET_THINGS,
    STRAY,
    WILD,
    no_walking_stick,
    without_owners,
)
from nlp.lost_property import LEFT_BEHIND, LEFT_ITEMS, LEFT_LYING
from nlp.smalltalk import smalltalk

_FLAGS = re.IGNORECASE

_LANDLORD = re.compile(
    r"\b(?:vermieter\w*|hausverwaltung\w*|liegenschaftsverwaltung\w*|immobilienverwaltung\w*"
    r"|verwaltig|landlord|landlady|property\s+manag\w*|propriétaire|régie|gérance|padron[ea]\s+di"
    r"\s+casa|locator[ei]|amministrazione\s+(?:dello\s+)?stabile)\b",
    _FLAGS,
)
# Repairs a private landlord owes: the heating, the boiler. Not the rent, a deposit
# or a notice (the corpus files them under Wohnen, arrears under Soziales), nor
# mould (a matter of health: Umwelt- und Gesundheitsschutz).
_TENANCY = re.compile(
    r"\b(?:heizung|heizig|heizkörper\w*|repar\w*|warmwasser|warms\s+wasser|boiler|heating|radiators?"
    r"|repair\w*|hot\s+water|chauffage|radiateurs?|répar\w*|eau\s+chaude|riscaldamento|termosifon\w*"
    r"|ripar\w*|acqua\s+calda)\b",
    _FLAGS,
)
# A flat of the city or of the Liegenschaften is the city's (routing: wohnen).
_CITY_FLAT = re.compile(
    r"\b(?:stadt|städtisch\w*|liegenschaften|lsz|city|ville|città|comunal\w*)\b", _FLAGS
)

_PET = re.compile(rf"\b(?:{PET})\b", _FLAGS)
# A pet, not a thing of one ("dog bags are missing").
_A_PET = rf"\b(?:{PET})\b(?!\s+(?:{PET_THINGS})\b)"
_GONE_OR_FOUND = re.compile(
    rf"\b(?:{PET_GONE}|{PET_FOUND}|{STRAY})\b|\b(?:{GONE_BEFORE_PET})\s+(?:\w+\s+)?{_A_PET}",
    _FLAGS,
)
# Gone, in a clause of its own that speaks of the pet by a pronoun ("Ich suche meine Katze,
# sie ist seit gestern weg"; not "…, und das Velo ist weg").
_AWAY = re.compile(rf"\b{PET_AWAY}\b", _FLAGS)
_PRONOUN = re.compile(r"\b(?:sie|er|si|är)\b", _FLAGS)
# The pet of a gone or found word: a pet named, or a bare French "chat" right before its
# going ("chat perdu"; "Chat" alone is a conversation too).
_PET_OF_GONE = re.compile(
    rf"{_A_PET}|\bchat(?=\s+(?:perdue?|disparue?|égarée?|enfuie?|échappée?)\b)", _FLAGS
)
# Clauses: at punctuation and coordinating conjunctions (not the Italian "ma": the
# French "ma chatte").
_CLAUSES = re.compile(
    r"[.!?;:,\n]+|\s(?:und|oder|aber|sondern|and|or|but|et|ou|mais|e|ed|oppure)\s", _FLAGS
)
# A subject of the clause's own: an article, possessive or "ich"/"we" not after a
# preposition ("der Kübel", "mon vélo"; not "seit dem Wochenende", "near the park").
_SUBJECT_WORDS = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "mein", "meine", "meinen", "meinem", "meiner", "dein", "deine", "sein", "seine", "seinen",
    "ihr", "ihre", "ihren", "unser", "unsere", "unseren", "euer", "eure", "dieser", "diese",
    "diesen", "dieses", "ich", "wir", "mir",
    "a", "the", "my", "your", "his", "her", "our", "their", "this", "that", "i", "we",
    "le", "la", "les", "un", "une", "mon", "ma", "mes", "ton", "ta", "son", "sa", "ses",
    "notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cette", "je", "nous",
    "il", "lo", "gli", "uno", "una", "mio", "mia", "tuo", "tua", "suo", "sua", "nostro",
    "nostra", "vostro", "vostra", "io", "noi",
))  # fmt: skip
_PREPOSITIONS = frozenset((
    "in", "im", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "vor",
    "zu", "zum", "zur", "über", "unter", "hinter", "neben", "durch", "für", "gegen", "ohne",
    "um", "seit", "bis",
    "at", "on", "near", "by", "from", "to", "into", "with", "since", "for", "of", "under",
    "behind",
    "dans", "sur", "à", "au", "aux", "de", "du", "près", "depuis", "avec", "pour", "par",
    "sous", "devant", "chez", "en",
    "su", "a", "al", "da", "di", "con", "per", "nel", "nella", "sul", "sulla", "vicino",
))  # fmt: skip


# French verbs: "a" before a participle ("et a disparu") is no article, "il" before a
# verb ("et il a disparu") is the pet, no Italian article.
_FRENCH_PARTICIPLE = re.compile(r"\w+(?:é|ée|u|ue)")
_FRENCH_VERB = frozenset(["a", "est", "s'est", "s’est", "n'est", "n’est", "ne"])


def _article(word: str, after: str) -> bool:
    if word == "a":
        return _FRENCH_PARTICIPLE.fullmatch(after) is None
    return word != "il" or after not in _FRENCH_VERB


def _own_subject(clause: str) -> bool:
    words = clause.lower().split()
    return any(
        word in _SUBJECT_WORDS
        and (i == 0 or words[i - 1] not in _PREPOSITIONS)
        and _article(word, words[i + 1])
        for i, word in enumerate(words[:-1])
    )


def _pet_gone_or_found(text: str) -> bool:
    """A word of going or finding said of a pet: in the pet's clause ("Meine Katze ist seit
    gestern verschwunden", "Hund entlaufen", "lost my dog"), or in a clause of no subject
    of its own after one about the pet ("Unsere Katze ging raus und ist seither
    verschwunden"), or as a heading of the pet's ("Vermisst: grauer Kater"); not of another
    thing ("Der Hund des Nachbarn bellt, und der Kübel ist verschwunden")."""
    about_pet = heading = False
    for clause in _CLAUSES.split(text):
        pet = _PET_OF_GONE.search(clause) is not None
        gone = _GONE_OR_FOUND.search(clause) is not None
        away = _AWAY.search(clause) is not None and _PRONOUN.search(clause) is not None
        follows = about_pet and not _own_subject(clause)  # of the pet named before
        if (pet and heading) or (gone and (pet or follows)) or (away and follows):
            return True
        if pet or _own_subject(clause):
            about_pet = pet
        heading = gone and len(clause.split()) <= 2
    return False


# Found, lost or gone, said of the pet itself ("eine Katze gefunden", "Mein Hund ist im
# Tram 4 verloren gegangen", "Unser Meersäuli ist weg"; not "Spritzen gefunden, mein Hund
# …", "Schlüssel verloren, als ich mit dem Hund …").
_PET_FOUND_OR_LOST = re.compile(
    rf"\b(?:{PET})\b(?:(?:\s+[^\s.!?;,]+){{0,4}}?\s+(?:gefunden|gfunde|verloren|verlore)"
    rf"|(?:\s+[^\s.!?;,]+){{0,3}}?\s+{PET_AWAY})\b",
    _FLAGS,
)

# An injured animal: a pet, or a wild one (or an animal not named further).
_WILD = re.compile(rf"\b(?:{WILD})\b", _FLAGS)
_PET_HURT = re.compile(rf"\b(?:{PET_NEAR_HARM})\b", _FLAGS)
# Hurt, not ill ("der Baum ist krank") nor broken ("die Bank ist gebrochen").
_HURT = re.compile(rf"\b(?:{HURT})\b", _FLAGS)
_NEAR = 60  # the animal within this many characters of the hurt
_DEAD_OR_BITES = re.compile(
    rf"\b(?:{DEAD})\b|(?:{BITES})"
    rf"|\b(?:{HURT_ONES})\b(?:\s+\S+){{0,2}}?\s+(?:verletzt|hurt|injured|blessé)",
    _FLAGS,
)


# A person hurt ("hat sich ein Kind verletzt, die Tauben sind überall") is no animal's;
# nor is the one who writes or the one spoken of when nearer ("ich", "er"), nor a
# neighbour in Italian (not "vicino al parco": near).
_PEOPLE = re.compile(
    rf"\b(?:{PEOPLE}|ich|je|io|er|he|lui|myself|himself|herself"
    r"|(?:mio|mia|il|la|nostr[oa]|su[oa])\s+vicin[oa])\b",
    _FLAGS,
)


def _distance(rule: re.Pattern[str], text: str, start: int, end: int) -> int:
    """How many characters the nearest match of `rule` lies from text[start:end]."""
    gaps = [max(start - m.end(), m.start() - end, 0) for m in rule.finditer(text)]
    return min(gaps, default=_NEAR + 1)


def _hurt_animal(text: str) -> str | None:
    """The key for an injured pet or wild animal: an animal named near the hurt, and
    nearer than any person."""
    hurt = _HURT.search(text)
    if hurt is None or _DEAD_OR_BITES.search(text):
        return None
    at, end = hurt.span()
    person = _distance(_PEOPLE, without_owners(text), at, end)  # "des Nachbarn": the owner
    pet = _distance(_PET_HURT, text, at, end)
    if pet <= _NEAR and pet < person:
        return "elsewhere_hurt_pet"
    wild = _distance(_WILD, text, at, end)
    return "elsewhere_hurt_wild" if wild <= _NEAR and wild < person else None


# Lost property: a lost item, and a word of losing, finding or leaving it behind
# ("Jemand hat eine Tasche auf der Bank liegen lassen", "Someone left a bag on the
# bench", "Qualcuno ha lasciato una borsa sulla panchina": nlp.lost_property).
_ITEM = re.compile(
    r"\b(?:portemonnaie|portmonee|geldbeutel|brieftasche|handy|natel|schlüssel|schlüsselbund"
    r"|ausweis|id|identitätskarte|reisepass|tasche|rucksack|brille|velohelm|wallet|purse|phone|keys?"
    r"|bag|backpack|glasses|passport|portefeuille|porte-monnaie|téléphone|portable|clés?|sac"
    r"|lunettes|passeport|portafoglio|telefonino|cellulare|chiavi|borsa|zaino|occhiali"
    rf"|{LEFT_ITEMS})\b",
    _FLAGS,
)
_LOST_OR_FOUND = re.compile(
    r"\b(?:verloren|liegen\s+lassen|liegenlassen|gefunden|verlore|gfunde|lost|left\s+(?:my|it)|found"
    rf"|perdu|oublié|trouvé|perso|dimenticat[oa]|trovat[oa])\b|{LEFT_BEHIND}|{LEFT_LYING}",
    _FLAGS,
)

# "Busse" is also the buses ("Die Busse fahren am Sonntag gar nicht"): a fine is one.
_FINE = re.compile(
    r"\b(?:parkbusse|ordnungsbusse|bussenzettel|strafzettel|bussgeld|parkbuesse"
    r"|(?:eine|meine|einer|diese|die\s+ungerechte)\s+busse|busse\s+(?:bekommen|erhalten|gekriegt|kassiert)"
    r"|parking\s+(?:fine|ticket)|(?:a|the|my|this)\s+fine|amende|contravention|multa"
    r"|contravvenzione)\b",
    _FLAGS,
)
_CONTEST = re.compile(
    r"\b(?:wehren|einsprache|einspruch|bestreiten|anfechten|ungerecht\w*|zu\s+unrecht|gar\s+nicht"
    r"|contest|appeal|dispute|unfair|wrongly|contester|réclamation|injuste|contestare|ricorso"
    r"|ingiust[oa])\b",
    _FLAGS,
)


# A bag left behind may be a danger, or litter ("eine Tasche voller Abfall liegen
# lassen", "un sac poubelle"), not lost property.
_SUSPICIOUS = re.compile(
    r"(?:verdächtig|suspicious|suspect|sospett|herrenlos|unattended|abfall|müll|güsel|kehricht"
    r"|litter|rubbish|trash|garbage|déchet|poubelle|ordures|rifiut|spazzatura|immondizi)",
    _FLAGS,
)


def _key(text: str) -> str | None:
    if _LANDLORD.search(text) and _TENANCY.search(text):
        return "elsewhere_tenancy"
    hurt = _hurt_animal(text)
    if hurt is not None:
        return hurt
    if _pet_gone_or_found(text) or _PET_FOUND_OR_LOST.search(text):
        return "elsewhere_pet"
    if _FINE.search(text) and _CONTEST.search(text):
        return "elsewhere_fine"
    if _ITEM.search(text) and _LOST_OR_FOUND.search(text) and not _SUSPICIOUS.search(text):
        return "elsewhere_lost"
    return None


_SENTENCES = re.compile(
    r"(?<=[.!?])\s+|\s*\n\s*|\s+(?=(?:ausserdem|übrigens|zudem|by\s+the\s+way|also|en\s+plus"
    r"|inoltre)\b)",
    _FLAGS,
)
# What may stand beside the matter: a question about it, where one lives, "it"/"she".
_BESIDE = re.compile(
    r"^\W*(?:(?:ich\s+wohne|wir\s+wohnen|i\s+live|we\s+live|j['’]habite|abito)\b"
    r"|(?:sie|er|es|ihr|sein|she|he|it|her|his|elle|il|lei|lui)\b)",
    _FLAGS,
)


def key_of(text: str) -> str | None:
    """The text key naming where to turn, for a message about a matter the city does
    not handle and nothing else; None for anything else ("Der Kübel am Idaplatz ist
    voll. Ausserdem ist unsere Katze entlaufen" is filed as before). "cane" is a dog
    in Italian only ("My grandmother lost her cane near the bus stop": None)."""
    text = no_walking_stick(text)
    whole = _key(text)
    if whole is None:
        return None  # most messages: a sentence can match only where the whole does
    key = None
    city_flat = _CITY_FLAT.search(text) is not None  # "Gibt es eine Mietberatung der Stadt?"
    for sentence in _SENTENCES.split(text.strip()):
        found = _key(sentence)
        if found == "elsewhere_tenancy" and city_flat:
            return None
        if found is not None:
            hurt = found.startswith("elsewhere_hurt")  # "Katze gefunden. Sie ist verletzt."
            key = found if hurt or key is None else key
            continue
        words = sentence.split()
        if (
            len(words) <= 3
            or sentence.rstrip().endswith("?")
            or _BESIDE.match(sentence)
            or smalltalk(sentence) is not None
        ):
            continue
        return None  # another matter besides
    if key is not None and whole.startswith("elsewhere_hurt"):
        return whole  # "Wir haben eine Katze gefunden. Sie ist verletzt."
    return key


def speaks_of_hurt(text: str) -> bool:
    """A word of hurt ("verletzt", "injured", "humpelt") is in `text`: it may be about
    an injured animal (bot.dialog.animal_aside reads its parts only then)."""
    return _HURT.search(text) is not None
