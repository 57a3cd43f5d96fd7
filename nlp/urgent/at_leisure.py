"""People lying where people lie at leisure (a beach, a lakeside, a lawn, a park): no
emergency by the model alone.

"Deux personnes sont allongées sur la plage" scored 0.54 (drowning) from the model
alone: it learnt lying and water places from people lying still or in the water. The
rule for people lying (nlp.urgent.lying_people) already leaves a crowd at the beach to
the model; this guard overrules the model's own verdict when nothing but the lying, the
persons and the place is said, with no word of danger or hint of one left (nlp.urgent
.mundane). "Un homme est allongé sur la plage et ne respire plus" keeps its alarm (the
rules read "ne respire plus", and it is a hint); so does "Zwei Leute liegen reglos am See".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.urgent.lying_thing import _MORE_PERSONS
from nlp.urgent.person_state import _NAMES_A_PERSON

# Lying, sitting at leisure, in the five languages (singular and plural).
_LYING = re.compile(
    r"\b(?:liegt|liegen|lieged|liit|ligged|lying|lie|lies|laying|(?:sont\s+|est\s+)?"
    r"(?:allongée?s?|étendue?s?|couchée?s?)|(?:è\s+|sono\s+)?sdraiat[oaie]|stes[oaie]"
    r"|is|are|sind|isch|sont|sono|there|da|dort|il\s+y\s+a|ci\s+sono|c['’]è)\b"
)
# A place where people lie at leisure.
_PLACE = re.compile(
    r"\b(?:(?:am|im|auf\s+dem|auf\s+der|in\s+der|uf\s+de|uf\s+em|a\s+de|i\s+de)\s+)?"
    r"(?:strand|see|seeufer|ufer|badi|freibad|seebad|flussbad|liegewiese|wiese|wise|rasen"
    r"|park|pärkli)\b"
    r"|\b(?:on\s+the\s+|at\s+the\s+|in\s+the\s+)?(?:beach|lakeside|lawn|grass|park)\b"
    r"|\b(?:sur\s+la\s+|à\s+la\s+|au\s+bord\s+du\s+|dans\s+le\s+|au\s+|sur\s+l['’])?"
    r"(?:plage|lac|pelouse|herbe|parc)\b"
    r"|\b(?:in\s+|sulla\s+|al\s+|sul\s+|nel\s+)?(?:spiaggia|lido|lago|prato|parco)\b"
)
# Counted or named people ("deux", "zwei", "two", "due"), and articles.
_SMALL = re.compile(
    r"\b(?:zwei|drei|beide|two|three|both|deux|trois|due|tre|ein|eine|einige|a|an|some"
    r"|un|une|des|les|quelques|uno|una|alcun[ie]|die|der|the|le|la|l['’]|i|gli)\b"
)
# Lying still is no leisure: "Zwei Leute liegen reglos am See" (the hints do not know it).
_STILL = re.compile(
    r"\b(?:reglos|regungslos|bewegungslos|leblos|motionless|lifeless|still|immobiles?|inertes?"
    r"|inanimée?s?|immobil[ie]|inert[ie]|esanim[ie]|privi\s+di\s+sensi)\b"
)
STEMS = ("strand", "see", "ufer", "badi", "bad", "wiese", "wise", "rasen", "park", "pärkli",
         "beach", "lake", "lawn", "grass", "plage", "lac", "pelouse", "herbe", "parc",
         "spiaggia", "lido", "lago", "prato", "parco")  # fmt: skip


def lying_at_leisure(
    low: str, danger: Callable[[str], bool], any_hint: Callable[[str], bool]
) -> bool:
    """A lower-cased text that says only that people lie at a beach, a lakeside, a lawn or
    a park: nothing of danger (`danger`) or a hint of one (`any_hint`) is left once the
    lying, the persons and the place are set aside."""
    if _PLACE.search(low) is None or _LYING.search(low) is None or _STILL.search(low):
        return False
    named = _NAMES_A_PERSON.search(low) or _MORE_PERSONS.search(low)
    if named is None and "personne" not in low and "persone" not in low:
        return False
    rest = _PLACE.sub(" ", low)
    rest = _MORE_PERSONS.sub(" ", _NAMES_A_PERSON.sub(" ", rest))
    rest = _SMALL.sub(" ", _LYING.sub(" ", re.sub(r"\bpersonnes?\b|\bpersone\b", " ", rest)))
    return not danger(rest) and not any_hint(rest)
