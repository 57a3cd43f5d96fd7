"""A button's concern read in the arrival's statement.

A pressed button names its concern ("ok:123"); the dialog reads it first of
all (`store.concerns.own_concern`, 0.66 statements per update in the dialog bench).
The arrival reads it in the statement that already locks the conversation, and
attaches it to the session, so `own_concern` finds it there without SQL.

- PostgreSQL (`claimed_arrives_locked_draft`): one more CTE in
  `statements.claimed_arrives_locked`, `draft AS (SELECT concern ... WHERE id =
  :draft_id AND resident_id IN (arrived) AND EXISTS (locked) FOR NO KEY UPDATE
  OF concern)`. The statement's snapshot is taken before it waits for the
  conversation's lock; the concern row is locked so that it is read as its
  last writer committed it (READ COMMITTED re-reads a row it locks after a
  wait, as it does the conversation's), not as the snapshot had it: the
  update before it of the same chat (another replica) may have changed it.
  The EXISTS takes that lock after the conversation's (the order of the
  statements it replaces: the dialog writes the concern after locking the
  conversation). FOR NO KEY UPDATE is the lock the dialog's UPDATE of the row
  takes anyway; it leaves FOR KEY SHARE (an audit event's foreign key) free.
  Only the resident's own concern is locked (another's id: no row, no lock).
- SQLite (`lock_conversation`): the conversation's SELECT joins the concern
  (the transaction holds the database's write lock from BEGIN IMMEDIATE:
  nobody writes in between).

No row back (no such concern, someone else's, or no conversation row yet):
nothing attached, `own_concern` reads it as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, bindparam, exists, true
from sqlalchemy import select as core_select
from sqlalchemy.sql import Executable
from sqlmodel import Session

from store import recent, rows
from store import statements as sql
from store.models import Concern, Conversation, Resident


@dataclass(frozen=True, slots=True)
class Arrival:
    """A message's arrival (`store.arrival.arrive`): `claimed` False is a repeat
    delivery (nothing else done); `resident` None a staff chat's words (left
    alone); `conversation` the chat's conversation, locked (asked for with
    `lock`, and there is a resident)."""

    claimed: bool
    resident: Resident | None
    conversation: Conversation | None = None


def arrived(session: Session, resident: Resident, conversation: Conversation | None) -> Arrival:
    """A claimed arrival of `resident`; with their conversation locked, the
    transaction holds their chat (store.recent.locked)."""
    if conversation is not None:
        recent.locked(session, resident)
    return Arrival(True, resident, conversation)


DRAFT = "draft_"  # the concern's columns in the row, prefixed
_HELD = "quartierbot.arrival_draft"  # Session.info: the concern attached
_concern: Table = rows.table(Concern)
_conversation: Table = rows.table(Conversation)


def _add_draft(found: Any, arrived: Any, locked: Any) -> Any:
    """claimed_arrives_locked's SELECT and the draft CTE, outer-joined."""
    c = _concern.c
    draft = (
        core_select(_concern)
        .where(
            c.id == bindparam("draft_id", type_=c.id.type),
            c.resident_id.in_(core_select(arrived.c.id)),
            exists(core_select(locked.c.chat_id)),
        )
        .with_for_update(of=_concern, key_share=True)
        .cte("draft")
    )
    labelled = (col.label(f"{DRAFT}{col.key}") for col in draft.c)
    return found.add_columns(*labelled).outerjoin(draft, true())


@rows.statement
def claimed_arrives_locked_draft(dialect: str) -> Executable:
    """PostgreSQL: claimed_arrives_locked and the concern `draft_id`, locked."""
    return sql.claimed_arrives_lock_and(dialect, _add_draft)


@rows.statement
def _lock_conversation_draft(dialect: str) -> Executable:
    """SQLite: lock_conversation's row and the resident's concern `draft_id`."""
    c, k = _conversation.c, _concern.c
    joined = and_(
        k.id == bindparam("draft_id", type_=k.id.type),
        k.resident_id == bindparam("resident_id", type_=k.resident_id.type),
    )
    return (
        core_select(_conversation, *(col.label(f"{DRAFT}{col.key}") for col in k))
        .select_from(_conversation.outerjoin(_concern, joined))
        .where(c.channel == bindparam("channel"), c.chat_id == bindparam("chat_id"))
    )


def lock_conversation(
    session: Session, key: dict[str, str], resident_id: int, draft_id: int
) -> rows.Row | None:
    """SQLite: the chat's conversation row (None: none yet), the concern
    `draft_id` attached when it is the resident's. Not on PostgreSQL: a row
    joined to a lock that waited is the snapshot's (the arrival's statement
    locks it instead)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    params = {**key, "resident_id": resident_id, "draft_id": draft_id}
    values = rows.run(session, _lock_conversation_draft(session), params).mappings().first()
    if values is not None:
        attach(session, values)
    return values


def attach(session: Session, values: rows.Row) -> None:
    """The concern in the arrival's row, if any, attached to the session and
    held there (the identity map holds its objects weakly: nothing else refers
    to it until `own_concern` asks)."""
    if values.get(f"{DRAFT}id") is not None:
        found = {name: values[f"{DRAFT}{name}"] for name in rows.columns(Concern)}
        session.info[_HELD] = rows.attach(session, Concern, found, refresh=True)
