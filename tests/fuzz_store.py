"""The store for the fuzz tests (tests/test_fuzz_updates.py, tests/test_fuzz_faults.py):
a seed of three residents' concerns and three staff chats, built once through
the real dialog, copied afresh for every example (an SQLite file; PostgreSQL
tables refilled when TEST_DATABASE_URL is set), and snapshots of the rows the
checks compare.

FUZZ_EXAMPLES (environment) scales the number of examples (the tests are
derandomized, so CI sees the same examples every time; FUZZ_EXPLORE=1 draws new
ones, FUZZ_SHRINK=1 shrinks a failure). Run with -s for the counts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy import select as sql_select
from sqlalchemy import text as sql
from sqlmodel import SQLModel, select

from bot.dialog import Dialog
from bot.settings import Settings
from nlp.classifier import ConcernClassifier
from store.db import make_engine, session_scope, upgrade
from store.models import Concern, Conversation, OutboxMessage, Resident, Role, RoutingEvent
from store.models import StaffMember as Member
from store.staff import add_staff
from tests import fuzz_strategies as fs
from tests.chat import Chat
from tests.conftest import DATABASES, _fresh_postgres

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "120"))
MIN_STEPS, MAX_STEPS = 6, 24  # updates per example
COUNTS: Counter[str] = Counter()  # what the run drove (printed with -s)
REFERENCE = re.compile(r"ZH-\d{4}-\d{6}", re.IGNORECASE)
WORD = re.compile(r"[^\W_]{5,}")  # content words (connectors may be dropped when split)


def fuzz_settings(url: str) -> Settings:
    return Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]


# -- the seeded store, built once -------------------------------------------------


@dataclass
class Seed:
    path: Path
    references: dict[int, set[str]]  # resident chat -> their references


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory, classifier: ConcernClassifier) -> Seed:
    """Three residents, each with a forwarded concern (with their marker word)
    and a draft at the confirmation; three staff chats (staff, coordinator, admin)."""
    path = tmp_path_factory.mktemp("fuzz") / "seed.sqlite3"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    upgrade(engine)
    dialog = Dialog(engine=engine, classifier=classifier, settings=fuzz_settings(url))
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id="900", office="erz", role=Role.STAFF)
        add_staff(
            s, channel="telegram", chat_id="902", office="qk_kreise_3_4_5", role=Role.COORDINATOR
        )
        add_staff(
            s, channel="telegram", chat_id="904", office="qk_uto_zuerichberg", role=Role.ADMIN
        )
    for person in fs.RESIDENTS:
        chat = Chat(dialog, str(person.user_id))
        first, second = fs.SEED_TEXTS[person.user_id]
        chat.say(first)
        confirm = [b for b in chat.buttons if b.data.startswith("ok:")]
        assert confirm, chat.text
        chat.press(confirm[0].label)
        chat.say(second)
    references: dict[int, set[str]] = {}
    with session_scope(engine) as s:
        for person in fs.RESIDENTS:
            resident = s.exec(select(Resident).where(Resident.chat_id == str(person.user_id))).one()
            own = s.exec(select(Concern).where(Concern.resident_id == resident.id)).all()
            references[person.user_id] = {c.reference for c in own if c.reference}
            assert any(person.marker in (c.text or "") for c in own)
    assert all(len(refs) == 2 for refs in references.values()), references
    engine.dispose()  # checkpoints the WAL into the file
    return Seed(path, references)


class Store:
    """A fresh copy of the seeded store for every example: the SQLite file copied,
    or (with TEST_DATABASE_URL) the PostgreSQL tables emptied and refilled."""

    def __init__(self, seed: Seed, kind: str, workdir: Path) -> None:
        self.seed, self.kind, self.workdir = seed, kind, workdir
        self.pg: Engine | None = None
        if kind == "postgresql":
            self.pg = _fresh_postgres(os.environ["TEST_DATABASE_URL"])
            upgrade(self.pg)

    def fresh(self) -> tuple[Engine, str]:
        if self.pg is not None:
            self._refill(self.pg)
            return self.pg, os.environ["TEST_DATABASE_URL"]
        path = self.workdir / "fuzz.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.seed.path, path)
        url = f"sqlite:///{path}"
        return make_engine(url), url

    def done(self, engine: Engine) -> None:
        if engine is not self.pg:
            engine.dispose()

    def close(self) -> None:
        if self.pg is not None:
            self.pg.dispose()

    def _refill(self, pg: Engine) -> None:
        source = make_engine(f"sqlite:///{self.seed.path}")
        tables = SQLModel.metadata.sorted_tables
        with source.connect() as src, pg.begin() as dst:
            names = ", ".join(f'"{t.name}"' for t in tables)
            dst.execute(sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            for table in tables:
                rows = [dict(r._mapping) for r in src.execute(table.select())]
                if rows:
                    dst.execute(table.insert(), rows)
                if "id" in table.c and rows:
                    dst.execute(
                        sql(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :n)"),
                        {"n": max(int(r["id"]) for r in rows)},
                    )
        source.dispose()


@pytest.fixture(scope="module")
def sqlite_store(seed: Seed, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    made = Store(seed, "sqlite", tmp_path_factory.mktemp("fuzz-run"))
    yield made
    made.close()


@pytest.fixture(scope="module")
def pg_store(seed: Seed, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    if "postgresql" not in DATABASES:
        pytest.skip("TEST_DATABASE_URL is not set")
    made = Store(seed, "postgresql", tmp_path_factory.mktemp("fuzz-run"))
    yield made
    made.close()


# -- what the store holds ----------------------------------------------------------


@dataclass
class Snapshot:
    concerns: dict[int, tuple[Any, ...]]
    events: dict[int, int]
    staff: set[tuple[Any, ...]]
    outbox: dict[int, tuple[str, str | None]]  # id -> chat, text
    residents: dict[str, int]  # chat id -> resident id
    conversations: dict[str, tuple[str, str]]


def snapshot(engine: Engine) -> Snapshot:
    """The rows the checks compare (SQLAlchemy Core: the ORM would cost more
    than the handling itself)."""
    c, e, m = Concern.__table__.c, RoutingEvent.__table__.c, Member.__table__.c  # type: ignore[attr-defined]
    o, r, v = OutboxMessage.__table__.c, Resident.__table__.c, Conversation.__table__.c  # type: ignore[attr-defined]
    concern_cols = [
        c.id, c.resident_id, c.text, c.status, c.office, c.topic, c.kreis, c.place_text,
        c.reference, c.assignee_id, c.urgent, c.photos, c.lat, c.lon,
    ]  # fmt: skip
    staff_cols = [m.channel, m.chat_id, m.office, m.role, m.is_group, m.alerts, m.subscription]
    with engine.connect() as conn:
        concerns = {
            row[0]: tuple(json.dumps(v) if isinstance(v, list) else v for v in row[1:])
            for row in conn.execute(sql_select(*concern_cols))
        }
        events: dict[int, int] = {}
        for (cid,) in conn.execute(sql_select(e.concern_id)):
            events[cid] = events.get(cid, 0) + 1
        staff = {tuple(row) for row in conn.execute(sql_select(*staff_cols))}
        outbox = {
            row[0]: (row[1], row[2]) for row in conn.execute(sql_select(o.id, o.chat_id, o.text))
        }
        residents = {row[0]: row[1] for row in conn.execute(sql_select(r.chat_id, r.id)) if row[0]}
        conversations = {
            row[0]: (row[1], json.dumps(row[2], ensure_ascii=False, sort_keys=True))
            for row in conn.execute(sql_select(v.chat_id, v.state, v.data))
        }
    return Snapshot(concerns, events, staff, outbox, residents, conversations)


def new_outbox_texts(chat_id: int, before: Snapshot, after: Snapshot) -> list[str]:
    return [
        text or ""
        for oid, (to, text) in after.outbox.items()
        if oid not in before.outbox and to == str(chat_id)
    ]


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    print("\nfuzz:", ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items())))
