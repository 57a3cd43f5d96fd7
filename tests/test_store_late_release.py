"""store/late_release.py: a savepoint's RELEASE is held back until something
follows it in the transaction (sent first then, in order) and dropped by a
healthy COMMIT; a transaction that failed or ended meanwhile still fails its
commit. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from store.models import Resident


@contextmanager
def sent(engine: Engine) -> Iterator[list[str]]:
    """The statements sent meanwhile (first two words, upper case)."""
    seen: list[str] = []

    def record(_c: object, _cur: object, stmt: str, *_: object) -> None:
        seen.append(" ".join(stmt.split()[:2]).upper())

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _chats(engine: Engine) -> list[str]:
    with engine.connect() as c:
        return list(c.execute(text("SELECT chat_id FROM resident ORDER BY chat_id")).scalars())


def _resident(chat_id: str) -> Resident:
    return Resident(channel="telegram", chat_id=chat_id)


def test_a_savepoint_released_by_the_commit_sends_no_release(engine: Engine) -> None:
    """The dialog's kept text: a savepoint, writes after it, the session's commit:
    SAVEPOINT as before, no RELEASE, everything committed."""
    with sent(engine) as seen, Session(engine) as s:
        s.add(_resident("1"))
        s.flush()
        s.begin_nested()
        s.add(_resident("2"))
        s.commit()
    assert "SAVEPOINT SA_SAVEPOINT_1" in seen
    assert not [x for x in seen if x.startswith("RELEASE")]
    assert _chats(engine) == ["1", "2"]


def test_a_statement_after_the_release_sends_it_first(engine: Engine) -> None:
    with sent(engine) as seen, Session(engine) as s:
        s.add(_resident("1"))
        s.flush()
        outer = s.begin_nested()
        inner = s.begin_nested()
        s.add(_resident("2"))
        inner.commit()
        s.connection().execute(text("SELECT 1"))
        inner = s.begin_nested()
        s.add(_resident("3"))
        inner.commit()
        outer.rollback()  # undoes 2 and 3
        s.commit()
    assert seen[seen.index("SELECT 1") - 1] == "RELEASE SAVEPOINT"
    at = seen.index("ROLLBACK TO")
    assert seen[at - 1] == "RELEASE SAVEPOINT"  # 3's, before going back past it
    assert seen.count("RELEASE SAVEPOINT") == 2
    assert _chats(engine) == ["1"]


def test_a_transaction_ended_meanwhile_still_fails_its_commit(engine: Engine) -> None:
    """A transaction rolled back behind the session's back: pysqlite's and psycopg's
    commit() would do nothing and say nothing; the held RELEASE is sent and fails,
    as before."""
    with Session(engine) as s:
        s.add(_resident("1"))
        s.flush()
        s.begin_nested()
        s.add(_resident("2"))
        s.flush()
        s.connection().exec_driver_sql("ROLLBACK")
        with pytest.raises(DBAPIError):
            s.commit()
    assert _chats(engine) == []


def test_an_aborted_transaction_still_fails_its_commit(engine: Engine) -> None:
    """PostgreSQL: a statement failed after the savepoint and its error was
    swallowed: COMMIT would be answered with a silent ROLLBACK; the RELEASE is
    sent and fails, as before."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite: a failed statement does not abort the transaction")
    with Session(engine) as s:
        s.add(_resident("1"))
        s.flush()
        s.begin_nested()
        with pytest.raises(DBAPIError):
            s.connection().execute(text("SELECT 1 / 0"))
        with pytest.raises(DBAPIError):
            s.commit()
    assert _chats(engine) == []
