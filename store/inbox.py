"""The durable inbox: every Telegram update is INSERTed here before it is
acknowledged (polling: before the next getUpdates offset; webhook: before the
HTTP 200), then processed from here (bot.telegram.dispatcher). A crash at any
moment loses nothing: what was acknowledged is stored, what was not is sent
again by Telegram (and a repeat of a stored update_id is ignored).

Claiming is a lease, like the outbox's: `claim` takes pending rows whose lease
is free and which are the oldest pending row of their chat, sets the lease and
commits (PostgreSQL FOR UPDATE SKIP LOCKED, so replicas never take the same
row). A chat's next update is claimable only once the one before it is done:
each chat strictly in order and never two of one chat at once, in every
replica. A crashed replica's lease runs out and another takes the row; the
dialog's own de-duplication (processed_update) keeps a repeat from doing
anything twice.

Privacy: the payload holds the resident's message; it and the chat are erased
when the update is processed, and retention deletes old rows (`purge`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, func, or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from store.db import session_scope
from store.models import InboxStatus, InboxUpdate, utcnow

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 5  # claims of one update before it is given up (a poison update)
DONE_KEEP_DAYS = 7  # Telegram resends an unacknowledged update for at most a day

Listener = Callable[[], None]
_EARLIER = aliased(InboxUpdate)  # built once: an alias built per claim cost its columns' proxies
_listeners: dict[int, list[Listener]] = {}
_listeners_lock = threading.Lock()


@dataclass(frozen=True)
class Claimed:
    update_id: int
    chat_key: str
    payload: dict[str, Any]
    attempts: int


def chat_key(update_id: int, payload: dict[str, Any]) -> str:
    """The chat whose updates are processed one at a time and in order: the
    message's chat (a button press: the chat of the pressed message, else the
    user's); an update without a chat is its own."""
    for kind, body in payload.items():
        if kind == "update_id" or not isinstance(body, dict):
            continue
        message = body.get("message") if kind == "callback_query" else body
        chat = message.get("chat") if isinstance(message, dict) else None
        if isinstance(chat, dict) and chat.get("id") is not None:
            return str(chat["id"])
        sender = body.get("from") or body.get("user")
        if isinstance(sender, dict) and sender.get("id") is not None:
            return str(sender["id"])
    return f"update:{update_id}"


def on_record(engine: Engine, listener: Listener) -> Callable[[], None]:
    """Call `listener` (from whichever thread recorded) whenever this process
    records a new update in `engine`'s inbox; returns the unsubscribe function.
    The local dispatcher wakes up this way; other replicas' rows it polls for."""
    with _listeners_lock:
        _listeners.setdefault(id(engine), []).append(listener)

    def unsubscribe() -> None:
        with _listeners_lock:
            listeners = _listeners.get(id(engine), [])
            if listener in listeners:
                listeners.remove(listener)
            if not listeners:
                _listeners.pop(id(engine), None)

    return unsubscribe


def _notify(engine: Engine) -> None:
    with _listeners_lock:
        listeners = list(_listeners.get(id(engine), []))
    for listener in listeners:
        try:
            listener()
        except Exception:  # a listener's failure must not fail the recording
            log.exception("inbox listener failed")


def _insert(session: Session, rows: Sequence[tuple[int, dict[str, Any]]]) -> list[int]:
    now = utcnow()
    values = [
        {
            "update_id": int(uid),
            "chat_key": chat_key(int(uid), payload),
            "payload": payload,
            "status": InboxStatus.PENDING.value,
            "attempts": 0,
            "received_at": now,
        }
        for uid, payload in rows
    ]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(InboxUpdate)
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(col(InboxUpdate.update_id))
    )
    # executemany ("insertmanyvalues"): one compiled statement whatever the
    # batch's size, still sent as multi-row INSERTs.
    return [int(uid) for (uid,) in session.connection().execute(stmt, values).all()]


def record(engine: Engine, update_id: int, payload: dict[str, Any]) -> bool:
    """Store an update before it is acknowledged (committed when this returns).
    False: that update_id is stored already (a repeat; acknowledge it anyway)."""
    return record_many(engine, [(update_id, payload)]) == 1


def record_many(engine: Engine, updates: Sequence[tuple[int, dict[str, Any]]]) -> int:
    """Store a batch of updates in one transaction; returns how many were new."""
    return len(record_new(engine, updates))


def record_new(engine: Engine, updates: Sequence[tuple[int, dict[str, Any]]]) -> list[int]:
    """Store a batch of updates in one transaction; returns the ids of those
    that were new (not stored before)."""
    if not updates:
        return []
    with session_scope(engine) as session:
        new = _insert(session, updates)
    if new:
        _notify(engine)
    return new


def claim(
    engine: Engine,
    *,
    owner: str,
    limit: int,
    now: datetime | None = None,
    lease: timedelta = LEASE,
    done: Sequence[int] = (),
    failed: Sequence[int] = (),
) -> list[Claimed]:
    """Lease up to `limit` claimable updates to `owner`, oldest first: pending,
    lease free, and the oldest pending update of their chat. `done` and
    `failed` (updates handled, or given up, since the last claim) are recorded
    first in the same transaction, so their chats' next updates are claimable
    at once and a busy dispatcher needs one transaction per round, not per update."""
    if limit <= 0 and not done and not failed:
        return []
    now = now or utcnow()
    earlier = _EARLIER
    waits = (
        select(earlier.update_id)
        .where(  # only pending rows have a chat_key (it is erased when done)
            earlier.chat_key == InboxUpdate.chat_key,
            col(earlier.update_id) < col(InboxUpdate.update_id),
        )
        .exists()
    )
    query = (
        select(
            col(InboxUpdate.update_id),
            col(InboxUpdate.chat_key),
            col(InboxUpdate.payload),
            col(InboxUpdate.attempts),
        )
        .where(
            InboxUpdate.status == InboxStatus.PENDING,
            or_(col(InboxUpdate.lease_until).is_(None), col(InboxUpdate.lease_until) <= now),
            ~waits,  # an earlier update of the chat is still pending
        )
        .order_by(col(InboxUpdate.update_id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    with session_scope(engine) as session:
        _finish(session, done, InboxStatus.DONE, now)
        _finish(session, failed, InboxStatus.FAILED, now)
        if limit <= 0:
            return []
        # Rows as tuples and one UPDATE for all: no ORM objects to load and flush.
        rows = session.exec(query).all()
        if not rows:
            return []
        session.exec(
            update(InboxUpdate)
            .where(col(InboxUpdate.update_id).in_([uid for uid, *_ in rows]))
            .values(attempts=InboxUpdate.attempts + 1, lease_until=now + lease, lease_owner=owner)
            .execution_options(synchronize_session=False)
        )
    return [
        Claimed(uid, key or "", dict(payload or {}), attempts + 1)
        for uid, key, payload, attempts in rows
    ]


def renew(
    engine: Engine, update_ids: Iterable[int], *, owner: str, lease: timedelta = LEASE
) -> int:
    """Extend the leases `owner` holds on updates still being processed."""
    ids = sorted(update_ids)
    if not ids:
        return 0
    with session_scope(engine) as session:
        result = session.exec(
            update(InboxUpdate)
            .where(
                col(InboxUpdate.update_id).in_(ids),
                col(InboxUpdate.lease_owner) == owner,
                col(InboxUpdate.status) == InboxStatus.PENDING,
            )
            .values(lease_until=utcnow() + lease)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)


def _finish(
    session: Session, update_ids: Sequence[int], status: InboxStatus, now: datetime | None
) -> None:
    if not update_ids:
        return
    session.exec(
        update(InboxUpdate)
        .where(col(InboxUpdate.update_id).in_(sorted(update_ids)))
        .values(
            status=status.value,
            payload=None,
            chat_key=None,
            lease_until=None,
            lease_owner=None,
            done_at=now or utcnow(),
        )
        .execution_options(synchronize_session=False)
    )


def mark_done(engine: Engine, update_id: int, *, now: datetime | None = None) -> None:
    """Processed: the payload and the chat are erased; the chat's next update is free."""
    with session_scope(engine) as session:
        _finish(session, [update_id], InboxStatus.DONE, now)


def mark_failed(engine: Engine, update_id: int, *, now: datetime | None = None) -> None:
    """Given up after MAX_ATTEMPTS (erased like a processed one, so the chat goes on)."""
    with session_scope(engine) as session:
        _finish(session, [update_id], InboxStatus.FAILED, now)


def release(
    engine: Engine,
    update_ids: Iterable[int],
    *,
    owner: str,
    delay: timedelta = timedelta(0),
    counts: bool = False,
) -> int:
    """Give leases back: the updates stay pending, first in their chats, and
    are claimable again after `delay`. Unless the handling failed (`counts`),
    the claim does not count as an attempt (a stop, the store unreachable)."""
    ids = sorted(update_ids)
    if not ids:
        return 0
    until = utcnow() + delay if delay > timedelta(0) else None
    with session_scope(engine) as session:
        result = session.exec(
            update(InboxUpdate)
            .where(
                col(InboxUpdate.update_id).in_(ids),
                col(InboxUpdate.lease_owner) == owner,
                col(InboxUpdate.status) == InboxStatus.PENDING,
            )
            .values(
                lease_until=until,
                lease_owner=None,
                attempts=InboxUpdate.attempts - (0 if counts else 1),
            )
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)


def lease_owners(engine: Engine) -> list[str]:
    """Who holds leases on pending updates now."""
    with session_scope(engine) as session:
        owners = session.exec(
            select(InboxUpdate.lease_owner)
            .where(
                InboxUpdate.status == InboxStatus.PENDING,
                col(InboxUpdate.lease_owner).is_not(None),
            )
            .distinct()
        )
        return sorted(o for o in owners if o)


def release_owner(engine: Engine, owner: str) -> int:
    """A dead process's leases, given back at once (its claims still count as
    attempts: an update that kills the process is given up eventually)."""
    with session_scope(engine) as session:
        result = session.exec(
            update(InboxUpdate)
            .where(
                col(InboxUpdate.lease_owner) == owner,
                col(InboxUpdate.status) == InboxStatus.PENDING,
            )
            .values(lease_until=None, lease_owner=None)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)


def pending_count(engine: Engine) -> int:
    with session_scope(engine) as session:
        count = session.exec(
            select(func.count()).where(InboxUpdate.status == InboxStatus.PENDING)
        ).one()
        return int(count)


def purge(session: Session, *, now: datetime, days: int = DONE_KEEP_DAYS) -> int:
    """Retention: processed (or given up) updates older than `days` go. Until
    then a repeat of their update_id is recognised and ignored."""
    result = session.exec(
        delete(InboxUpdate)
        .where(
            col(InboxUpdate.status) != InboxStatus.PENDING,
            col(InboxUpdate.received_at) < now - timedelta(days=days),
        )
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)
