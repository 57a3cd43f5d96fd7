"""Migrations: 0001 -> 0002 on a database with data, and the tables the models
describe are exactly the tables the migrations build."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlmodel import SQLModel, select

from store import repository as repo
from store.db import make_engine, session_scope, upgrade
from store.models import Concern, Resident, RoutingEvent

PG_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture(params=["sqlite-file", *(["postgresql"] if PG_URL else [])])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database without any table."""
    if request.param == "postgresql":
        assert PG_URL is not None
        engine = make_engine(PG_URL)
        with engine.begin() as conn:
            SQLModel.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    else:
        engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    yield engine
    engine.dispose()


T_RESIDENT = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
T_CONCERN_1 = datetime(2025, 3, 2, 9, 0, tzinfo=UTC)
T_CONCERN_2 = datetime(2025, 4, 5, 10, 30, tzinfo=UTC)


def _fill_0001(engine: Engine) -> None:
    """Rows as the 0001 schema held them (written with SQL: today's models have
    columns 0001 lacks)."""
    rows = [
        (
            "INSERT INTO resident (id, channel, chat_id, user_id, language, created_at)"
            " VALUES (1, 'telegram', '111', '111', 'de', :r), (2, 'telegram', '222', NULL,"
            " 'en', :r)",
            {"r": T_RESIDENT},
        ),
        (
            "INSERT INTO concern (id, reference, resident_id, channel, text, photos, urgent,"
            " outside_city, language, status, created_at, updated_at) VALUES"
            " (1, 'ZH-2025-000001', 1, 'telegram', 'Kübel voll', '[\"p1\"]', false, false,"
            " 'de', 'forwarded', :c1, :c1),"
            " (2, NULL, 1, 'telegram', 'Lampe dunkel', '[]', false, false, 'de', 'draft',"
            " :c2, :c2)",
            {"c1": T_CONCERN_1, "c2": T_CONCERN_2},
        ),
        (
            "INSERT INTO routing_event (concern_id, kind, at, before, after) VALUES"
            " (1, 'classifier', :c1, '{}', '{\"topic\": \"abfall\"}')",
            {"c1": T_CONCERN_1},
        ),
        (
            "INSERT INTO conversation (channel, chat_id, state, data, updated_at) VALUES"
            " ('telegram', '111', 'confirm', '{\"concern_id\": 2}', :c2)",
            {"c2": T_CONCERN_2},
        ),
        (
            "INSERT INTO processed_update (channel, update_id, at) VALUES ('telegram', 9, :c2)",
            {"c2": T_CONCERN_2},
        ),
    ]
    with engine.begin() as conn:
        for sql, params in rows:
            conn.execute(text(sql), params)
        if conn.dialect.name == "postgresql":  # the ids above were given explicitly
            for table in ("resident", "concern", "routing_event"):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                        f" (SELECT max(id) FROM {table}))"
                    )
                )


def test_0001_to_0002_keeps_the_data_and_fills_the_new_columns(empty_engine: Engine) -> None:
    upgrade(empty_engine, "0001")
    _fill_0001(empty_engine)
    upgrade(empty_engine)
    with session_scope(empty_engine) as s:
        one, two = s.get(Resident, 1), s.get(Resident, 2)
        assert one is not None and two is not None
        assert one.last_seen_at == T_CONCERN_2  # latest concern
        assert two.last_seen_at == T_RESIDENT  # no concern: when created
        concerns = list(s.exec(select(Concern).order_by(Concern.id)))  # type: ignore[arg-type]
        assert [(c.text, c.photos, c.status, c.unconfirmed) for c in concerns] == [
            ("Kübel voll", ["p1"], "forwarded", False),
            ("Lampe dunkel", [], "draft", False),
        ]
        event = s.exec(select(RoutingEvent)).one()
        assert (event.concern_id, event.after) == (1, {"topic": "abfall"})
        conv = repo.get_conversation(s, channel="telegram", chat_id="111")
        assert (conv.state, conv.data) == ("confirm", {"concern_id": 2})
        assert not repo.claim_update(s, channel="telegram", update_id=9)
        # The upgraded schema takes new rows, and the new columns work.
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="333", user_id=None)
        fresh = repo.create_concern(s, resident=resident, text="neu")
        fresh.unconfirmed = True
        s.add(fresh)
        fresh_id = fresh.id
        assert fresh_id == 3
    with session_scope(empty_engine) as s:
        assert repo.get_concern(s, fresh_id).unconfirmed is True
        drafts = repo.stale_drafts(s, before=datetime(2026, 1, 1, tzinfo=UTC))
        assert [c.id for c in drafts] == [2]


def test_0002_downgrades_to_0001_and_back(empty_engine: Engine) -> None:
    upgrade(empty_engine, "0001")
    _fill_0001(empty_engine)
    upgrade(empty_engine)
    from alembic import command

    from store.db import alembic_config

    command.downgrade(alembic_config(empty_engine), "0001")
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM concern")).scalar() == 2
        assert conn.execute(text("SELECT count(*) FROM routing_event")).scalar() == 1
    upgrade(empty_engine)
    with session_scope(empty_engine) as s:
        assert len(list(s.exec(select(Concern)))) == 2


def test_models_and_migrations_describe_the_same_schema(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []
