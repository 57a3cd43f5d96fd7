"""Someone standing, sitting or climbing on a window ledge or the edge of a roof, now:
urgent, of the kind of a person who may jump or fall.

"Ein Mann steht auf dem Fenstersims" (5 words) was no alarm (the short-text guard of
nlp.urgent.detector wants a word of danger, and a ledge is none); "… im fünften Stock
und schaut runter" (0.80), "A man is standing on a window ledge on the 6th floor" and
"Un homme est debout sur le rebord de la fenêtre au 5e étage" were flagged by the model
as a fire: the staff card said "Feuer", and a fire calls the Feuerwehr (118), where
someone on a ledge needs the police (117) and the ambulance (144). The corpus files
"Jemand steht auf dem Dach vom Hochhaus an der Kante" as "suicide" (Suizidgefahr), whose
answer gives 144 and 117 (and the Dargebotene Hand, 143): that is the kind here. A child
on a ledge is in danger of falling, not in a crisis: "fall" (Sturz).

Read: a person (nlp.urgent.lying_person's words and roles, "jemand", "someone"; not a
window cleaner, roofer or worker) on a ledge ("Fenstersims", "Gesims", "Dachkante",
"ledge", "rebord", "davanzale"), standing, sitting, kneeling or climbing, either order
("Auf dem Sims steht ein Mann"). A windowsill ("Fensterbrett", "sill") is inside as
often: only with "aussen", "outside" or a storey. Not of the past or a risk, nor a drill
(the guards of the rules). The kind is the ledge's unless the text names a danger that
calls others (a fire, smoke, a weapon, someone bleeding...).
"""

from __future__ import annotations

import re

from nlp.urgent.cues import VETO
from nlp.urgent.lying_person import _ADJECTIVES, _ARTICLE, _PERSON
from nlp.urgent.rules import past_marker, past_or_risk

CATEGORY = "suicide"
CHILD_CATEGORY = "fall"
# Kinds the text may name that call others than the police and the ambulance (or say
# more): they stay.
OWN_KINDS = frozenset(
    {
        "fire", "smoke", "explosion", "gas", "chemical", "weapon", "violence", "burglar",
        "live_cable", "flood_electric", "medical", "unconscious", "bleeding", "suicide",
    }
)  # fmt: skip

_SOMEONE = r"(?:jemand|öpper|eine?r|someone|somebody|quelqu['’]un|qualcuno)"
_WHO = r"(?:" + _ARTICLE + r"\s+" + _ADJECTIVES + _PERSON + r"|" + _SOMEONE + r")\b"
_WORKER = re.compile(
    r"\b(?:\w*putzer\w*|\w*reiniger\w*|dachdecker\w*|\w*arbeiter\w*|handwerker\w*|maler\w*"
    r"|spengler\w*|monteur\w*|gärtner\w*|window\s+cleaners?|roofers?|workers?|workmen"
    r"|painters?|laveurs?\s+de\s+vitres|couvreurs?|ouvriers?|peintres?|lavavetri|operai[oa]?"
    r"|muratori?|imbianchin[oi])\b"
)
_POSE = (
    r"(?:steht|stoht|staht|stoot|sitzt|hockt|hocket|höcklet|kniet|klettert|chlätteret"
    r"|(?:is\s+)?(?:standing|sitting|kneeling|climbing)|stands|sits|climbs|climbed"
    r"|est\s+(?:debout|assise?|accroupie?)|se\s+tient|grimpe|(?:è\s+)?(?:in\s+piedi"
    r"|sedut[oa]|accovacciat[oa])|sta|si\s+arrampica)"
)
_ON = (
    r"(?:auf|uf|on|onto|out\s+on|sur|sul|sulla|sullo|su)(?:\s+(?:der|dem|den|de|em|d|the|a"
    r"|le|la|un|une|il|lo|una|un['’]|l['’]))?\s*"
)
# A ledge outside, high up; a windowsill only with "outside" or a storey (`_HIGH`).
_LEDGE = (
    r"(?:\w*sims|\w*simse|\w*gsims|\w*dachkante|\w*dachrand|dachvorsprung|dachfirst"
    r"|(?:window\s+)?ledge|corniche|cornicione|davanzale|rebord|bord\s+du\s+toit"
    r"|edge\s+of\s+the\s+roof|roof\s+edge|bordo\s+del\s+tetto)\b"
)
_SILL = r"(?:\w*fensterbrett|window\s*sill|windowsill|sill|appui\s+de\s+(?:la\s+)?fenêtre)\b"
_HIGH = re.compile(
    r"\b(?:aussen|draussen|dusse|usse|outside|dehors|fuori|\d+\.?\s*stock|stock\b"
    r"|stockwerk|floor|étage|piano)"
)
_GAP = r"(?:\s+[^\s.!?,;:]+){0,3}?"
_LEDGE_ON = r"(?:" + _LEDGE + r"|(?P<sill>" + _SILL + r"))"
_PERSON_FIRST = re.compile(
    r"\b(?P<who>" + _WHO + r")" + _GAP + r"\s+" + _POSE + _GAP + r"\s+" + _ON + _LEDGE_ON
)
_LEDGE_FIRST = re.compile(
    r"\b" + _ON + _LEDGE_ON + _GAP + r"\s+" + _POSE + r"\s+(?:\w+\s+)?(?P<who>" + _WHO + r")"
)
_CHILD = re.compile(
    r"\b(?:kind|chind|bub|bueb|mädchen|meitli|junge|child|kid|boy|girl|toddler|baby|enfant"
    r"|garçon|fille|bambin[oa]|ragazzin[oa])\b"
)
# Every match holds one of these (a text with none skips the search).
STEMS = (
    "sims", "dachkante", "dachrand", "dachvorsprung", "dachfirst", "ledge", "corniche",
    "cornicione", "davanzale", "rebord", "bord du toit", "edge of the roof", "roof edge",
    "bordo del tetto", "fensterbrett", "sill", "appui de",
)  # fmt: skip


def on_ledge(low: str) -> tuple[str, str] | None:
    """(the words, the kind) of a person on a ledge in a lower-cased text, or None."""
    if not any(stem in low for stem in STEMS):
        return None
    found = _PERSON_FIRST.search(low) or _LEDGE_FIRST.search(low)
    if found is None or _WORKER.search(found.group(0)) is not None:
        return None
    if found.group("sill") is not None and _HIGH.search(low) is None:
        return None  # "Eine Frau sitzt auf dem Fensterbrett": inside as often
    kind = CHILD_CATEGORY if _CHILD.search(found.group("who")) else CATEGORY
    return found.group(0).strip(), kind


def ledge_cue(low: str, score: float, doubt_score: float) -> tuple[str, str] | None:
    """(cue, kind) for a person on a ledge now: not of the past or a risk ("Gestern stand
    ein Mann auf dem Sims"); a word of the past needs a model score of at least
    `doubt_score` (as a strong rule does); nor a drill."""
    found = on_ledge(low)
    if found is None or past_or_risk(low) or VETO.search(low) is not None:
        return None
    if score < doubt_score and past_marker(low):
        return None
    return found
