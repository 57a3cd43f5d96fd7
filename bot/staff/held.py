"""A resident hears of a move or a status set by staff a few minutes late, so
that a slip taken back at once (/rueckgaengig) never reaches them (new-user
trial h, finding 9: "ist jetzt bei EWZ", then "ist jetzt bei ERZ" a minute
later; trial leftovers, item 4: "erledigt", then "weitergeleitet" after the
undo, and two "ist jetzt bei" for two moves within the hold).

The notice is queued in the outbox with the move, in the same transaction, but
due only after `HOLD` (`outbox.enqueue(not_before=...)`): it is as durable as
any message (a restart sends it when due) and holds none of the resident's
other messages meanwhile (store.outbox.claim_rows). Undoing the change while
it is still held deletes it, and the move back is not announced either: the
resident never learns of either. Once sent, the undo is announced as before.
A further change while a notice is held replaces it (`pending`, `origin`,
bot.staff.notice): one notice of where the concern ends up, or none when it
ends where the resident last heard it was.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from store.models import Concern, EventKind, OutboxMessage, OutboxStatus, RoutingEvent, utcnow

HOLD = timedelta(minutes=3)
KIND = "notice"


def until(now: datetime | None = None) -> datetime:
    """When a notice held from now is due."""
    return (now or utcnow()) + HOLD


def minutes() -> int:
    return int(HOLD.total_seconds() // 60)


def pending(session: Session, concern_id: int, now: datetime | None = None) -> OutboxMessage | None:
    """The concern's notice still held (not yet due, never tried), if any."""
    m = OutboxMessage
    found: OutboxMessage | None = session.exec(
        select(m)
        .where(
            col(m.concern_id) == concern_id,
            col(m.kind) == KIND,
            col(m.status) == OutboxStatus.PENDING,
            col(m.attempts) == 0,
            col(m.next_attempt_at) > (now or utcnow()),
        )
        .order_by(col(m.id).desc())
        .limit(1)
    ).first()
    return found


# What a resident is told of: where the concern is and its status.
TOLD_FIELDS = ("office", "status")
CHANGES = (EventKind.STAFF, EventKind.STATUS, EventKind.ASSIGN)


def origin(session: Session, concern: Concern, since: datetime) -> dict[str, object]:
    """The concern's office and status before its changes since `since` (the
    first change a held notice is about: what the resident last heard)."""
    state: dict[str, object] = {f: getattr(concern, f) for f in TOLD_FIELDS}
    events = session.exec(
        select(RoutingEvent)
        .where(
            RoutingEvent.concern_id == concern.id,
            col(RoutingEvent.kind).in_(CHANGES),
            col(RoutingEvent.at) >= since,
        )
        .order_by(col(RoutingEvent.id).desc())
    )
    for event in events:
        for field in TOLD_FIELDS:
            if field in event.before and event.before.get(field) != event.after.get(field):
                state[field] = event.before[field]
    return state
