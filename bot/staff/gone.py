"""A concern that just left the member's office: where it is now, instead of
"Kein Anliegen 1, das Sie sehen können" (new-user trial h, finding 9: ERZ
moved its concern to EWZ with a mistyped /thema, and the next /thema on it
said the concern did not exist).

Only for a move away from the member's office within the last `RECENT`
(recorded in the concern's events): they saw it there a moment ago, so saying
where it went tells them nothing new about a concern they could not see.
Anything else stays "not found" (bot.staff.access).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import col, select

from bot.staff import access, actions
from bot.staff.render import office_name
from bot.texts.staff import st
from store.models import Concern, RoutingEvent, utcnow

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

RECENT = actions.UNDO_WINDOW  # an hour: as long as /rueckgaengig can take it back


def moved_away(
    ctx: StaffCtx, concern_id: int, year: int | None = None, *, now: datetime | None = None
) -> str | None:
    """ "ZH-… ist jetzt bei …" (with /rueckgaengig when the member's own last
    change moved it) for a concern moved away from the member's office
    recently; None otherwise."""
    concern = ctx.s.get(Concern, concern_id)
    if concern is None or concern.reference is None:
        return None
    if concern.status not in access.STAFF_VISIBLE or concern.office == ctx.member.office:
        return None
    if year is not None and not concern.reference.startswith(f"ZH-{year}-"):
        return None
    since = (now or utcnow()) - RECENT
    event = _latest_move_from(ctx, concern_id, ctx.member.office, since)
    if event is None:
        return None
    office = office_name(ctx.routing, concern.office)
    mine = actions.last_change(ctx.desk, now=now)
    if mine is not None and mine.id == event.id:
        return st("moved_away_undo", reference=concern.reference, office=office)
    return st("moved_away", reference=concern.reference, office=office)


def _latest_move_from(
    ctx: StaffCtx, concern_id: int, office: str, since: datetime
) -> RoutingEvent | None:
    events = ctx.s.exec(
        select(RoutingEvent)
        .where(RoutingEvent.concern_id == concern_id, col(RoutingEvent.at) >= since)
        .order_by(col(RoutingEvent.id).desc())
    )
    for event in events:
        before, after = event.before.get("office"), event.after.get("office", office)
        if before == office and after != office:
            return event
    return None
