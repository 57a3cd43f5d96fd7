"""A resident's answer to the city, or addition, stored and passed on.

It is stored on the concern first (an event of kind REPLY or ADDITION, its
text in the event's note), then owed through the outbox to the office's staff
chats that take alerts and to the member who last wrote to the resident; a
place named in an answer is set on a concern without one (`answer_place`). When
no chat is sent it (a closed concern whose status came from the command
line, an office whose chats take no alerts; trial leftovers, item 3) the
resident is told so: it is kept with the concern, seen when someone opens it,
and something still to do is better a new concern.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from bot.dialog import answer_place, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.staff.render import concern_topic
from bot.texts import t
from bot.texts.staff import st
from store import outbox
from store import repository as repo
from store.models import Concern, EventKind, RoutingEvent, StaffMember
from store.staff import alert_chats

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# What staff do that the resident is told of (the city's word to the resident).
TOLD = (EventKind.ANSWER, EventKind.STATUS, EventKind.STAFF, EventKind.ASSIGN)


def forward(
    d: Dialog, ctx: Ctx, concern: Concern, text: str, *, addition: bool = False
) -> list[Reply]:
    """Store the answer (or the addition) on the concern first, then owe it to
    the office's chats (and to the member who last wrote to the resident)."""
    kind = EventKind.ADDITION if addition else EventKind.REPLY
    repo.record_event(ctx.s, concern=concern, kind=kind, actor="resident", note=text)
    ctx.commit()
    # "Im Hinterhof der Zweierstrasse 100" to "In welchem Hinterhof genau?": the place
    placed = None if addition else answer_place.take(d, ctx, concern, text)
    chats = {
        (c.channel, c.chat_id): c
        for c in alert_chats(ctx.s, offices={concern.office or ""}, urgent=concern.urgent)
    }
    writer = _writer(ctx, concern)
    if writer is not None:
        chats.setdefault((writer.channel, writer.chat_id), writer)
    message = st(
        "resident_addition" if addition else "resident_reply",
        reference=concern.reference,
        topic=concern_topic(d.routing, concern),
        text=text,
    )
    if placed is not None:
        message += "\n" + placed
    for chat in chats.values():
        outbox.enqueue(
            ctx.s,
            channel=chat.channel,
            chat_id=chat.chat_id,
            kind="alert",
            text=message,
            concern_id=concern.id,
        )
    office = render.office_name(d, concern.office)
    if not chats:  # nobody is sent it: not "passed on"
        return [Reply(t(ctx.lang, "reply_kept", office=office, reference=concern.reference))]
    key = "addition_forwarded" if addition else "reply_forwarded"
    return [Reply(t(ctx.lang, key, office=office, reference=concern.reference))]


def _staff_told(query: Any, kinds: tuple[EventKind, ...] = TOLD) -> Any:
    """`query` narrowed to the latest event (of `kinds`) by which staff told the
    resident something."""
    return (
        query.where(
            col(RoutingEvent.kind).in_(kinds),
            col(RoutingEvent.actor).is_not(None),
            col(RoutingEvent.actor) != "resident",
        )
        .order_by(col(RoutingEvent.id).desc())
        .limit(1)
    )


def latest_told(ctx: Ctx, concern: Concern) -> RoutingEvent | None:
    """The latest event by which staff told the resident something about `concern`."""
    latest: RoutingEvent | None = ctx.s.exec(
        _staff_told(select(RoutingEvent)).where(RoutingEvent.concern_id == concern.id)
    ).first()
    return latest


def _writer(ctx: Ctx, concern: Concern) -> StaffMember | None:
    """The staff chat that last wrote to the resident about `concern`."""
    event = latest_told(ctx, concern)
    actor = event.actor if event is not None else None
    if actor is None or not actor.startswith("staff:") or not actor[6:].isdigit():
        return None
    return ctx.s.get(StaffMember, int(actor[6:]))
