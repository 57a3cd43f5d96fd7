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
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    delete,
    func,
    literal_column,
    or_,
    update,
)
from sqlalchemy import select as sql_select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from store.db import again_if_disconnected, session_scope
from store.models import InboxStatus, InboxUpdate, utcnow

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 5  # claims of one update before it is given up (a poison update)
DONE_KEEP_DAYS = 7  # Telegram resends an unacknowledged update for at most a day

Listener = Callable[[], None]
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


_T: Table = InboxUpdate.__table__  # type: ignore[attr-defined]


class _Statements:
    """The hot path's statements for one dialect, built once (building a
    statement per call cost more CPU than running it: docs/load.md round 5)."""

    def __init__(self, dialect: str) -> None:
        c = _T.c
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        self.insert = (
            insert(_T).on_conflict_do_nothing(index_elements=["update_id"]).returning(c.update_id)
        )
        self.finish = (
            update(_T)
            .where(c.update_id.in_(bindparam("ids", expanding=True)))
            .values(
                status=bindparam("status"),
                payload=None,
                chat_key=None,
                lease_until=None,
                lease_owner=None,
                done_at=bindparam("done_at"),
            )
        )
        earlier = _T.alias("earlier")
        waits = (  # only pending rows have a chat_key (it is erased when done)
            sql_select(earlier.c.update_id)
            .where(earlier.c.chat_key == c.chat_key, earlier.c.update_id < c.update_id)
            .exists()
        )
        now = bindparam("now", type_=c.lease_until.type)
        picked = (
            sql_select(c.update_id)
            .where(
                # Written out, not a parameter: so the planner knows the partial
                # index of pending rows (migration 0010) holds every candidate,
                # also in a prepared statement's generic plan.
                c.status == literal_column(f"'{InboxStatus.PENDING.value}'"),
                or_(c.lease_until.is_(None), c.lease_until <= now),
                ~waits,  # an earlier update of the chat is still pending
            )
            .order_by(c.update_id)
            .limit(bindparam("limit"))
            .with_for_update(skip_locked=True)
        )
        leased = update(_T).values(
            attempts=c.attempts + 1,
            lease_until=bindparam("until", type_=c.lease_until.type),
            lease_owner=bindparam("owner"),
        )
        if dialect == "postgresql":
            # Picked once (a WITH that locks is materialised), then leased.
            cte = picked.cte("picked").prefix_with("MATERIALIZED")
            leased = leased.where(c.update_id == cte.c.update_id)
        else:  # one writer at a time (BEGIN IMMEDIATE): no lock to take
            leased = leased.where(c.update_id.in_(picked.scalar_subquery()))
        self.claim = leased.returning(c.update_id, c.chat_key, c.payload, c.attempts)


_for_dialect = cache(_Statements)  # built once per dialect, as rows.statement does


def _statements(conn: Connection) -> _Statements:
    return _for_dialect(conn.dialect.name)


def _insert(conn: Connection, rows: Sequence[tuple[int, dict[str, Any]]]) -> list[int]:
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
    # executemany ("insertmanyvalues"): one compiled statement whatever the
    # batch's size, still sent as multi-row INSERTs.
    return [int(uid) for (uid,) in conn.execute(_statements(conn).insert, values).all()]


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

    def insert() -> list[int]:
        with engine.begin() as conn:
            return _insert(conn, updates)

    # A broken connection's first statement fails once (store.db): that is
    # no reason to answer Telegram 503. Inserting again only finds them stored.
    new = again_if_disconnected(insert)
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
    at once and a busy dispatcher needs one transaction per round, not per update.

    Core statements built once (`_Statements`), on a connection without an ORM
    session: the outcomes one UPDATE, the claim one UPDATE ... RETURNING over
    the picked rows (PostgreSQL: a materialised WITH ... FOR UPDATE SKIP
    LOCKED, so replicas never take the same row)."""
    if limit <= 0 and not done and not failed:
        return []
    now = now or utcnow()
    with engine.begin() as conn:
        st = _statements(conn)
        _finish(conn, done, InboxStatus.DONE, now)
        _finish(conn, failed, InboxStatus.FAILED, now)
        if limit <= 0:
            return []
        params = {"now": now, "limit": limit, "until": now + lease, "owner": owner}
        rows = sorted(conn.execute(st.claim, params).all())
    return [
        Claimed(uid, key or "", dict(payload or {}), attempts)
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
    conn: Connection, update_ids: Sequence[int], status: InboxStatus, now: datetime | None
) -> None:
    if not update_ids:
        return
    params = {"ids": sorted(update_ids), "status": status.value, "done_at": now or utcnow()}
    conn.execute(_statements(conn).finish, params)


def mark_done(engine: Engine, update_id: int, *, now: datetime | None = None) -> None:
    """Processed: the payload and the chat are erased; the chat's next update is free."""
    with engine.begin() as conn:
        _finish(conn, [update_id], InboxStatus.DONE, now)


def mark_failed(engine: Engine, update_id: int, *, now: datetime | None = None) -> None:
    """Given up after MAX_ATTEMPTS (erased like a processed one, so the chat goes on)."""
    with engine.begin() as conn:
        _finish(conn, [update_id], InboxStatus.FAILED, now)


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
