"""The outcome of sending a claimed message (store.outbox: the outbox as a
whole): sent (its content erased), to be tried again, partly sent, refused,
blocked by the recipient, or moved to a new chat id."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, bindparam, update
from sqlmodel import Session, col

from store.models import OutboxMessage, OutboxStatus, Resident, utcnow
from store.outbox_sql import IS_PENDING, Buttons, connection, update_rows

_T: Table = OutboxMessage.__table__  # type: ignore[attr-defined]
_M = OutboxMessage  # short, so that the conditions below read like the SQL


def _erased() -> dict[str, Any]:
    """What is left of a message's content once it is sent, blocked or refused."""
    return {"text": None, "buttons": [], "photos": [], "document": None}


def _get(session: Session, msg_id: int) -> OutboxMessage | None:
    return session.get(OutboxMessage, msg_id, populate_existing=True)


def _set(session: Session, msg: OutboxMessage, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        setattr(msg, name, value)
    session.add(msg)
    session.flush()


def mark_sent(session: Session, msg_id: int, *, now: datetime | None = None) -> None:
    """Sent: the text, buttons, photo ids and document are erased."""
    msg = _get(session, msg_id)
    if msg is None:
        return
    sent = {"status": OutboxStatus.SENT, "sent_at": now or utcnow(), "last_error": None}
    _set(session, msg, sent | _erased())


def mark_sent_many(
    session: Session | Connection, msg_ids: Sequence[int], *, now: datetime | None = None
) -> None:
    """Several messages sent (one statement, built once): erased like `mark_sent`."""
    if not msg_ids:
        return
    params = {"ids": sorted(msg_ids), "sent_at": now or utcnow()}
    connection(session).execute(_SENT, params)


_SENT = (
    update(_T)
    .where(_T.c.id.in_(bindparam("ids", expanding=True)))
    .values(
        status=OutboxStatus.SENT.value,
        sent_at=bindparam("sent_at", type_=_T.c.sent_at.type),
        last_error=None,
        **_erased(),
    )
)


def retry_later(
    session: Session, msg_id: int, *, delay: timedelta, error: str, now: datetime | None = None
) -> None:
    """Telegram was busy or failing (429, 5xx, time-out): again after `delay`."""
    msg = _get(session, msg_id)
    if msg is None or msg.status != OutboxStatus.PENDING:
        return
    _set(session, msg, {"next_attempt_at": (now or utcnow()) + delay, "last_error": error[:80]})


def keep_rest(
    session: Session,
    msg_id: int,
    *,
    text: str | None,
    buttons: Buttons | list[list[list[str]]],
    photos: Sequence[str],
) -> None:
    """Part of the message went out before a failure: only the rest is kept, so
    the retry does not repeat what the recipient already has."""
    msg = _get(session, msg_id)
    if msg is None or msg.status != OutboxStatus.PENDING:
        return
    rest = {
        "text": text,
        "buttons": [[[label, data] for label, data in row] for row in buttons],
        "photos": list(photos),
        "edit_message_id": None,  # the first part (the edit, if any) went out
    }
    _set(session, msg, rest)


def mark_failed(session: Session, msg_id: int, *, error: str) -> None:
    """Refused for good (400: e.g. chat not found): kept as failed, not retried."""
    msg = _get(session, msg_id)
    if msg is None:
        return
    failed = {"status": OutboxStatus.FAILED, "last_error": error[:80], "edit_digest": None}
    _set(session, msg, failed | _erased())


def mark_blocked(session: Session, msg_id: int, *, now: datetime | None = None) -> int:
    """The recipient blocked the bot (403): this and every other pending message
    to that chat are given up, and a resident of that chat is recorded as
    blocked (`Resident.blocked_at`). Returns the number of messages given up."""
    msg = _get(session, msg_id)
    if msg is None:
        return 0
    given_up = update_rows(
        session,
        _M,
        col(_M.channel) == msg.channel,
        col(_M.chat_id) == msg.chat_id,
        IS_PENDING,
        status=OutboxStatus.BLOCKED,
        last_error="403",
        edit_digest=None,
        **_erased(),
    )
    update_rows(
        session,
        Resident,
        col(Resident.channel) == msg.channel,
        col(Resident.chat_id) == msg.chat_id,
        col(Resident.blocked_at).is_(None),
        blocked_at=now or utcnow(),
    )
    session.flush()
    return given_up


def unblock(session: Session, *, channel: str, chat_id: str) -> None:
    """The resident wrote again: they have unblocked the bot."""
    update_rows(
        session,
        Resident,
        col(Resident.channel) == channel,
        col(Resident.chat_id) == chat_id,
        col(Resident.blocked_at).is_not(None),
        blocked_at=None,
    )


def move_chat(session: Session, *, channel: str, old: str, new: str) -> int:
    """A group became a supergroup (a new chat id): its pending messages follow."""
    return update_rows(
        session, _M, col(_M.channel) == channel, col(_M.chat_id) == old, IS_PENDING, chat_id=new
    )
