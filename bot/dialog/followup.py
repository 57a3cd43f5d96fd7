"""A question about something the resident already reported.

"Ist der Kübel am Idaplatz jetzt geleert?", written days after reporting the
full bin, is not a new concern: it gets where that concern stands (trial
2026-12-06 b: it was filed again, a second concern for the same bin). Only a
question, of the same topic as an open concern of theirs and, when it names a
place, at the same place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import references
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from store import repository as repo
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

QUESTION_WORDS = 16  # a longer text says more than a question about a concern
OPEN = (Status.FORWARDED, Status.IN_PROGRESS)
SHOWN = 3


def about_open_concern(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """The status of the resident's open concern(s) the question is about; None
    when it is not a question or matches none of them."""
    if not text.rstrip().endswith("?") or len(text.split()) > QUESTION_WORDS:
        return None
    mine = [c for c in repo.concerns_of(ctx.s, resident=ctx.resident) if c.status in OPEN]
    if not mine:
        return None
    topic, confidence = d.topic_of(text)
    if confidence < d.settings.low_confidence:
        return None
    same = [c for c in mine if c.topic == topic]
    place = d.place(text)
    if place.kreis is not None:
        same = [c for c in same if _same_place(c, place.kreis, place.quartier)]
    if not same:
        return None
    lines = [references.status_line(d, ctx, c) for c in same[:SHOWN]]
    return [Reply("\n".join(lines)), Reply(t(ctx.lang, "followup_new_hint"))]


def _same_place(concern: Concern, kreis: int, quartier: str | None) -> bool:
    if quartier and concern.quartier:
        return concern.quartier == quartier
    return concern.kreis == kreis
