"""Transactions under concurrency: update claims roll back with their message,
SQLite waits instead of failing, simultaneous first messages of one chat, and
migrations started by several processes at once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, text
from sqlmodel import SQLModel, select

from store import repository as repo
from store.db import alembic_config, make_engine, session_scope, upgrade
from store.models import Concern, Conversation, Resident
from tests.threads import run_threads

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("TEST_DATABASE_URL")
needs_pg = pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL not set")


def _reset_postgres(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        SQLModel.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture
def file_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'quartierbot.sqlite3'}")
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite-file", *(["postgresql"] if PG_URL else [])])
def shared_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated database that several threads (each with its own connection) share."""
    if request.param == "postgresql":
        assert PG_URL is not None
        _reset_postgres(PG_URL)
        engine = make_engine(PG_URL)
    else:
        engine = make_engine(f"sqlite:///{tmp_path / 'shared.sqlite3'}")
    upgrade(engine)
    yield engine
    engine.dispose()


# -- 1. a claim belongs to its transaction ------------------------------------------


def test_a_failed_message_releases_its_update_claim(engine: Engine) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as s:
        assert repo.claim_update(s, channel="telegram", update_id=500)
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="c1", user_id=None)
        repo.create_concern(s, resident=resident, text="Laterne flackert")
        raise RuntimeError("the message failed")
    with session_scope(engine) as s:
        # The redelivered update is handled, and nothing of the failed attempt stayed.
        assert repo.claim_update(s, channel="telegram", update_id=500)
        assert s.exec(select(func.count()).select_from(Concern)).one() == 0
        assert repo.find_resident(s, channel="telegram", chat_id="c1") is None
    with session_scope(engine) as s:
        assert not repo.claim_update(s, channel="telegram", update_id=500)


def test_a_claim_rolls_back_with_a_savepoint_too(engine: Engine) -> None:
    with session_scope(engine) as s:
        nested = s.begin_nested()
        assert repo.claim_update(s, channel="telegram", update_id=501)
        nested.rollback()
        assert repo.claim_update(s, channel="telegram", update_id=501)


# -- 3. SQLite file: WAL, busy timeout, waiting writers -----------------------------


def test_sqlite_file_uses_wal_and_a_long_busy_timeout(file_engine: Engine) -> None:
    with file_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_sqlite_writer_waits_for_a_running_write_instead_of_failing(file_engine: Engine) -> None:
    holding = threading.Event()
    done_at: dict[str, float] = {}

    def purge_like(_: int) -> None:
        with session_scope(file_engine) as s:
            resident = repo.get_or_create_resident(s, channel="t", chat_id="a", user_id=None)
            repo.create_concern(s, resident=resident, text="eins")
            holding.set()
            time.sleep(1.0)
        done_at["holder"] = time.monotonic()

    def message(_: int) -> None:
        assert holding.wait(10)
        with session_scope(file_engine) as s:
            resident = repo.get_or_create_resident(s, channel="t", chat_id="b", user_id=None)
            repo.create_concern(s, resident=resident, text="zwei")
        done_at["message"] = time.monotonic()

    errors = run_threads(2, lambda i: (purge_like, message)[i](i))
    assert errors == []
    assert done_at["message"] >= done_at["holder"] - 0.05  # it waited, then wrote
    with session_scope(file_engine) as s:
        assert s.exec(select(func.count()).select_from(Concern)).one() == 2


# -- 4. simultaneous first messages of one chat -------------------------------------


def _first_messages(engine: Engine, n: int) -> None:
    """n messages of one new chat at once: the first holds its transaction open
    while the others start; each counts in the conversation data under the lock."""
    started = threading.Event()

    def message(i: int) -> None:
        if i > 0:
            assert started.wait(10)
        with session_scope(engine) as s:
            resident = repo.get_or_create_resident(
                s, channel="telegram", chat_id="new-chat", user_id="u"
            )
            conv = repo.lock_conversation(s, channel="telegram", chat_id="new-chat")
            seen = int(conv.data.get("n", 0))
            repo.create_concern(s, resident=resident, text=f"Nachricht {i}")
            if i == 0:
                started.set()
                time.sleep(0.5)  # the others reach their inserts meanwhile
            else:
                time.sleep(0.02)
            repo.save_conversation(s, conversation=conv, state="idle", data={"n": seen + 1})

    assert run_threads(n, message) == []
    with session_scope(engine) as s:
        residents = list(s.exec(select(Resident).where(Resident.chat_id == "new-chat")))
        assert len(residents) == 1
        assert len(list(s.exec(select(Conversation)))) == 1
        concerns = list(s.exec(select(Concern)))
        assert len(concerns) == n
        assert {c.resident_id for c in concerns} == {residents[0].id}
        conv = repo.get_conversation(s, channel="telegram", chat_id="new-chat")
        assert conv.data == {"n": n}  # no update lost: the lock serialised them


@needs_pg
def test_eight_first_messages_of_one_chat_on_postgres() -> None:
    assert PG_URL is not None
    _reset_postgres(PG_URL)
    engine = make_engine(PG_URL)
    upgrade(engine)
    try:
        _first_messages(engine, 8)
    finally:
        engine.dispose()


def test_two_first_messages_of_one_chat_on_sqlite_file(file_engine: Engine) -> None:
    _first_messages(file_engine, 2)


def test_lock_conversation_waits_for_the_holder_and_reads_its_state(
    shared_engine: Engine,
) -> None:
    with session_scope(shared_engine) as s:
        repo.get_conversation(s, channel="telegram", chat_id="x")
    locked = threading.Event()
    released_at: dict[str, float] = {}
    seen: dict[str, object] = {}

    def holder(_: int) -> None:
        with session_scope(shared_engine) as s:
            conv = repo.lock_conversation(s, channel="telegram", chat_id="x")
            locked.set()
            time.sleep(0.5)
            repo.save_conversation(s, conversation=conv, state="await_place", data={"k": 1})
            released_at["holder"] = time.monotonic()

    def second(_: int) -> None:
        assert locked.wait(10)
        with session_scope(shared_engine) as s:
            conv = repo.lock_conversation(s, channel="telegram", chat_id="x")
            released_at["second"] = time.monotonic()
            seen["state"], seen["data"] = conv.state, conv.data

    assert run_threads(2, lambda i: (holder, second)[i](i)) == []
    assert released_at["second"] >= released_at["holder"]
    assert seen == {"state": "await_place", "data": {"k": 1}}


# -- 5. migrations started by several processes at once -----------------------------


def _concurrent_upgrades(url: str, n: int) -> None:
    barrier = threading.Barrier(n)

    def start_up(_: int) -> None:
        engine = make_engine(url)  # one engine per "process"
        try:
            barrier.wait(10)
            upgrade(engine)
        finally:
            engine.dispose()

    assert run_threads(n, start_up) == []


def _schema_is_at_head(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
            head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
            assert [tuple(v) for v in versions] == [(head,)]
            conn.execute(text("SELECT count(*) FROM concern")).one()
    finally:
        engine.dispose()


UPGRADE_SCRIPT = """
import sys, time
from store.db import make_engine, upgrade
engine = make_engine(sys.argv[1])
while time.time() < float(sys.argv[2]):
    time.sleep(0.005)
upgrade(engine)
"""


def _upgrades_in_processes(url: str, n: int) -> None:
    """n processes start at the same moment and each runs the start-up upgrade."""
    start = time.time() + 3.0  # after all of them have imported
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", UPGRADE_SCRIPT, url, str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    results = [p.communicate(timeout=90) for p in procs]
    assert [p.returncode for p in procs] == [0] * n, [err[-2000:] for _, err in results]
    _schema_is_at_head(url)


@needs_pg
def test_concurrent_upgrades_of_a_fresh_postgres_database() -> None:
    assert PG_URL is not None
    _reset_postgres(PG_URL)
    _concurrent_upgrades(PG_URL, 4)
    _schema_is_at_head(PG_URL)


@needs_pg
def test_upgrades_from_several_processes_on_postgres() -> None:
    assert PG_URL is not None
    _reset_postgres(PG_URL)
    _upgrades_in_processes(PG_URL, 3)


def test_concurrent_upgrades_of_a_fresh_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    _concurrent_upgrades(url, 4)
    _schema_is_at_head(url)


def test_upgrades_from_several_processes_on_sqlite_file(tmp_path: Path) -> None:
    _upgrades_in_processes(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", 3)
