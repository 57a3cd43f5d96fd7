"""Claiming due messages for sending: a lease (store.outbox says how),
committed by the caller right after; the outcome is recorded with
store.outbox_results."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime, timedelta
from typing import Any, ParamSpec

from sqlalchemy import Connection, Select, Table, bindparam, or_, update
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from store.models import OutboxMessage, OutboxStatus, SendPace, utcnow
from store.outbox_sql import IS_PENDING, aware, connection, update_rows

LEASE = timedelta(seconds=60)
P = ParamSpec("P")

_T: Table = OutboxMessage.__table__  # type: ignore[attr-defined]
_EARLIER = _T.alias("earlier")
_PACE: Table = SendPace.__table__  # type: ignore[attr-defined]


def claim_rows(
    session: Session | Connection,
    *,
    channel: str,
    limit: int = 50,
    now: datetime | None = None,
    lease: timedelta = LEASE,
    chat_id: str | None = None,
    in_order: bool = False,
    skip_chats: Collection[str] = (),
    followers: int = 0,
    paced_at: float | None = None,
) -> list[dict[str, Any]]:
    """Pending messages due now, oldest first, leased to the caller (commit
    right after; rows another transaction holds are skipped: PostgreSQL FOR
    UPDATE SKIP LOCKED), as rows (column name -> value): in Core SQL, the
    sender's claim loads no ORM objects and updates all claimed rows in one
    statement (`claim_due`: the same as messages). A session's connection or a
    plain connection (the sender's: no ORM session at all).

    `in_order`: only the oldest pending message of each chat, and only when it
    is due, so a chat's messages go out one at a time and in order, whichever
    replica sends them (one waiting for a retry or leased holds the ones after
    it); a message held for later (never tried and not yet due: `enqueue`'s
    `not_before`) holds nothing. `skip_chats`: chats the caller is not to send
    to now (sent to a moment ago); their messages stay pending, untouched.
    `followers` (with `in_order`): also up to that many of the messages after
    each claimed one in its chat, as long as they are due (a reply of several
    messages goes out in one go; the caller sends them in order after the
    first, and `release`s what it did not send). Returned oldest first per
    chat. `paced_at` (epoch seconds): chats whose shared pace (store.pace) is
    not free by then are left out.

    The statements are built once per kind of claim (`_claim_query`): building
    them per call cost more CPU than running them (docs/load.md, round 5)."""
    conn = connection(session)
    now = now or utcnow()
    query = _claim_query(chat_id is not None, bool(skip_chats), paced_at is not None, in_order)
    params: dict[str, Any] = {"channel": channel, "now": now, "limit": limit}
    if chat_id is not None:
        params["chat_id"] = chat_id
    if skip_chats:
        params["skip_chats"] = sorted(skip_chats)
    if paced_at is not None:
        params["paced_at"] = paced_at
    rows = [dict(r) for r in conn.execute(query, params).mappings()]
    if in_order and followers > 0 and rows:
        rows += _followers(conn, rows, channel=channel, now=now, n=followers)
    if not rows:
        return rows
    until = now + lease
    conn.execute(_LEASED, {"ids": sorted(r["id"] for r in rows), "until": until})
    for row in rows:  # as the row is now
        row["attempts"] += 1
        row["next_attempt_at"] = until
    return rows


_CLAIMS: dict[tuple[bool, bool, bool, bool], Select[Any]] = {}


def _claim_query(chat: bool, skip: bool, paced: bool, in_order: bool) -> Select[Any]:
    """The claim's SELECT for one combination of its options, built once."""
    key = (chat, skip, paced, in_order)
    built = _CLAIMS.get(key)
    if built is not None:
        return built
    c = _T.c
    query = (
        sql_select(_T)
        .where(
            c.channel == bindparam("channel"),
            c.status == OutboxStatus.PENDING.value,
            c.next_attempt_at <= bindparam("now", type_=c.next_attempt_at.type),
        )
        .order_by(c.id)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True)
    )
    if chat:
        query = query.where(c.chat_id == bindparam("chat_id"))
    if skip:
        query = query.where(c.chat_id.not_in(bindparam("skip_chats", expanding=True)))
    if paced:
        waiting = sql_select(_PACE.c.chat_id).where(
            _PACE.c.channel == c.channel,
            _PACE.c.chat_id == c.chat_id,
            _PACE.c.free_at > bindparam("paced_at", type_=_PACE.c.free_at.type),
        )
        query = query.where(~waiting.exists())
    if in_order:
        # Not the chat's oldest pending one: an index probe per candidate (the
        # partial index of pending rows, migration 0008), where min(id) ...
        # GROUP BY chat read every pending row (and the sent ones) per claim.
        e = _EARLIER.c
        before = sql_select(e.id).where(
            e.channel == c.channel,
            e.chat_id == c.chat_id,
            e.status == OutboxStatus.PENDING.value,
            e.id < c.id,
            # a held message (never tried, not yet due) waits alone
            or_(
                e.attempts > 0, e.next_attempt_at <= bindparam("now", type_=c.next_attempt_at.type)
            ),
        )
        query = query.where(~before.exists())
    _CLAIMS[key] = query
    return query


def _as_messages(claim: Callable[P, list[dict[str, Any]]]) -> Callable[P, list[OutboxMessage]]:
    """`claim` with the same parameters, its rows made into messages that are
    not tied to the session (change them with store.outbox's functions)."""

    def claim_messages(*args: P.args, **kwargs: P.kwargs) -> list[OutboxMessage]:
        return [OutboxMessage(**row) for row in claim(*args, **kwargs)]

    return claim_messages


claim_due = _as_messages(claim_rows)  # the terminal's claim (bot.terminal)


def _followers(
    conn: Connection, heads: list[dict[str, Any]], *, channel: str, now: datetime, n: int
) -> list[dict[str, Any]]:
    """The pending messages right after each head in its chat, up to `n` each,
    stopping at the first that is not due. The heads are locked by the caller,
    so no other sender claims these (claim_due only takes a chat's oldest)."""
    params = {
        "channel": channel,
        "chats": sorted({m["chat_id"] for m in heads}),
        "heads": [m["id"] for m in heads],
    }
    by_chat: dict[str, list[dict[str, Any]]] = {}
    for row in conn.execute(_FOLLOWERS, params).mappings():
        by_chat.setdefault(row["chat_id"], []).append(dict(row))
    taken: list[dict[str, Any]] = []
    for msgs in by_chat.values():
        for msg in msgs[:n]:
            if aware(msg["next_attempt_at"]) > now:
                break  # waiting for its retry (or leased): it holds the ones after it
            taken.append(msg)
    return taken


_FOLLOWERS = (
    sql_select(_T)
    .where(
        _T.c.channel == bindparam("channel"),
        _T.c.status == OutboxStatus.PENDING.value,
        _T.c.chat_id.in_(bindparam("chats", expanding=True)),
        _T.c.id.not_in(bindparam("heads", expanding=True)),
    )
    .order_by(_T.c.id)
    .with_for_update()
)
_LEASED = (
    update(_T)
    .where(_T.c.id.in_(bindparam("ids", expanding=True)))
    .values(
        attempts=_T.c.attempts + 1,
        next_attempt_at=bindparam("until", type_=_T.c.next_attempt_at.type),
    )
)


_M = OutboxMessage  # short, so that the conditions below read like the SQL


def release(session: Session, msg_ids: Sequence[int], *, now: datetime | None = None) -> None:
    """Claimed but not tried (the message before it in its chat failed): due
    again at once, behind that one, the claim not counted as an attempt."""
    if not msg_ids:
        return
    update_rows(
        session,
        _M,
        col(_M.id).in_(list(msg_ids)),
        IS_PENDING,
        next_attempt_at=now or utcnow(),
        attempts=_M.attempts - 1,
    )


def pending_count(session: Session, *, channel: str | None = None) -> int:
    query = select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.PENDING)
    if channel is not None:
        query = query.where(OutboxMessage.channel == channel)
    return len(list(session.exec(query)))
