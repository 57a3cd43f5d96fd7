"""The outbox: every message the bot sends is a row here (the replies to a
resident's message, status notices, answers of staff, alerts to offices,
digests), written in the same transaction as the change it reports: the reply
to a Telegram update is queued with the update's claim and the conversation's
new state, so handling an update happens exactly once. The running bot sends
due rows within Telegram's limits and records the outcome; nothing is dropped
when Telegram fails or the bot restarts.

Claiming is a lease: `claim_due` moves `next_attempt_at` past the lease and
commits, so another replica (or this one after a crash) takes the row again
only when the lease has run out without `mark_sent`. The sender marks a row
sent right after Telegram's answer: a duplicate needs a crash between that
answer and the `mark_sent` commit. Once sent, the text is erased (only the
fact that it was sent stays, for a while; `purge_sent`).

A commit that queued rows calls the callbacks registered with `on_queued` for
its engine (the sender of this process wakes at once instead of polling:
store.outbox_wake). An edit keeps a digest of its content, so that the same
edit again is not sent (store.outbox_edits).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, ParamSpec

from sqlalchemy import (
    Connection,
    Select,
    Table,
    bindparam,
    delete,
    insert,
    or_,
    update,
)
from sqlalchemy import select as sql_select
from sqlmodel import Session, SQLModel, col, select

from store import conversation_fold, outbox_edits, outbox_wake
from store.models import OutboxMessage, OutboxStatus, Resident, SendPace, utcnow
from store.outbox_wake import on_queued as on_queued

LEASE = timedelta(seconds=60)
SENT_KEEP_DAYS = 30
P = ParamSpec("P")

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
    edit_message_id: int | None = None,
    location_label: str | None = None,
    not_before: datetime | None = None,
) -> OutboxMessage:
    """Owe `chat_id` this message (part of the caller's transaction).
    `edit_message_id`: replace that message of the chat (a pressed button's);
    `location_label`: ask for the location with a button of that label;
    `not_before`: held until then (a notice that may still be taken back,
    bot.staff.held); it holds none of the chat's other messages meanwhile."""
    msg = OutboxMessage(
        channel=channel,
        chat_id=chat_id,
        kind=kind,
        text=text,
        buttons=[[[label, data] for label, data in row] for row in buttons],
        photos=list(photos),
        concern_id=concern_id,
        resident_id=resident_id,
        edit_message_id=edit_message_id,
        location_label=location_label,
        next_attempt_at=not_before or utcnow(),
    )
    msg.edit_digest = outbox_edits.digest(msg.model_dump())
    session.add(msg)
    session.flush()
    outbox_wake.queued(session)
    return msg


def enqueue_many(session: Session, messages: Sequence[Mapping[str, Any]]) -> None:
    """Owe several messages (each a mapping of `enqueue`'s keyword arguments),
    in order, in one INSERT without reading anything back (a reply of a few
    messages: one statement instead of an ORM flush per message)."""
    if not messages:
        return
    now = utcnow()
    rows = [
        {
            "channel": m["channel"],
            "chat_id": m["chat_id"],
            "kind": m["kind"],
            "text": m["text"],
            "buttons": [[[label, data] for label, data in row] for row in m.get("buttons", ())],
            "photos": list(m.get("photos", ())),
            "concern_id": m.get("concern_id"),
            "resident_id": m.get("resident_id"),
            "status": OutboxStatus.PENDING.value,
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
            "edit_message_id": m.get("edit_message_id"),
            "location_label": m.get("location_label"),
        }
        for m in messages
    ]
    for row in rows:
        row["edit_digest"] = outbox_edits.digest(row)
    # PostgreSQL: with the conversation's held UPDATE, in one statement
    if not conversation_fold.enqueue_with_held(session, rows):
        # executemany: one compiled statement whatever the number of rows (SQLAlchemy
        # sends them as one multi-row INSERT where the driver allows, in order).
        session.connection().execute(insert(_T), rows)
    outbox_wake.queued(session)


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
    conn = _connection(session)
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


def _connection(session: Session | Connection) -> Connection:
    return session if isinstance(session, Connection) else session.connection()


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
    not tied to the session (change them with the functions here)."""

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
            if _aware(msg["next_attempt_at"]) > now:
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


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _update(session: Session, model: type[SQLModel], *where: Any, **values: Any) -> int:
    """UPDATE the rows of `model` that match, in one statement (no objects
    loaded, none in the session refreshed); returns how many."""
    stmt = update(model).where(*where).values(**values)
    result = session.exec(stmt.execution_options(synchronize_session=False))
    return int(result.rowcount or 0)


def _delete(session: Session, *where: Any) -> int:
    """DELETE the outbox rows that match, in one statement; returns how many."""
    stmt = delete(OutboxMessage).where(*where)
    result = session.exec(stmt.execution_options(synchronize_session=False))
    return int(result.rowcount or 0)


def _erased() -> dict[str, Any]:
    """What is left of a message's content once it is sent, blocked or refused."""
    return {"text": None, "buttons": [], "photos": [], "document": None}


_M = OutboxMessage  # short, so that the conditions below read like the SQL
_IS_PENDING = col(_M.status) == OutboxStatus.PENDING


def release(session: Session, msg_ids: Sequence[int], *, now: datetime | None = None) -> None:
    """Claimed but not tried (the message before it in its chat failed): due
    again at once, behind that one, the claim not counted as an attempt."""
    if not msg_ids:
        return
    _update(
        session,
        _M,
        col(_M.id).in_(list(msg_ids)),
        _IS_PENDING,
        next_attempt_at=now or utcnow(),
        attempts=_M.attempts - 1,
    )


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
    _connection(session).execute(_SENT, params)


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
    given_up = _update(
        session,
        _M,
        col(_M.channel) == msg.channel,
        col(_M.chat_id) == msg.chat_id,
        _IS_PENDING,
        status=OutboxStatus.BLOCKED,
        last_error="403",
        edit_digest=None,
        **_erased(),
    )
    _update(
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
    _update(
        session,
        Resident,
        col(Resident.channel) == channel,
        col(Resident.chat_id) == chat_id,
        col(Resident.blocked_at).is_not(None),
        blocked_at=None,
    )


def move_chat(session: Session, *, channel: str, old: str, new: str) -> int:
    """A group became a supergroup (a new chat id): its pending messages follow."""
    return _update(
        session, _M, col(_M.channel) == channel, col(_M.chat_id) == old, _IS_PENDING, chat_id=new
    )


def pending_count(session: Session, *, channel: str | None = None) -> int:
    query = select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.PENDING)
    if channel is not None:
        query = query.where(OutboxMessage.channel == channel)
    return len(list(session.exec(query)))


def forget_concerns(session: Session, concern_ids: Sequence[int]) -> None:
    """Deletion and retention: unsent messages quoting these concerns go (and
    the digests of sent edits about them)."""
    if concern_ids:
        _delete(session, col(_M.concern_id).in_(list(concern_ids)), _IS_PENDING)
        outbox_edits.forget_concerns(session, concern_ids)


def forget_resident(session: Session, resident_id: int) -> None:
    """Deletion: nothing more is sent to this resident."""
    _delete(session, col(_M.resident_id) == resident_id)


def forget_chat(session: Session, *, channel: str, chat_id: str) -> int:
    """Deletion: the record of what was sent to this chat goes now, not after
    the 30 days (replies carry no resident id); what is still to be sent stays."""
    return _delete(session, ~_IS_PENDING, col(_M.channel) == channel, col(_M.chat_id) == chat_id)


def purge_sent(session: Session, *, now: datetime, days: int = SENT_KEEP_DAYS) -> int:
    """Retention: the record of messages sent, blocked or failed `days` ago goes."""
    return _delete(session, ~_IS_PENDING, col(_M.created_at) < now - timedelta(days=days))
