"""The card's "Thema ändern" / "Ort ändern" after the concern went out.

New-user trial r, section 10: "Thema ändern" typed after forwarding answered
"Dieser Knopf ist nicht mehr aktuell." (the terminal and a tap on the old card),
or, typed in Telegram, "Gehört das zu Ihrem Anliegen ZH-…?": the resident
wanted to change something and learnt neither that it is too late for the
button nor what to do instead. Now they hear that the concern is already with
its office, which can pass it on, and to write what is not right: a place
(`place_correction`) or more about it (`addition`) is then taken up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import render, typed_change
from bot.dialog.codec import Action
from bot.dialog.context import Ctx, LatestConcern, latest_concern
from bot.dialog.model import Reply
from bot.texts import t
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# The card's buttons that change the concern before it goes out.
CHANGES = frozenset(
    {Action.NOT_RIGHT, Action.CHANGE_TOPIC, Action.TOPIC, Action.CHANGE_PLACE, Action.KREIS}
)
# Their labels, typed.
_LABELS = ("btn_change_topic", "btn_other_topic", "btn_change_place")
OPEN = (Status.FORWARDED, Status.IN_PROGRESS)


def pressed(d: Dialog, ctx: Ctx, action: Action, concern: Concern) -> list[Reply] | None:
    """The answer to a change button of `concern` when it is already at its
    office; None otherwise."""
    if action not in CHANGES or concern.status not in OPEN:
        return None
    return [_told(d, ctx, concern)]


def typed(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> list[Reply] | None:
    """The same for a change button's label typed while nothing is asked, about
    the resident's latest concern; None when `text` is no such label or that
    concern is not at an office."""
    if not any(typed_change.label(text, key) for key in _LABELS):
        return None
    concern = (latest or latest_concern(ctx))()
    if concern is None or concern.status not in OPEN:
        return None
    return [_told(d, ctx, concern)]


def _told(d: Dialog, ctx: Ctx, concern: Concern) -> Reply:
    office = render.office_name(d, concern.office)
    return Reply(t(ctx.lang, "change_after_forwarding", reference=concern.reference, office=office))
