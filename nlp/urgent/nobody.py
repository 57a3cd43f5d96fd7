"""The French "personne" that means nobody: "personne ne répond", "il n'y a personne",
"je n'ai vu personne".

nlp.animals.PEOPLE reads "personne" as a person (as it must: "une personne est tombée"),
so a lost thing or a dead animal that "nobody" picked up named a person and was left to
the model: "J'ai perdu mes clés dans le tram, personne ne les a rapportées" got the alarm
as a fire (0.57), "Il y a un pigeon mort devant la porte et personne ne l'enlève" as
smoke (0.64). Only the clear cases are set aside: "personne" with no article or
possessive before it, followed by "ne"/"n'", or after a negation ("n'y a", "n'ai vu",
"ne vois"). "Une personne ne bouge plus", "la personne ne répond pas" stay persons, and
what else the text names ("Personne ne répond à la porte, ma voisine âgée") still counts.
"""

from __future__ import annotations

import re

from nlp.urgent.weapon_kind import names_kind
from nlp.urgent.welfare import _PERSON as WELFARE_PERSON

_NOBODY = re.compile(
    r"(?<!\bune\s)(?<!\bla\s)(?<!\bcette\s)(?<!\bl['’])(?<!\bma\s)(?<!\bsa\s)(?<!\bta\s)"
    r"\bpersonne\s+(?=ne\b|n['’])"
    r"|\b(?:n['’]\w+|ne\s+\w+)\s+(?:(?:a|vu|trouvé|entendu|rien|plus|jamais)\s+){0,2}?"
    r"personne\b(?!\s+(?:âgée|agée|blessée|handicapée|malade|de\s+\d))"
)


def without_nobody(low: str) -> str:
    """The lower-cased text without its "personne" of nobody; the very same object when
    it has none."""
    if "personne" not in low:
        return low
    return _NOBODY.sub(" ", low) if _NOBODY.search(low) else low


# Nobody answers the door or the phone, or opens: "Personne ne répond à la porte, ma
# voisine âgée" (the model flags it, 0.92, with the kind "smoke": its corpus has "de la
# fumée sort sous la porte des voisins et personne n'ouvre"; the text's own kind read
# "ne répond" as a person unconscious).
_NOBODY_ANSWERS = re.compile(
    r"(?<!\bune\s)(?<!\bla\s)(?<!\bcette\s)\bpersonne\s+(?:ne\s+(?:répond|réagit|ouvre|décroche)"
    r"|n['’](?:ouvre|a\s+ouvert|a\s+répondu))\b"
)
WELFARE = "welfare"


def nobody_kind(low: str, kind: str | None) -> str | None:
    """The kind of a lower-cased text flagged as `kind`: "welfare" where nobody answers or
    opens for a person the text names (nlp.urgent.welfare) and the rest of the text does
    not name `kind`; else `kind`."""
    if kind is None or "personne" not in low or _NOBODY_ANSWERS.search(low) is None:
        return kind
    rest = _NOBODY_ANSWERS.sub(" ", low)
    if WELFARE_PERSON.search(rest) is None or names_kind(rest, kind):
        return kind
    return WELFARE
