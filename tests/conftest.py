"""Shared fixtures: the real trained model, gazetteer and routing table, loaded once."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlmodel import SQLModel

from bot.settings import Settings
from nlp.classifier import ConcernClassifier
from nlp.places import Gazetteer
from nlp.routing import RoutingTable
from store.db import make_engine, upgrade


@pytest.fixture(scope="session")
def routing() -> RoutingTable:
    return RoutingTable.load()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def classifier(gazetteer: Gazetteer, routing: RoutingTable) -> ConcernClassifier:
    return ConcernClassifier.load(gazetteer=gazetteer, routing=routing)


DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])


def _fresh_postgres(url: str) -> Engine:
    engine = make_engine(url)
    with engine.begin() as conn:
        SQLModel.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    return engine


@pytest.fixture(params=DATABASES)
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """A migrated, empty database: SQLite in memory, and PostgreSQL when
    TEST_DATABASE_URL is set (CI sets it)."""
    if request.param == "postgresql":
        eng = _fresh_postgres(os.environ["TEST_DATABASE_URL"])
    else:
        eng = make_engine("sqlite://")
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def settings() -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url="sqlite://",
        rate_limit_per_hour=3,
        max_text_length=300,
    )
