"""The per-message path's statements, each built once per dialect (store.rows).

Every one reads or writes one table in one round trip; the repository runs them
with `rows.run` and turns their rows into the ORM's objects with `rows.attach`.
"""

from __future__ import annotations

from sqlalchemy import String, Table, bindparam, func, null
from sqlalchemy import select as core_select
from sqlalchemy.sql import Executable

from store.models import (
    Concern,
    Conversation,
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


@statement
def claim_update(dialect: str) -> Executable:
    """INSERT the update's id unless it is there: a row back the first time."""
    tbl = table(ProcessedUpdate)
    return (
        insert(dialect, tbl)
        .on_conflict_do_nothing(index_elements=["channel", "update_id"])
        .returning(tbl.c.update_id)
    )


@statement
def resident_arrives(dialect: str) -> Executable:
    """A resident's message: seen now, not blocked (writing again), and the
    language recognised in it, if any; the whole row back (none: not yet there).
    Parameters key_channel, key_chat_id, now, language (None: unchanged)."""
    r = _resident.c
    return (
        _resident.update()
        .where(r.channel == bindparam("key_channel"), r.chat_id == bindparam("key_chat_id"))
        .values(
            last_seen_at=bindparam("now", type_=r.last_seen_at.type),
            blocked_at=null(),
            language=func.coalesce(bindparam("language", type_=String), r.language),
        )
        .returning(*_resident.c)
    )


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
def insert_concern(dialect: str) -> Executable:
    return _concern.insert().returning(_concern.c.id)


@statement
def insert_event(dialect: str) -> Executable:
    return _event.insert().returning(_event.c.id)


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
