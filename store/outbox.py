"""The outbox: every message the bot owes someone outside the reply to a
message (status notices, answers of staff, alerts to offices, digests) is a row
here, written in the same transaction as the change it reports. The running bot
sends due rows within Telegram's limits and records the outcome; nothing is
dropped when Telegram fails or the bot restarts.

Claiming is a lease: `claim_due` moves `next_attempt_at` past the lease and
commits, so another replica (or this one after a crash) takes the row again
only when the lease has run out without `mark_sent`. Delivery is therefore at
least once; a duplicate needs a crash between Telegram's answer and
`mark_sent`. Once sent, the text is erased (only the fact that it was sent
stays, for a while; `purge_sent`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from store.models import OutboxMessage, OutboxStatus, Resident, utcnow

LEASE = timedelta(seconds=60)
SENT_KEEP_DAYS = 30

Buttons = Sequence[Sequence[tuple[str, str]]]


def enqueue(
    session: Session,
    *,
    channel: str,
    chat_id: str,
    kind: str,
    text: str,
    buttons: Buttons = (),
    photos: Sequence[str] = (),
    concern_id: int | None = None,
    resident_id: int | None = None,
) -> OutboxMessage:
    """Owe `chat_id` this message (part of the caller's transaction)."""
    msg = OutboxMessage(
        channel=channel,
        chat_id=chat_id,
        kind=kind,
        text=text,
        buttons=[[[label, data] for label, data in row] for row in buttons],
        photos=list(photos),
        concern_id=concern_id,
        resident_id=resident_id,
        next_attempt_at=utcnow(),
    )
    session.add(msg)
    session.flush()
    return msg


def claim_due(
    session: Session,
    *,
    channel: str,
    limit: int = 50,
    now: datetime | None = None,
    lease: timedelta = LEASE,
    chat_id: str | None = None,
    in_order: bool = False,
    skip_chats: Collection[str] = (),
) -> list[OutboxMessage]:
    """Pending messages due now, oldest first, leased to the caller (commit
    right after; rows another transaction holds are skipped: PostgreSQL FOR
    UPDATE SKIP LOCKED).

    `in_order`: only the oldest pending message of each chat, and only when it
    is due, so a chat's messages go out one at a time and in order, whichever
    replica sends them (one waiting for a retry or leased holds the ones after
    it). `skip_chats`: chats the caller is not to send to now (sent to a moment
    ago); their messages stay pending, untouched."""
    now = now or utcnow()
    query = (
        select(OutboxMessage)
        .where(
            OutboxMessage.channel == channel,
            OutboxMessage.status == OutboxStatus.PENDING,
            col(OutboxMessage.next_attempt_at) <= now,
        )
        .order_by(col(OutboxMessage.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
        .execution_options(populate_existing=True)
    )
    if chat_id is not None:
        query = query.where(OutboxMessage.chat_id == chat_id)
    if skip_chats:
        query = query.where(col(OutboxMessage.chat_id).not_in(sorted(skip_chats)))
    if in_order:
        oldest = (
            select(func.min(OutboxMessage.id))
            .where(
                OutboxMessage.channel == channel,
                OutboxMessage.status == OutboxStatus.PENDING,
            )
            .group_by(col(OutboxMessage.chat_id))
        )
        query = query.where(col(OutboxMessage.id).in_(oldest))
    rows = list(session.exec(query))
    for msg in rows:
        msg.attempts += 1
        msg.next_attempt_at = now + lease
        session.add(msg)
    session.flush()
    return rows


def _get(session: Session, msg_id: int) -> OutboxMessage | None:
    return session.get(OutboxMessage, msg_id, populate_existing=True)


def mark_sent(session: Session, msg_id: int, *, now: datetime | None = None) -> None:
    """Sent: the text, buttons, photo ids and document are erased."""
    msg = _get(session, msg_id)
    if msg is None:
        return
    msg.status = OutboxStatus.SENT
    msg.sent_at = now or utcnow()
    msg.text = None
    msg.buttons = []
    msg.photos = []
    msg.document = None
    msg.last_error = None
    session.add(msg)
    session.flush()


def retry_later(
    session: Session, msg_id: int, *, delay: timedelta, error: str, now: datetime | None = None
) -> None:
    """Telegram was busy or failing (429, 5xx, time-out): again after `delay`."""
    msg = _get(session, msg_id)
    if msg is None or msg.status != OutboxStatus.PENDING:
        return
    msg.next_attempt_at = (now or utcnow()) + delay
    msg.last_error = error[:80]
    session.add(msg)
    session.flush()


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
    msg.text = text
    msg.buttons = [[[label, data] for label, data in row] for row in buttons]
    msg.photos = list(photos)
    session.add(msg)
    session.flush()


def mark_failed(session: Session, msg_id: int, *, error: str) -> None:
    """Refused for good (400: e.g. chat not found): kept as failed, not retried."""
    msg = _get(session, msg_id)
    if msg is None:
        return
    msg.status = OutboxStatus.FAILED
    msg.last_error = error[:80]
    msg.text = None
    msg.buttons = []
    msg.photos = []
    msg.document = None
    session.add(msg)
    session.flush()


def mark_blocked(session: Session, msg_id: int, *, now: datetime | None = None) -> int:
    """The recipient blocked the bot (403): this and every other pending message
    to that chat are given up, and a resident of that chat is recorded as
    blocked (`Resident.blocked_at`). Returns the number of messages given up."""
    msg = _get(session, msg_id)
    if msg is None:
        return 0
    now = now or utcnow()
    result = session.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.channel) == msg.channel,
            col(OutboxMessage.chat_id) == msg.chat_id,
            col(OutboxMessage.status) == OutboxStatus.PENDING,
        )
        .values(
            status=OutboxStatus.BLOCKED,
            text=None,
            buttons=[],
            photos=[],
            document=None,
            last_error="403",
        )
        .execution_options(synchronize_session=False)
    )
    session.exec(
        update(Resident)
        .where(
            col(Resident.channel) == msg.channel,
            col(Resident.chat_id) == msg.chat_id,
            col(Resident.blocked_at).is_(None),
        )
        .values(blocked_at=now)
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return int(result.rowcount or 0)


def unblock(session: Session, *, channel: str, chat_id: str) -> None:
    """The resident wrote again: they have unblocked the bot."""
    session.exec(
        update(Resident)
        .where(
            col(Resident.channel) == channel,
            col(Resident.chat_id) == chat_id,
            col(Resident.blocked_at).is_not(None),
        )
        .values(blocked_at=None)
        .execution_options(synchronize_session=False)
    )


def move_chat(session: Session, *, channel: str, old: str, new: str) -> int:
    """A group became a supergroup (a new chat id): its pending messages follow."""
    result = session.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.channel) == channel,
            col(OutboxMessage.chat_id) == old,
            col(OutboxMessage.status) == OutboxStatus.PENDING,
        )
        .values(chat_id=new)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)


def pending_count(session: Session, *, channel: str | None = None) -> int:
    query = select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.PENDING)
    if channel is not None:
        query = query.where(OutboxMessage.channel == channel)
    return len(list(session.exec(query)))


def forget_concerns(session: Session, concern_ids: Sequence[int]) -> None:
    """Deletion and retention: unsent messages quoting these concerns go."""
    if not concern_ids:
        return
    session.exec(
        delete(OutboxMessage)
        .where(
            col(OutboxMessage.concern_id).in_(list(concern_ids)),
            col(OutboxMessage.status) == OutboxStatus.PENDING,
        )
        .execution_options(synchronize_session=False)
    )


def forget_resident(session: Session, resident_id: int) -> None:
    """Deletion: nothing more is sent to this resident."""
    session.exec(
        delete(OutboxMessage)
        .where(col(OutboxMessage.resident_id) == resident_id)
        .execution_options(synchronize_session=False)
    )


def purge_sent(session: Session, *, now: datetime, days: int = SENT_KEEP_DAYS) -> int:
    """Retention: the record of messages sent, blocked or failed `days` ago goes."""
    result = session.exec(
        delete(OutboxMessage)
        .where(
            col(OutboxMessage.status) != OutboxStatus.PENDING,
            col(OutboxMessage.created_at) < now - timedelta(days=days),
        )
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)
