"""A resident hears of a move a few minutes late, so that a slip taken back at
once (/rueckgaengig) never reaches them (new-user trial h, finding 9: "ist
jetzt bei EWZ", then "ist jetzt bei ERZ" a minute later).

The notice is queued in the outbox with the move, in the same transaction, but
due only after `HOLD` (`outbox.enqueue(not_before=...)`): it is as durable as
any message (a restart sends it when due) and holds none of the resident's
other messages meanwhile (store.outbox.claim_rows). Undoing the move while it
is still held deletes it, and the move back is not announced either: the
resident never learns of either. Once sent, the undo is announced as before.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import Session, col

from store.models import OutboxMessage, OutboxStatus, utcnow

HOLD = timedelta(minutes=3)
KIND = "notice"


def until(now: datetime | None = None) -> datetime:
    """When a notice held from now is due."""
    return (now or utcnow()) + HOLD


def minutes() -> int:
    return int(HOLD.total_seconds() // 60)


def drop(session: Session, concern_id: int, since: datetime, now: datetime | None = None) -> bool:
    """Delete the concern's notice still held (queued at or after `since`, not
    yet due, never tried); True when there was one."""
    m = OutboxMessage
    result = session.exec(
        delete(m)
        .where(
            col(m.concern_id) == concern_id,
            col(m.kind) == KIND,
            col(m.status) == OutboxStatus.PENDING,
            col(m.attempts) == 0,
            col(m.next_attempt_at) > (now or utcnow()),
            col(m.created_at) >= since,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)
