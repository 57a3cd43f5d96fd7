"""Deletion and retention of the outbox's rows (store.outbox: the outbox as a
whole; store.retention runs the retention)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col

from store import outbox_edits
from store.models import OutboxMessage
from store.outbox_sql import IS_PENDING

SENT_KEEP_DAYS = 30

_M = OutboxMessage  # short, so that the conditions below read like the SQL


def _delete(session: Session, *where: Any) -> int:
    """DELETE the outbox rows that match, in one statement; returns how many."""
    stmt = delete(OutboxMessage).where(*where)
    result = session.exec(stmt.execution_options(synchronize_session=False))
    return int(result.rowcount or 0)


def forget_concerns(session: Session, concern_ids: Sequence[int]) -> None:
    """Deletion and retention: unsent messages quoting these concerns go (and
    the digests of sent edits about them)."""
    if concern_ids:
        _delete(session, col(_M.concern_id).in_(list(concern_ids)), IS_PENDING)
        outbox_edits.forget_concerns(session, concern_ids)


def forget_resident(session: Session, resident_id: int) -> None:
    """Deletion: nothing more is sent to this resident."""
    _delete(session, col(_M.resident_id) == resident_id)


def forget_chat(session: Session, *, channel: str, chat_id: str) -> int:
    """Deletion: the record of what was sent to this chat goes now, not after
    the 30 days (replies carry no resident id); what is still to be sent stays."""
    return _delete(session, ~IS_PENDING, col(_M.channel) == channel, col(_M.chat_id) == chat_id)


def purge_sent(session: Session, *, now: datetime, days: int = SENT_KEEP_DAYS) -> int:
    """Retention: the record of messages sent, blocked or failed `days` ago goes."""
    return _delete(session, ~IS_PENDING, col(_M.created_at) < now - timedelta(days=days))
