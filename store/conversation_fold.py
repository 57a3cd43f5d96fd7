"""PostgreSQL: the conversation's new state written in the reply's outbox INSERT.

Nearly every update saves the chat's conversation (one UPDATE) and then queues
its reply (one INSERT into the outbox), in the same transaction. On
PostgreSQL `save_conversation` holds the UPDATE back (`hold`) and the reply's
INSERT carries it: `WITH saved AS (UPDATE conversation ...) INSERT INTO outbox
... VALUES (...), (...)` (`enqueue_with_held`), one round trip instead of two.
SQLite has no data-modifying WITH: it writes at once, as before.

A held UPDATE never changes what anyone reads: the object already holds the
new values (as after the UPDATE), and the UPDATE is written before anything
else could read or write the row, or see the transaction's end:

- before any ORM flush (`before_flush`: a flush may change or delete the row;
  retention deletes it that way) and before the commit (`before_commit`: a
  transaction that queues no reply, or whose sink is not the outbox);
- before a statement on the conversation table (`write_held`: the
  repository's reads, locks and inserts of conversations);
- before a savepoint (`Ctx.commit`), so a rollback to it keeps what was saved
  before it; a save held since, which the rollback undoes, is dropped
  (`after_soft_rollback`: any rollback, to a savepoint or of the transaction);
- before another conversation's save (one held at a time; a second save of the
  same row replaces it: each writes state, data and updated_at).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, event, text
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.sql import Executable
from sqlmodel import Session

from store import rows
from store.models import Conversation, OutboxMessage

_HELD = "quartierbot.conversation_held"  # Session.info: (key params, names, values)
_OUTBOX: Table = rows.table(OutboxMessage)
_CONVERSATION: Table = rows.table(Conversation)
_FOLDED: dict[tuple[tuple[str, ...], tuple[str, ...], int], Executable] = {}


def hold(session: Session, conversation: Conversation, values: Mapping[str, Any]) -> bool:
    """Hold the UPDATE of `conversation` SET `values` (already its committed
    values) for the reply's INSERT; False on SQLite (write it now)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    params = rows.key_params(conversation, values)
    held = session.info.get(_HELD)
    if held is not None and {k: v for k, v in held[0].items() if k.startswith("pk_")} != {
        k: v for k, v in params.items() if k.startswith("pk_")
    }:
        write_held(session)  # another chat's conversation: written first
    session.info[_HELD] = (params, tuple(sorted(values)))
    return True


def write_held(session: OrmSession) -> None:
    """Write the held UPDATE now (no autoflush: also from inside a flush)."""
    held = session.info.pop(_HELD, None)
    if held is not None:
        params, names = held
        session.connection().execute(rows.update_statement(Conversation, names), params)


def enqueue_with_held(session: Session, messages: Sequence[Mapping[str, Any]]) -> bool:
    """INSERT the outbox rows `messages` (column -> value, the same columns each)
    with the held UPDATE in the same statement; False when none is held (the
    caller inserts them alone)."""
    held = session.info.get(_HELD)
    if held is None or not messages:
        return False
    params, names = held
    columns = tuple(messages[0])
    stmt = _folded(names, columns, len(messages))
    values = dict(params)
    for i, message in enumerate(messages):
        values.update({f"o{i}_{name}": message[name] for name in columns})
    session.connection().execute(stmt, values)
    session.info.pop(_HELD, None)
    return True


def _folded(names: tuple[str, ...], columns: tuple[str, ...], n: int) -> Executable:
    """WITH saved AS (UPDATE conversation SET names) INSERT INTO outbox (columns)
    VALUES n rows; parameters rows.key_params' and the rows' o<i>_<column>.
    Written as text, built once: SQLAlchemy compiles a multi-row Core INSERT
    anew at every execution (it has no cache key)."""
    found = _FOLDED.get((names, columns, n))
    if found is None:
        conv, out = _CONVERSATION.c, _OUTBOX.c
        keys = [c.key for c in _CONVERSATION.primary_key.columns]
        update = (
            f"UPDATE {_CONVERSATION.name} SET "
            + ", ".join(f"{name} = :v_{name}" for name in names)
            + " WHERE "
            + " AND ".join(f"{key} = :pk_{key}" for key in keys)
        )
        values = ", ".join(
            "(" + ", ".join(f":o{i}_{name}" for name in columns) + ")" for i in range(n)
        )
        names_sql = ", ".join(columns)
        sql = f"WITH saved AS ({update}) INSERT INTO {_OUTBOX.name} ({names_sql}) VALUES {values}"
        found = _FOLDED[(names, columns, n)] = text(sql).bindparams(
            *(bindparam(f"v_{name}", type_=conv[name].type) for name in names),
            *(bindparam(f"pk_{key}", type_=conv[key].type) for key in keys),
            *(
                bindparam(f"o{i}_{name}", type_=out[name].type)
                for i in range(n)
                for name in columns
            ),
        )
    return found


@event.listens_for(OrmSession, "before_flush")
def _before_flush(session: OrmSession, context: Any, instances: Any) -> None:
    if _HELD in session.info:
        write_held(session)


@event.listens_for(OrmSession, "before_commit")
def _before_commit(session: OrmSession) -> None:
    if _HELD in session.info:
        write_held(session)


@event.listens_for(OrmSession, "after_soft_rollback")
def _after_rollback(session: OrmSession, previous_transaction: Any) -> None:
    session.info.pop(_HELD, None)  # undone with what the transaction (or savepoint) did
