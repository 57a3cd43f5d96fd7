"""What the outbox's modules (store.outbox_enqueue, store.outbox_claim,
store.outbox_results, store.outbox_purge) share: the shape of a message's
buttons, the condition of a message still to be sent, the connection a
statement runs on, one-statement UPDATEs, and stored times made aware."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, update
from sqlmodel import Session, SQLModel, col

from store.models import OutboxMessage, OutboxStatus

Buttons = Sequence[Sequence[tuple[str, str]]]
IS_PENDING = col(OutboxMessage.status) == OutboxStatus.PENDING


def connection(session: Session | Connection) -> Connection:
    return session if isinstance(session, Connection) else session.connection()


def aware(at: datetime) -> datetime:
    """A stored time in UTC (SQLite gives it back naive)."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def update_rows(session: Session, model: type[SQLModel], *where: Any, **values: Any) -> int:
    """UPDATE the rows of `model` that match, in one statement (no objects
    loaded, none in the session refreshed); returns how many."""
    stmt = update(model).where(*where).values(**values)
    result = session.exec(stmt.execution_options(synchronize_session=False))
    return int(result.rowcount or 0)
