"""PostgreSQL connections broken under the pool (store.db, without
`pool_pre_ping`): one the server closed while it sat idle is replaced at
checkout without an error and without a round trip; one that breaks while in
use fails once, and `again_if_disconnected` runs the work again on a new one.
The connections are ended with pg_terminate_backend, as a server restart
ends them (the shared server stays up)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from bot.telegram.app import store_unreachable
from store.db import again_if_disconnected, make_engine

URL = os.environ.get("TEST_DATABASE_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="TEST_DATABASE_URL is not set")


@pytest.fixture
def pg() -> Iterator[Engine]:
    engine = make_engine(URL)
    yield engine
    engine.dispose()


def _libpq_url() -> str:
    return URL.replace("postgresql+psycopg://", "postgresql://")


def terminate(pid: int) -> None:
    """End a backend and wait until it is gone (it has sent its goodbye)."""
    with psycopg.connect(_libpq_url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        deadline = time.monotonic() + 10
        while admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone():
            assert time.monotonic() < deadline, "backend not gone"
            time.sleep(0.02)


def backend(engine: Engine) -> int:
    with engine.begin() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_no_ping_at_checkout(pg: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    pings: list[object] = []
    monkeypatch.setattr(pg.dialect, "do_ping", lambda conn: pings.append(conn) or True)
    first = backend(pg)
    for _ in range(5):
        assert backend(pg) == first  # the pooled connection, taken again
    assert pings == []


def test_a_connection_the_server_closed_in_the_pool_is_replaced_without_error(
    pg: Engine,
) -> None:
    first = backend(pg)
    terminate(first)
    second = backend(pg)  # no OperationalError: found closed at checkout
    assert second != first
    assert backend(pg) == second


def test_a_connection_broken_in_use_fails_once_then_runs_again(pg: Engine) -> None:
    backend(pg)  # one connection in the pool
    seen: list[int] = []
    failures: list[BaseException] = []

    def work() -> int:
        try:
            with pg.begin() as conn:
                pid = int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
                seen.append(pid)
                if len(seen) == 1:
                    terminate(pid)  # broken between two statements
                conn.execute(text("SELECT 1"))
                return pid
        except DBAPIError as exc:
            failures.append(exc)
            raise

    pid = again_if_disconnected(work)
    assert len(seen) == 2 and pid == seen[1] != seen[0]
    [failure] = failures
    assert isinstance(failure, DBAPIError) and failure.connection_invalidated
    # The dialog's failure on it is "store unreachable": its update is retried.
    assert store_unreachable(failure)
    assert backend(pg) == pid


def test_other_database_errors_are_not_run_again(pg: Engine) -> None:
    calls: list[int] = []

    def work() -> None:
        calls.append(1)
        with pg.begin() as conn:
            conn.execute(text("SELECT * FROM no_such_table_here"))

    with pytest.raises(ProgrammingError):
        again_if_disconnected(work)
    assert calls == [1]
