"""A chat's dialog state (the conversation row): read, locked, saved. A save
that changes nothing writes nothing; on PostgreSQL a save rides in the reply's
outbox INSERT (store.conversation_fold)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm.attributes import instance_state
from sqlmodel import Session, select

from store import conversation_fold, rows
from store import statements as sql
from store.models import Conversation, utcnow


def _insert_conversation(session: Session, *, channel: str, chat_id: str) -> None:
    rows.insert_missing(
        session,
        Conversation,
        ("channel", "chat_id"),
        channel=channel,
        chat_id=chat_id,
        state="idle",
        data={},
        updated_at=utcnow(),
    )


def get_conversation(session: Session, *, channel: str, chat_id: str) -> Conversation:
    """The chat's dialog state, created idle (no lock; see lock_conversation)."""
    conversation_fold.write_held(session)
    conv = session.get(Conversation, (channel, chat_id))
    if conv is None:
        _insert_conversation(session, channel=channel, chat_id=chat_id)
        conv = session.exec(
            select(Conversation).where(
                Conversation.channel == channel, Conversation.chat_id == chat_id
            )
        ).one()
    return conv


def lock_conversation(
    session: Session, *, channel: str, chat_id: str, new: bool = False
) -> Conversation:
    """The chat's dialog state, created if missing, locked until the transaction
    ends: a second message of the same chat waits here for the first one's
    commit and then reads its state. PostgreSQL: SELECT ... FOR UPDATE. SQLite:
    every transaction holds the write lock from BEGIN IMMEDIATE (store.db).
    A missing row is inserted (and so held) by this transaction; when another
    one inserted it first, PostgreSQL waits for its commit and it is locked.
    `new`: the chat is likely to have none (its resident was created just now,
    `fresh`): the INSERT is tried first, the SELECT only when a row is there."""
    conversation_fold.write_held(session)
    key = {"channel": channel, "chat_id": chat_id}
    values = None
    if not new:
        values = rows.run(session, sql.lock_conversation(session), key).mappings().first()
    if values is None:
        created = {**key, "state": "idle", "data": {}, "updated_at": utcnow()}
        values = rows.run(session, sql.insert_conversation(session), created).mappings().first()
    if values is None:
        values = rows.run(session, sql.lock_conversation(session), key).mappings().one()
    return loaded(session, values)


# A conversation's state and data as last read or written, to leave out writes
# that change nothing (kept on the object's ORM state).
_SAVED = "quartierbot.saved"
# ... except that updated_at (retention's idle clock, counted in days) is
# brought forward when it is older than this.
TOUCH_AFTER = timedelta(hours=1)


def loaded(session: Session, values: rows.Row) -> Conversation:
    conv = rows.attach(session, Conversation, values, refresh=True)
    _remember(conv, values["state"], values["data"], values["updated_at"])
    return conv


def _remember(conv: Conversation, state: str, data: Any, at: datetime) -> None:
    text = json.dumps(data, sort_keys=True, default=str)
    instance_state(conv).info[_SAVED] = (state, text, at if at.tzinfo else at.replace(tzinfo=UTC))


def save_conversation(
    session: Session, *, conversation: Conversation, state: str, data: dict[str, Any]
) -> None:
    """The chat's new dialog state: one UPDATE, or none when state and data are
    what the row holds and it was written within TOUCH_AFTER."""
    data = dict(data)  # a new object: the caller may change its own afterwards
    if not rows.persistent(conversation):
        conversation.state, conversation.data = state, data
        conversation.updated_at = utcnow()
        session.add(conversation)
        session.flush()
        return
    now = utcnow()
    saved = instance_state(conversation).info.get(_SAVED)
    text = json.dumps(data, sort_keys=True, default=str)
    if saved is not None and saved[:2] == (state, text) and now - saved[2] < TOUCH_AFTER:
        rows.committed(conversation, {"state": state, "data": data})
        return
    values = {"state": state, "data": data, "updated_at": now}
    if conversation_fold.hold(session, conversation, values):  # PostgreSQL: in the reply's INSERT
        rows.committed(conversation, values)
    else:
        rows.update_by_key(session, conversation, values)
    instance_state(conversation).info[_SAVED] = (state, text, now)


def try_lock_conversation(session: Session, *, channel: str, chat_id: str) -> Conversation | None:
    """The chat's dialog state locked, without waiting: None when the chat has
    none or another transaction holds it (PostgreSQL: FOR UPDATE SKIP LOCKED).
    For maintenance, which already holds concern rows (stale_drafts,
    held_concerns) and must not wait for a message that may want those rows:
    on None, skip the concern this round."""
    conversation_fold.write_held(session)
    key = {"channel": channel, "chat_id": chat_id}
    values = rows.run(session, sql.try_lock_conversation(session), key).mappings().first()
    return None if values is None else loaded(session, values)
