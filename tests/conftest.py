"""Shared fixtures: the real trained model, gazetteer and routing table, loaded once."""

from __future__ import annotations

import csv
import os
import sqlite3
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, create_engine, make_url, text
from sqlmodel import col, select

from bot.dialog import Dialog
from bot.settings import Settings
from nlp.classifier import ConcernClassifier
from nlp.places import Gazetteer
from nlp.routing import RoutingTable
from nlp.split import TopicOf
from nlp.split_announced import PlacesOf, places_by
from nlp.tfidf import TfidfTopics
from store.db import make_engine, session_scope, upgrade
from store.models import Concern
from tests.fake_telegram import FakeBotAPI
from tests.fresh_db import (
    fresh_postgres,
    migrated_postgres,
    migrated_sqlite,
    migrated_sqlite_template,
)


def worker_database_url(url: str, worker: str) -> str:
    """The xdist worker's own PostgreSQL database (TEST_DATABASE_URL's name with
    the worker id: test_gw0, test_gw1, ...), created when missing: workers run
    at the same time and each drops and creates the tables of its database."""
    parsed = make_url(url)
    name = f"{parsed.database}_{worker}"
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = "SELECT 1 FROM pg_database WHERE datname = :name"
            if conn.execute(text(exists), {"name": name}).first() is None:
                quoted = conn.dialect.identifier_preparer.quote(name)
                conn.execute(text(f"CREATE DATABASE {quoted}"))
    finally:
        admin.dispose()
    return parsed.set(database=name).render_as_string(hide_password=False)


@pytest.hookimpl(tryfirst=True)  # a conftest's runs before xdist's (also tryfirst)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Parallel by default (pyproject's xdist_workers), without -n on the command
    line or in addopts: there, `-p no:xdist` would be refused as an unknown -n.
    Runs before xdist's own hook turns the count into workers."""
    option = config.option
    if not config.pluginmanager.hasplugin("xdist") or os.environ.get("PYTEST_XDIST_WORKER"):
        return
    if option.numprocesses is None and not option.collectonly and not option.usepdb:
        option.numprocesses = int(config.getini("xdist_workers")) or None
    if option.numprocesses and option.dist == "no":
        option.dist = "loadgroup"  # tests marked xdist_group("name") run on one worker


def pytest_configure(config: pytest.Config) -> None:
    # Before any test module is imported: several read TEST_DATABASE_URL at import.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    url = os.environ.get("TEST_DATABASE_URL")
    if worker and url:
        os.environ["TEST_DATABASE_URL"] = worker_database_url(url, worker)


# The longest tests first (wall time on an idle 2-core machine, serial run):
# xdist hands tests out in collection order, and one of these begun near the
# end would keep its worker busy long after the others are done.
LONG_FIRST = (
    "test_corrections.py",  # trains two models: about 90 s of CPU in one test
    "test_inbox_kill.py",  # kill -9 three times: ~70 s per database
    "test_faults_postgres.py",  # PostgreSQL down for 10 s: ~20 s each
    "test_telegram_serve.py",  # getMe retried for 15 s, SIGTERM with a backlog
    "test_fuzz_updates.py",
    "test_demo_data.py",
    "test_load_bench.py",
    "test_fuzz_faults.py",
    "test_inbox_replicas.py",
    "test_speed_paths.py",
    "test_model.py",
    "test_store_concurrency.py",
)


# Before those files, single long tests of other files (CPU seconds of the test alone,
# 2026-12-08; in a full run each waits for the CPU about as long again): xdist
# ("loadgroup") hands tests out one by one in collection order, so a long test that
# is collected late starts near the end and finishes after the other workers are idle.
LONGEST_TESTS = (
    "test_corrections.py::test_retraining_with_corrections_routes_a_similar_concern_the_corrected_way",
    "test_urgent_training_reproducible.py::test_two_runs_on_a_slice_give_the_same_model_byte_for_byte",
    "test_urgent_category_gate.py::test_the_gates_change_no_kind",  # 8 s
    "test_terminal.py::test_cli_chat_export_and_upgrade",  # a CLI chat process: 5 s
    "test_terminal.py::test_cli_chat_resumes_after_a_restart",  # a CLI chat process: 5 s
    "test_speed_shortcuts.py::test_alternation_by_string_index_is_the_test_of_each_alternative",
    "test_speed_shortcuts.py::test_fuzzy_choices_by_length_give_extract_one_over_all_keys",
    "test_urgent.py::test_every_extra_cue_and_idiom_has_a_prefilter_stem",  # 4.5 s
    "test_urgent.py::test_every_strong_cue_has_a_prefilter_stem",  # 3 s
)  # fmt: skip


def _long_first(item: pytest.Item) -> int:
    """An item's place: the longest tests, then the long files, then the rest."""
    test = f"{item.path.name}::{item.name.partition('[')[0]}"
    if test in LONGEST_TESTS:
        return LONGEST_TESTS.index(test)
    if item.path.name in LONG_FIRST:
        return len(LONGEST_TESTS) + LONG_FIRST.index(item.path.name)
    return len(LONGEST_TESTS) + len(LONG_FIRST)


@pytest.hookimpl(trylast=True)  # after pytest's own grouping by fixture scope
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_long_first)  # stable


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "xdist_workers",
        "xdist workers when -n is not given (-n 0 or -p no:xdist: one process)",
        default="0",
    )
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files (tests/golden/) from the current output",
    )


@pytest.fixture(scope="session")
def routing() -> RoutingTable:
    return RoutingTable.load()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def classifier(gazetteer: Gazetteer, routing: RoutingTable) -> ConcernClassifier:
    return ConcernClassifier.load(gazetteer=gazetteer, routing=routing)


@pytest.fixture(scope="session")
def tfidf(classifier: ConcernClassifier) -> TfidfTopics:
    """The topic model's TF-IDF component (the speed tests compare its shortcuts)."""
    component = classifier.model.get_pipe("tfidf")
    assert isinstance(component, TfidfTopics)
    return component


@pytest.fixture(scope="session")
def topic_of(classifier: ConcernClassifier) -> TopicOf:
    """The splitter's topic reader, as the dialog gives it (`Dialog.topic_of`)."""
    return classifier.topic


@pytest.fixture(scope="session")
def places_of(classifier: ConcernClassifier) -> PlacesOf:
    """The splitter's place reader, as the dialog gives it (`places_by`)."""
    return places_by(classifier.place)


DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])


_fresh_postgres = fresh_postgres  # tests/demo_month.py, tests/fuzz_store.py


@pytest.fixture(scope="session")
def sqlite_template() -> Iterator[sqlite3.Connection]:
    """The migrated in-memory SQLite database each test's is copied from."""
    yield from migrated_sqlite_template()


@pytest.fixture(params=DATABASES)
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """A migrated, empty database: SQLite in memory, and PostgreSQL when
    TEST_DATABASE_URL is set (CI sets it). Migrated once per process, not
    per test (tests/fresh_db.py)."""
    if request.param == "postgresql":
        eng = migrated_postgres(os.environ["TEST_DATABASE_URL"])
    else:
        eng = migrated_sqlite(request.getfixturevalue("sqlite_template"))
    yield eng
    eng.dispose()


@pytest.fixture(params=["sqlite-file", *(["postgresql"] if "postgresql" in DATABASES else [])])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database as a URL that several engines or processes
    (replicas, a served subprocess) can open: an SQLite file, and PostgreSQL
    when TEST_DATABASE_URL is set."""
    if request.param == "postgresql":
        url = os.environ["TEST_DATABASE_URL"]
        migrated_postgres(url).dispose()
    else:
        url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
    yield url


@pytest.fixture
def settings() -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url="sqlite://",
        rate_limit_per_hour=3,
        max_text_length=300,
    )


@pytest.fixture
def dialog(engine: Engine, classifier: ConcernClassifier, settings: Settings) -> Dialog:
    """The real dialog on a fresh store (terminal and dialog tests)."""
    return Dialog(engine=engine, classifier=classifier, settings=settings)


def concerns(engine: Engine) -> list[Concern]:
    """Every stored concern, oldest first."""
    with session_scope(engine) as s:
        return list(s.exec(select(Concern).order_by(col(Concern.id))))


# -- Telegram: the real PTB stack against the emulated Bot API ----------------

TG_CHAT = 4242


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotAPI]:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # PTB 23's RetryAfter.retry_after, no warning
    server = FakeBotAPI()
    server.add_chat(TG_CHAT)  # updates fed to the bot directly (webhook, process_update)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def tg_settings(settings: Settings, api: FakeBotAPI) -> Settings:
    return settings.model_copy(
        update={"telegram_bot_token": SecretStr(api.token), "telegram_base_url": api.base_url}
    )


@pytest.fixture
def tg_dialog(tg_settings: Settings, engine: Engine, classifier: ConcernClassifier) -> Dialog:
    return Dialog(engine=engine, classifier=classifier, settings=tg_settings)


@pytest.fixture(scope="session")
def place_names() -> set[str]:
    """Every street, Quartier, landmark and school name of the gazetteer, with aliases."""
    data = Path(__file__).parents[1] / "nlp" / "data"
    with (data / "streets.csv").open(encoding="utf-8") as handle:
        names = {row["street"] for row in csv.DictReader(handle)}
    places = tomllib.loads((data / "places.toml").read_text(encoding="utf-8"))
    for section in ("quartiere", "landmarks", "schools"):
        for name, spec in places[section].items():
            names.add(name)
            names.update(spec.get("aliases", []))
    return names
