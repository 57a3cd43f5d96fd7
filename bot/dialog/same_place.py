"""'Gleicher Ort wie vorher' at an emergency's "Wo ist das?".

A resident who reported "Abfallkübel voll in der Bäckeranlage" and then writes
"da liegt jemand bewusstlos" is most likely still there. The emergency's place
question offers the place of the resident's latest concern of the last hour
as one button (new-user trial leftovers, item 1), as the ordinary place
question does for a concern split off the same message. Typing "gleicher
Ort", "dort", "same place", "même endroit" or "stesso posto" takes it like
the button. Nothing else is added: the call to 117/118/144 comes first.
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
    r"^\W*(?:"
    r"(?:(?:am|an\s+dem|der|dem|de|dä|s)\s+)?(?:gleiche[nmr]?|gliiche[nmr]?|glich(?:e[nmr]?)?|"
    r"selbe[nmr]?|derselbe|demselben)\s+(?:ort|platz|stelle)"
    r"(?:\s+wie\s+(?:vorher|vorhin|vori|vorig|vorhär))?"
    r"|dort|dört|döt|det|ebenda|dito"
    r"|(?:the\s+)?same\s+place(?:\s+as\s+before)?|there"
    r"|(?:au\s+|le\s+)?même\s+(?:endroit|lieu)(?:\s+qu['’]avant)?|là|là-bas"
    r"|(?:lo\s+|nello\s+)?stesso\s+(?:posto|luogo)(?:\s+di\s+prima)?|lì"
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
