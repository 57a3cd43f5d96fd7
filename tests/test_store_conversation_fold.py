"""PostgreSQL: the conversation's save written in the reply's outbox INSERT
(store/conversation_fold.py), and never later than anything that could tell:
another statement on the row, an ORM flush, a savepoint, the commit. A rollback
drops it. SQLite writes at once, as before; both end with the same rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, text
from sqlmodel import Session, select

from bot.dialog.context import Ctx
from store import outbox
from store import repository as repo
from store.db import session_scope
from store.models import Conversation, OutboxMessage


@contextmanager
def writes(engine: Engine) -> Iterator[list[str]]:
    """The writes run meanwhile (first three words, no values)."""
    seen: list[str] = []

    def record(_c: object, _cur: object, stmt: str, *_: object) -> None:
        words = stmt.split()
        if words[0] in {"INSERT", "UPDATE", "DELETE", "WITH"}:
            seen.append(" ".join(words[:3]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _reply(chat_id: str, text_: str) -> dict[str, Any]:
    return {"channel": "telegram", "chat_id": chat_id, "kind": "reply", "text": text_}


def _row(engine: Engine, chat_id: str) -> tuple[str, dict[str, Any]]:
    with engine.connect() as c:
        found = c.execute(
            text("SELECT state, data FROM conversation WHERE chat_id = :c"), {"c": chat_id}
        ).one()
    data = found[1] if isinstance(found[1], dict) else json.loads(found[1])
    return str(found[0]), data


def _new(engine: Engine, chat_id: str) -> None:
    with session_scope(engine) as s:
        repo.lock_conversation(s, channel="telegram", chat_id=chat_id)


def test_the_save_rides_in_the_reply_s_insert(engine: Engine) -> None:
    _new(engine, "f1")
    with writes(engine) as seen, session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="f1")
        repo.save_conversation(s, conversation=conv, state="await_place", data={"concern_id": 7})
        outbox.enqueue_many(s, [_reply("f1", "Wo genau?"), _reply("f1", "Danke")])
    if engine.dialect.name == "postgresql":
        assert seen == ["WITH saved AS"]  # one statement for both
    else:
        assert seen == ["UPDATE conversation SET", "INSERT INTO outbox"]
    assert _row(engine, "f1") == ("await_place", {"concern_id": 7})
    with Session(engine) as s:
        queued = s.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all()  # type: ignore[arg-type]
        assert [(m.chat_id, m.text, m.status) for m in queued] == [
            ("f1", "Wo genau?", "pending"),
            ("f1", "Danke", "pending"),
        ]


def test_a_held_save_is_written_at_the_commit_without_a_reply(engine: Engine) -> None:
    _new(engine, "f2")
    with session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="f2")
        repo.save_conversation(s, conversation=conv, state="await_place", data={"a": 1})
    assert _row(engine, "f2") == ("await_place", {"a": 1})


def test_a_held_save_is_written_before_the_row_is_read_again(engine: Engine) -> None:
    _new(engine, "f3")
    with session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="f3")
        repo.save_conversation(s, conversation=conv, state="await_place", data={"a": 2})
        # reads the row and sets the object to it: the save must be there
        again = repo.lock_conversation(s, channel="telegram", chat_id="f3")
        assert (again.state, again.data) == ("await_place", {"a": 2})
        assert repo.get_conversation(s, channel="telegram", chat_id="f3").state == "await_place"


def test_a_held_save_is_written_before_an_orm_flush(engine: Engine) -> None:
    _new(engine, "f4")
    _new(engine, "f5")
    with writes(engine) as seen, session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="f4")
        other = repo.lock_conversation(s, channel="telegram", chat_id="f5")
        repo.save_conversation(s, conversation=conv, state="await_place", data={"a": 3})
        s.delete(other)  # an ORM write after the save: the save goes first
        s.flush()
        s.delete(conv)  # and the saved row itself, deleted after its save
        s.flush()
    assert seen[0] == "UPDATE conversation SET" and seen.count("DELETE FROM conversation") == 2
    with Session(engine) as s:
        assert s.get(Conversation, ("telegram", "f4")) is None


def test_two_chats_saved_in_one_transaction_are_both_written(engine: Engine) -> None:
    _new(engine, "f6")
    _new(engine, "f7")
    with session_scope(engine) as s:
        one = repo.lock_conversation(s, channel="telegram", chat_id="f6")
        two = repo.lock_conversation(s, channel="telegram", chat_id="f7")
        repo.save_conversation(s, conversation=one, state="await_place", data={"n": 6})
        repo.save_conversation(s, conversation=two, state="await_topic", data={"n": 7})
        outbox.enqueue_many(s, [_reply("f7", "x")])
    assert _row(engine, "f6") == ("await_place", {"n": 6})
    assert _row(engine, "f7") == ("await_topic", {"n": 7})


def test_a_rollback_to_the_kept_point_drops_the_save_made_after_it(engine: Engine) -> None:
    """The dialog keeps the resident's text with a savepoint (Ctx.commit) and goes
    back to it when a later step fails: the state saved before the savepoint
    stays, the one saved after it goes, as when each save was written at once."""
    _new(engine, "f8")
    with session_scope(engine) as s:
        resident = repo.resident_writes(s, channel="telegram", chat_id="f8", user_id="u")
        conv = repo.lock_conversation(s, channel="telegram", chat_id="f8")
        repo.save_conversation(s, conversation=conv, state="await_place", data={"kept": 1})
        ctx = Ctx(s, resident, conv)
        ctx.commit()
        repo.save_conversation(s, conversation=conv, state="await_topic", data={"lost": 1})
        assert ctx.kept is not None
        ctx.kept.rollback()
        outbox.enqueue_many(s, [_reply("f8", "Entschuldigung")])
    assert _row(engine, "f8") == ("await_place", {"kept": 1})


def test_a_rolled_back_save_is_not_written_by_the_next_transaction(engine: Engine) -> None:
    _new(engine, "f9")
    with Session(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="f9")
        repo.save_conversation(s, conversation=conv, state="await_place", data={"gone": 1})
        s.rollback()
        repo.lock_conversation(s, channel="telegram", chat_id="f9")
        s.commit()
    assert _row(engine, "f9") == ("idle", {})
