"""Residents' texts and chat ids never reach logs or exception messages, even
with SQLAlchemy logging at DEBUG and a failing statement that carries them."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session, select

from store import repository as repo
from store.db import make_engine, session_scope, upgrade
from store.models import Concern, Resident

TEXT = "Geheimtext-Q7ZX am Idaplatz"
CHAT = "chat-918273645"
MARKERS = ("Geheimtext-Q7ZX", "918273645")


def _formatted(record: logging.LogRecord) -> str:
    parts = [record.getMessage(), repr(record.args)]
    if record.exc_info:
        parts.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(parts)


def _assert_clean(caplog: pytest.LogCaptureFixture, exc: BaseException) -> None:
    assert caplog.records, "SQLAlchemy logged nothing: the test would prove nothing"
    for record in caplog.records:
        for marker in MARKERS:
            assert marker not in _formatted(record), record.name
    shown = "".join(traceback.format_exception(exc))
    for marker in MARKERS:
        assert marker not in str(exc)
        assert marker not in shown


def _seed(engine: Engine) -> int:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id=CHAT, user_id=CHAT)
        return repo.create_concern(s, resident=resident, text=TEXT).id or 0


def _duplicate_resident(s: Session) -> None:
    s.add(Resident(channel="telegram", chat_id=CHAT, user_id=CHAT))
    s.flush()


def _concern_without_channel(s: Session) -> None:
    s.add(Concern(channel=None, text=TEXT, photos=[CHAT]))  # type: ignore[arg-type]  # NOT NULL
    s.flush()


def _concern_of_nobody(s: Session) -> None:
    s.add(Concern(channel=CHAT, text=TEXT, resident_id=987654))  # foreign key violated
    s.flush()


FAILURES: list[Callable[[Session], None]] = [
    _duplicate_resident,
    _concern_without_channel,
    _concern_of_nobody,
]


@pytest.mark.parametrize("fail", FAILURES, ids=lambda f: f.__name__)
def test_failed_statements_keep_resident_data_out_of_logs_and_errors(
    engine: Engine, caplog: pytest.LogCaptureFixture, fail: Callable[[Session], None]
) -> None:
    concern_id = _seed(engine)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    with pytest.raises(IntegrityError) as info, session_scope(engine) as s:
        # Rows with the markers are read (DEBUG logs result rows) ...
        assert repo.get_concern(s, concern_id).text == TEXT
        assert repo.find_resident(s, channel="telegram", chat_id=CHAT) is not None
        assert len(list(s.exec(select(Concern)))) == 1
        # ... and then a statement carrying them fails.
        fail(s)
    _assert_clean(caplog, info.value)


def test_a_locked_database_error_holds_no_resident_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite:///{tmp_path / 'locked.sqlite3'}"
    engine = make_engine(url, busy_timeout_ms=50)
    upgrade(engine)
    _seed(engine)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    other = make_engine(url, busy_timeout_ms=50)
    try:
        with session_scope(engine) as holder:
            repo.get_or_create_resident(holder, channel="telegram", chat_id="x", user_id=None)
            with pytest.raises(OperationalError) as info, session_scope(other) as s:
                resident = repo.get_or_create_resident(
                    s, channel="telegram", chat_id=CHAT, user_id=CHAT
                )
                repo.create_concern(s, resident=resident, text=TEXT)
    finally:
        other.dispose()
        engine.dispose()
    assert "locked" in str(info.value)
    _assert_clean(caplog, info.value)


def test_errors_keep_their_kind_and_statement(engine: Engine) -> None:
    """Scrubbing keeps what operators need: the error class, the constraint and
    the SQL with placeholders."""
    _seed(engine)
    with pytest.raises(DBAPIError) as info, session_scope(engine) as s:
        _duplicate_resident(s)
    message = str(info.value)
    assert "IntegrityError" in message or "UniqueViolation" in message
    assert "INSERT INTO resident" in message
    assert "hidden" in message  # SQLAlchemy's note instead of the parameters


def test_connection_errors_keep_their_message() -> None:
    """Only statement errors are cut short: a refused connection still says why."""
    engine = make_engine("postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2")
    try:
        with pytest.raises(OperationalError) as info, engine.connect():
            pass
    finally:
        engine.dispose()
    assert "127.0.0.1" in str(info.value)
