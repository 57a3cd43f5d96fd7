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
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta

from bot.dialog.context import Ctx
from store import repository as repo
from store.models import Concern, Status, utcnow

WITHIN = timedelta(hours=1)  # "a place the resident gave in the last hour or so"

# The whole answer says "the place before" (a short line, nothing else).
TYPED = re.compile(
    r"^\W*(?:(?:(?:es\s+)?(?:ist|isch)|it['’]?s|c['’]est|è)\s+)?(?:"
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


def typed(ctx: Ctx, text: str) -> str | None:
    """The "same place" button's data when `text` asks for it and it is offered."""
    if TYPED.match(text) is None:
        return None
    offered = [data for data in (ctx.data.get("labels") or {}).values() if data.startswith("sp:")]
    return str(offered[0]) if offered else None
