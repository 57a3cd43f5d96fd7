"""The per-message path's statements, each built once per dialect (store.rows).

Every one reads or writes one table in one round trip; the repository runs them
with `rows.run` and turns their rows into the ORM's objects with `rows.attach`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Insert,
    String,
    Table,
    bindparam,
    cast,
    exists,
    func,
    literal_column,
    null,
    text,
    true,
)
from sqlalchemy import select as core_select
from sqlalchemy.sql import ColumnElement, Executable, Select, Update

from store import rows
from store.models import (
    Concern,
    Conversation,
    EventKind,
    ProcessedUpdate,
    Resident,
    RoutingEvent,
    StaffMember,
    Status,
)
from store.rows import insert, statement, table

_resident = table(Resident)
_conversation = table(Conversation)
_concern = table(Concern)
_event = table(RoutingEvent)
_staff = table(StaffMember)


def claim_update_of(dialect: str, prefix: str = "") -> Any:
    """INSERT the update's id unless it is there: a row back the first time.
    Parameters channel, update_id, at (each after `prefix`)."""
    tbl = table(ProcessedUpdate)
    return (
        insert(dialect, tbl)
        .values(
            channel=bindparam(f"{prefix}channel", type_=tbl.c.channel.type),
            update_id=bindparam(f"{prefix}update_id", type_=tbl.c.update_id.type),
            at=bindparam(f"{prefix}at", type_=tbl.c.at.type),
        )
        .on_conflict_do_nothing(index_elements=["channel", "update_id"])
        .returning(tbl.c.update_id)
    )


@statement
def claim_update(dialect: str) -> Executable:
    return claim_update_of(dialect)  # type: ignore[no-any-return]


def _arrives(*, unless_staff: bool) -> Any:
    """UPDATE resident ... RETURNING: seen now, not blocked (writing again), and
    the language recognised in the message, if any. `unless_staff`: not when
    the chat is a staff chat (no row back then, as for a chat not yet there)."""
    r = _resident.c
    where = [r.channel == bindparam("key_channel"), r.chat_id == bindparam("key_chat_id")]
    if unless_staff:
        s = _staff.c
        where.append(
            ~exists().where(
                s.channel == bindparam("key_channel"), s.chat_id == bindparam("key_chat_id")
            )
        )
    return (
        _resident.update()
        .where(*where)
        .values(
            last_seen_at=bindparam("now", type_=r.last_seen_at.type),
            blocked_at=null(),
            language=func.coalesce(bindparam("language", type_=String), r.language),
        )
        .returning(*_resident.c)
    )


@statement
def resident_arrives(dialect: str) -> Executable:
    """A resident's message: the whole row back (none: not yet there).
    Parameters key_channel, key_chat_id, now, language (None: unchanged)."""
    return _arrives(unless_staff=False)  # type: ignore[no-any-return]


@statement
def resident_arrives_unless_staff(dialect: str) -> Executable:
    """resident_arrives, except in a staff chat (no row back)."""
    return _arrives(unless_staff=True)  # type: ignore[no-any-return]


# The conversation's columns in claimed_arrives_locked's row, prefixed (the
# resident's have the same names).
CONVERSATION = "conversation_"


def _claimed_arrives(
    dialect: str, *, unless_staff: bool, lock: bool = False, extend: Any = None
) -> Executable:
    """PostgreSQL, one round trip: the update's claim (claim_update) and, only
    when it is claimed now, resident_arrives(_unless_staff). One row back: a
    `claimed` flag (0: a repeat delivery) and the resident's columns (all NULL
    when there is no row: a repeat, a staff chat, a chat not yet there).
    Parameters: claim_update's as claim_channel, claim_update_id, claim_at (a
    parameter named like a column of the UPDATE's table would be SET), and
    resident_arrives'.

    `lock`: and then, only when the resident's row came back, the chat's
    conversation row locked (lock_conversation), its columns prefixed with
    CONVERSATION (all NULL when it has none). The locks are taken in the order
    of the separate statements: the claim, the resident's row, the
    conversation's (its SELECT ... FOR UPDATE waits for `arrived`, whose UPDATE
    has locked the resident's row by then). A row the lock waited for is read
    as the holder committed it (READ COMMITTED re-reads a locked row), as the
    separate statement read it."""
    claimed = claim_update_of(dialect, "claim_").cte("claimed")
    arrives = _arrives(unless_staff=unless_staff)
    arrived = arrives.where(exists(core_select(claimed.c.update_id))).cte("arrived")
    counted = core_select(func.count()).select_from(claimed).scalar_subquery()
    one = core_select(literal_column("1").label("one")).subquery("one")
    found = (
        core_select(counted.label("claimed"), *arrived.c)
        .select_from(one)
        .outerjoin(arrived, true())
    )
    if not lock:
        return found
    c = _conversation.c
    locked = (
        core_select(_conversation)
        .where(
            c.channel == bindparam("key_channel"),
            c.chat_id == bindparam("key_chat_id"),
            exists(core_select(arrived.c.id)),
        )
        .with_for_update(of=_conversation)
        .cte("locked")
    )
    found = found.add_columns(
        *(col.label(f"{CONVERSATION}{col.key}") for col in locked.c)
    ).outerjoin(locked, true())
    return found if extend is None else extend(found, arrived, locked)


def claimed_arrives_lock_and(dialect: str, extend: Any) -> Executable:
    """claimed_arrives_locked, its SELECT extended by `extend(select, arrived,
    locked)` (the CTEs: store.arrival_draft)."""
    return _claimed_arrives(dialect, unless_staff=False, lock=True, extend=extend)


@statement
def claimed_arrives(dialect: str) -> Executable:
    return _claimed_arrives(dialect, unless_staff=False)


@statement
def claimed_arrives_unless_staff(dialect: str) -> Executable:
    return _claimed_arrives(dialect, unless_staff=True)


@statement
def claimed_arrives_locked(dialect: str) -> Executable:
    """claimed_arrives and the conversation's lock (`lock`)."""
    return _claimed_arrives(dialect, unless_staff=False, lock=True)


@statement
def claimed_arrives_unless_staff_locked(dialect: str) -> Executable:
    """claimed_arrives_unless_staff and the conversation's lock (`lock`)."""
    return _claimed_arrives(dialect, unless_staff=True, lock=True)


def _by_chat(rows: Table) -> Executable:
    """The row of one chat (channel, chat_id) in a table keyed by chat."""
    return core_select(rows).where(
        rows.c.channel == bindparam("channel"), rows.c.chat_id == bindparam("chat_id")
    )


@statement
def find_resident(dialect: str) -> Executable:
    return _by_chat(_resident)


@statement
def insert_resident(dialect: str) -> Executable:
    """A new chat's resident; no row back when another transaction created it
    first (PostgreSQL waits for that one's commit)."""
    return (
        insert(dialect, _resident)
        .on_conflict_do_nothing(index_elements=["channel", "chat_id"])
        .returning(*_resident.c)
    )


_NEW_RESIDENT = ("channel", "chat_id", "user_id", "language", "created_at", "last_seen_at")


@statement
def insert_resident_unless_staff(dialect: str) -> Executable:
    """insert_resident, except in a staff chat (no row back then either):
    INSERT ... SELECT ... WHERE NOT EXISTS (staff). Parameters new_<column>
    (a parameter named like a column could be taken as that column's value)."""
    r, s = _resident.c, _staff.c
    chat = (
        bindparam("new_channel", type_=r.channel.type),
        bindparam("new_chat_id", type_=r.chat_id.type),
    )
    picked = core_select(
        *chat, *(bindparam(f"new_{name}", type_=r[name].type) for name in _NEW_RESIDENT[2:])
    ).where(~exists().where(s.channel == chat[0], s.chat_id == chat[1]))
    return (
        insert(dialect, _resident)
        .from_select(list(_NEW_RESIDENT), picked)
        .on_conflict_do_nothing(index_elements=["channel", "chat_id"])
        .returning(*_resident.c)
    )


@statement
def lock_conversation(dialect: str) -> Executable:
    """The chat's conversation row, locked (PostgreSQL: FOR UPDATE; SQLite holds
    the database's write lock from BEGIN IMMEDIATE)."""
    c = _conversation.c
    return (
        core_select(_conversation)
        .where(c.channel == bindparam("channel"), c.chat_id == bindparam("chat_id"))
        .with_for_update()
    )


@statement
def try_lock_conversation(dialect: str) -> Executable:
    c = _conversation.c
    return (
        core_select(_conversation)
        .where(c.channel == bindparam("channel"), c.chat_id == bindparam("chat_id"))
        .with_for_update(skip_locked=True)
    )


@statement
def insert_conversation(dialect: str) -> Executable:
    return (
        insert(dialect, _conversation)
        .on_conflict_do_nothing(index_elements=["channel", "chat_id"])
        .returning(*_conversation.c)
    )


@statement
def count_recent_concerns(dialect: str) -> Executable:
    c = _concern.c
    return (
        core_select(func.count())
        .select_from(_concern)
        .where(
            c.resident_id == bindparam("resident_id"),
            c.created_at >= bindparam("since", type_=c.created_at.type),
            c.status != Status.RATE_LIMITED.value,
        )
    )


@statement
def concerns_of(dialect: str) -> Executable:
    c = _concern.c
    return (
        core_select(_concern)
        .where(c.resident_id == bindparam("resident_id"))
        .order_by(c.created_at.desc(), c.id.desc())
        .limit(bindparam("limit"))
    )


@statement
def latest_answer(dialect: str) -> Executable:
    return latest_answer_select()


def latest_answer_select() -> Select[Any]:
    """The concern of staff's latest answer (/antwort) to the resident
    (`resident_id`) with that event's id, time and text (`event_id`, `event_at`,
    `event_note`), and
    whether the resident has replied to it since (`replied`) and filed a concern
    since that is neither urgent nor withdrawn (`newer`): one round trip."""
    c, e = _concern.c, _event.c
    later = _event.alias("later")
    newer = _concern.alias("newer")
    replied = exists().where(
        later.c.concern_id == c.id, later.c.kind == EventKind.REPLY.value, later.c.id > e.id
    )
    filed = exists().where(
        newer.c.resident_id == c.resident_id,
        newer.c.created_at > e.at,
        newer.c.urgent.is_(False),
        newer.c.status != Status.WITHDRAWN.value,
    )
    return (
        core_select(
            _concern,
            e.id.label("event_id"),
            e.at.label("event_at"),
            e.note.label("event_note"),
            replied.label("replied"),
            filed.label("newer"),
        )
        .select_from(_event.join(_concern, c.id == e.concern_id))
        .where(
            e.kind == EventKind.ANSWER.value,
            e.actor.is_not(None),
            e.actor != "resident",
            c.resident_id == bindparam("resident_id"),
        )
        .order_by(e.id.desc())
        .limit(1)
    )


@statement
def concern_by_id(dialect: str) -> Executable:
    return core_select(_concern).where(_concern.c.id == bindparam("id"))


@statement
def insert_concern(dialect: str) -> Executable:
    return _concern.insert().returning(_concern.c.id)


@statement
def insert_concern_with_reference(dialect: str) -> Executable:
    """PostgreSQL: INSERT a concern with its reference, which needs its id:
    the id is taken from the sequence in the statement (INSERT ... SELECT).
    Parameters: the columns except id and reference, and `prefix` ("ZH-2026-");
    the reference is the prefix and the id, at least six digits."""
    return _insert_concern_with_reference()


@statement
def insert_concern_with_consent(dialect: str) -> Executable:
    """PostgreSQL: insert_concern_with_reference and, in the same statement, the
    resident's consent (their first concern): `WITH consented AS (UPDATE
    resident SET consent_at ...)`. Parameters: insert_concern_with_reference's
    and `consented_at`. Written as text: a Core UPDATE there would also SET
    the resident's columns named like the concern's parameters (channel,
    language, created_at)."""
    consented = (
        text("UPDATE resident SET consent_at = :consented_at WHERE id = :resident_id RETURNING id")
        .bindparams(
            bindparam("consented_at", type_=_resident.c.consent_at.type),
            bindparam("resident_id", type_=_resident.c.id.type),
        )
        .columns(_resident.c.id)
        .cte("consented")
    )
    return _insert_concern_with_reference().add_cte(consented)


def _insert_concern_with_reference() -> Insert:
    c = _concern.c
    seq = func.pg_get_serial_sequence(_concern.name, "id")
    n = core_select(func.nextval(seq).label("id")).subquery("n")
    digits = cast(n.c.id, String)
    six: ColumnElement[int] = literal_column("6")
    zero: ColumnElement[str] = literal_column("'0'")
    reference = bindparam("prefix", type_=String) + func.lpad(
        digits, func.greatest(six, func.length(digits)), zero
    )
    names = [col.key for col in _concern.columns if col.key not in {"id", "reference"}]
    picked = core_select(
        n.c.id, reference, *(bindparam(name, type_=c[name].type) for name in names)
    )
    return (
        _concern.insert()
        .from_select(["id", "reference", *names], picked)
        .returning(c.id, c.reference)
    )


@statement
def insert_event(dialect: str) -> Executable:
    return _event.insert().returning(_event.c.id)


_EVENT_WITH_UPDATE: dict[tuple[str, ...], Executable] = {}


def event_with_update(names: tuple[str, ...]) -> Executable:
    """PostgreSQL, one round trip: the concern's changed columns `names`
    (rows.update_statement, parameters rows.key_params') and its audit event
    (INSERT ... RETURNING id, parameters ev_<column>: prefixed, since a
    parameter named like a column of the UPDATE's table would be SET there)."""
    found = _EVENT_WITH_UPDATE.get(names)
    if found is None:
        written = rows.update_statement(Concern, names)
        assert isinstance(written, Update)
        cte = written.returning(_concern.c.id).cte("written")
        e = _event.c
        values = {c: bindparam(f"ev_{c.key}", type_=c.type) for c in e if c.key != "id"}
        found = _event.insert().values(values).returning(e.id).add_cte(cte)
        _EVENT_WITH_UPDATE[names] = found
    return found


@statement
def find_staff(dialect: str) -> Executable:
    return _by_chat(_staff)


@statement
def alert_chats(dialect: str) -> Executable:
    s = _staff.c
    return (
        core_select(_staff)
        .where(s.office.in_(bindparam("offices", expanding=True)))
        .where(s.alerts.in_(bindparam("alerts", expanding=True)))
        .order_by(s.id)
    )
