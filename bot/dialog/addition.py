"""More about the concern forwarded a moment ago.

"Das isch e Seich, de Kübel isch jedi Wuche voll!!" right after the full bin
at the Idaplatz went to ERZ names no place and has the bin's topic: it says more
about that concern, it is not a new one (the lead's try, 2026-12-06: it was
filed as a second concern and asked "Wo ist das genau?"). The resident is asked
("Gehört das zu ZH-…?"), with the same offer as an answer to the city
(`reply_to_city`): yes adds it to the concern and passes it to the office, no
files it as a new concern.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import nearby, place_answer
from bot.dialog.context import Ctx
from store import repository as repo
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

WINDOW = timedelta(minutes=30)  # after its forwarding
MAX_WORDS = 30  # a longer text tells a story of its own
# "Gleich daneben liegt auch noch Sperrmüll", "there is also …": something else.
ANOTHER = re.compile(
    r"\b(?:auch|au|ausserdem|zudem|noch\s+(?:ein|eine|einen|es)|also|too|as\s+well|another|"
    r"aussi|encore\s+un|anche|pure|inoltre|un\s+altro|un'altra)\b",
    re.IGNORECASE,
)


def forwarded_concern(d: Dialog, ctx: Ctx, text: str) -> Concern | None:
    """The concern forwarded within `WINDOW` that `text` says more about: same
    topic (confidently), no place named, not a question; else None."""
    if text.rstrip().endswith("?") or len(text.split()) > MAX_WORDS:
        return None  # a question goes to followup
    if ANOTHER.search(text) or nearby.POINTS_TO_PLACE.search(text):
        return None  # "auch noch", "gleich daneben": another thing, here or there
    latest = repo.concerns_of(ctx.s, resident=ctx.resident, limit=1)
    if not latest or latest[0].status != Status.FORWARDED or latest[0].urgent:
        return None
    concern = latest[0]
    at = concern.forwarded_at
    if at is None or utcnow() - (at if at.tzinfo else at.replace(tzinfo=UTC)) > WINDOW:
        return None
    topic, confidence = d.topic_of(text)
    if topic != concern.topic or confidence < d.settings.low_confidence:
        return None
    if place_answer.names_a_place(d.place(text)):
        return None  # a text that names a place reads as a report of its own
    return concern
