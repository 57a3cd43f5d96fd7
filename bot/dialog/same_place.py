"""'Gleicher Ort wie vorher' at an emergency's "Wo ist das?".

A resident who reported "Abfallkübel voll in der Bäckeranlage" and then writes
"da liegt jemand bewusstlos" is most likely still there. The emergency's place
question offers the place of the resident's latest concern of the last hour
as one button (new-user trial leftovers, item 1), as the ordinary place
question does for a concern split off the same message. Typing "gleicher
Ort", "dort", "same place", "même endroit" or "stesso posto" takes it like
the button. Nothing else is added: the call to 117/118/144 comes first.

The place question of any concern that follows another of the last hour
offers it the same way (new-user trial m, finding 2: right after "Der
Abfallkübel an der Josefstrasse 12" went out, "Und die Sitzbank ist auch
kaputt" was asked "Wo ist das genau?" with no such button, and "am gleichen
Ort", "bim gliiche Ort" were not understood).

New-user trial n: "(gliich) wie vorhin", "do au", "same as before", "comme
avant", "come prima" say it too (finding 6); the question asked again keeps the
button while that place holds (`still_offered`); and an emergency typed at the
place question of a concern with no place yet is offered the place before that
one (`offer`, finding 9).
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta

from bot.dialog.context import Ctx
from store import repository as repo
from store.models import Concern, Status, utcnow

WITHIN = timedelta(hours=1)  # "a place the resident gave in the last hour or so"

# "(gliich) wie vorhin", "do au", "same as before", "comme avant", "come prima":
# the place before said as "like before" or "there too" (new-user trial n,
# finding 6), with or without a word for the place.
_BEFORE = (
    r"vorher|vorhin|vorhi|vori|vorig|vorhär|vorane|zvor|zuvor|eben|grad|grade|gerade|"
    r"(?:das\s+|s\s+)?(?:letzte|letschte)\s+mal|beim\s+letzten\s+mal|bim\s+letschte\s+mal|"
    r"(?:bei\s+|bi\s+)?(?:der|dem|de)\s+(?:ersten|erste|andere[nm]?|vorherigen)(?:\s+meldung)?|"
    r"oben|obe"
)
_THERE = r"(?:do|da|dort|dört|döt|det|dete|deet|dörte)"
_TOO = r"(?:au|auch|ou|ebefalls|ebenfalls)"
_THERE_TOO = _THERE + r"\s+" + _TOO + r"|" + _TOO + r"\s+" + _THERE  # "do au", "auch dort"
_AS_BEFORE = (
    r"(?:(?:(?:genau\s+|grad\s+|ebe\s+)?(?:(?:das|s|de[rsm]?|die|di|dä|am|bim|beim|a[mn]?\s+de[mr]?)\s+)?"
    r"(?:gleich|gleiche[nmrs]?|gliich|gliiche[nmrs]?|glich|gliche[nmrs]?|selbe[nmrs]?|dasselbe|"
    r"gleich\s+wie|gliich\s+wie|glich\s+wie)"
    r"(?:\s+(?:ort|platz|stelle|adresse|strasse|orte|plätz))?)"
    r"(?:\s+(?:wie\s+)?(?:" + _BEFORE + r"))?"
    r"|wie\s+(?:" + _BEFORE + r")"
    r"|" + _THERE_TOO + r"|idem|dito"
    r"|(?:the\s+)?same(?:\s+(?:one|address|street|spot|place|location))?"
    r"(?:\s+(?:as\s+)?(?:before|last\s+time|earlier|above|the\s+(?:first|other|last)(?:\s+one)?))?"
    r"|(?:just\s+)?(?:as|like)\s+(?:before|last\s+time|earlier)|there\s+(?:too|as\s+well)|also\s+there"
    r"|(?:(?:c['’]est\s+)?(?:pareil|la\s+même\s+chose|même\s+chose|même\s+adresse|la\s+même\s+adresse)"
    r"(?:\s+(?:qu['’]avant|que\s+tout\s+à\s+l['’]heure|que\s+la\s+dernière\s+fois))?)"
    r"|comme\s+(?:avant|tout\s+à\s+l['’]heure|la\s+dernière\s+fois)|là\s+aussi|aussi\s+là"
    r"|(?:(?:lo\s+)?stesso|uguale|la\s+stessa\s+cosa|(?:lo\s+)?stesso\s+indirizzo)"
    r"(?:\s+(?:di|a|come)\s+prima)?"
    r"|come\s+(?:prima|l['’]altra\s+volta|sopra)|anche\s+lì|lì\s+anche"
    r")"
)

# The whole answer says "the place before" (a short line, nothing else).
TYPED = re.compile(
    r"^\W*(?:(?:(?:es\s+)?(?:ist|isch)|it['’]?s|c['’]est|è)\s+)?(?:" + _AS_BEFORE + r"|"
    r"(?:(?:am|an\s+dem|an\s+der|der|dem|de|dä|s|bim|beim|bi\s+de[mr]?|a\s+de[mr]?|im|i\s+de[mr]?|"
    r"uf\s+de[mr]?|auf\s+de[mr]|a\s+de|a)\s+)?"
    r"(?:gleiche[nmr]?|gliiche[nmr]?|glich(?:e[nmr]?)?|selbe[nmr]?|derselbe|demselben)\s+"
    r"(?:ort|platz|stelle|orte|plätz)"
    r"(?:\s+wie\s+(?:vorher|vorhin|vori|vorig|vorhär|vorane|dä\s+vorher|das\s+vorher))?"
    r"|(?:genau\s+|grad\s+|ebe\s+|eben\s+)?(?:dort|dört|döt|det|dete|deet)|ebenda|dito"
    r"|(?:at\s+|in\s+)?(?:the\s+)?same\s+(?:place|spot|location)(?:\s+as\s+before)?|there"
    r"|(?:au\s+|le\s+|à\s+la\s+|la\s+)?même\s+(?:endroit|lieu|place)(?:\s+qu['’]avant)?|là|là-bas"
    r"|(?:lo\s+|nello\s+|allo\s+|nel\s+|al\s+)?stesso\s+(?:posto|luogo|punto)(?:\s+di\s+prima)?"
    r"|lì"
    r")\W*$",
    re.IGNORECASE,
)


def recent(ctx: Ctx, concern: Concern) -> Concern | None:
    """The resident's latest other concern of the last hour with a Kreis, if any
    (a withdrawn one or one outside the city does not count)."""
    for earlier in repo.concerns_of(ctx.s, resident=ctx.resident, limit=5):
        if earlier.id == concern.id or earlier.status in {Status.WITHDRAWN, Status.OUTSIDE_CITY}:
            continue
        created = earlier.created_at
        created = created if created.tzinfo else created.replace(tzinfo=UTC)
        if utcnow() - created >= WITHIN:
            return None  # latest first: the others are older still
        if earlier.kreis is not None:
            return earlier
    return None


def offer(ctx: Ctx, concern: Concern, previous: Concern | None) -> Concern | None:
    """The concern whose place a place question offers: `previous` when it has a
    Kreis, otherwise the latest of the last hour. An emergency typed at the place
    question of a concern that has none yet offers the place before that one
    (new-user trial n, finding 9), as it does at the withdrawal question."""
    if previous is not None and previous.kreis is not None:
        return previous
    return recent(ctx, concern)


def still_offered(ctx: Ctx) -> Concern | None:
    """The concern whose place the open place question offers, while that place
    still holds (not withdrawn, not outside the city): the question asked again
    keeps the button (new-user trial n, finding 6)."""
    previous_id = ctx.data.get("previous_id")
    earlier = ctx.own(int(previous_id)) if previous_id else None
    if earlier is None or earlier.kreis is None:
        return None
    if earlier.status in {Status.WITHDRAWN, Status.OUTSIDE_CITY}:
        return None
    return earlier
