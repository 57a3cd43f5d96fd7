"""The demo month of tests/test_demo_data.py: generated once in a run per
database (~5 s of CPU each, 2 to 3 times that on PostgreSQL; it was once per
test), read by tests that must not change it (the fixture checks), copied for a
test that does. Under pytest-xdist the first worker to need it generates it for
all, under a lock in the run's shared directory: an SQLite file, and the
PostgreSQL database `<TEST_DATABASE_URL>_demo`; each worker copies it (SQLite's
backup into memory; CREATE DATABASE ... TEMPLATE: rows, ids and sequences as
they are)."""

from __future__ import annotations

import fcntl
import hashlib
import os
import pickle
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, select, text
from sqlmodel import SQLModel

from demo import Report
from store.db import make_engine, upgrade
from tests.conftest import _fresh_postgres, worker_database_url

Make = Callable[[Engine], Report]  # generates the month in a migrated, empty database


def _made(make: Make, engine: Engine) -> Report:
    upgrade(engine)
    return make(engine)


@dataclass
class Month:
    engine: Engine
    report: Report
    url: str | None  # PostgreSQL: the database's URL (copies are made from it)


def fingerprint(engine: Engine) -> str:
    """Every row of every table, hashed: differs once a test writes to the month."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns))
            digest.update(repr(rows.all()).encode())
    return digest.hexdigest()


@contextmanager
def once_in_the_run(shared: Path, name: str) -> Iterator[bool]:
    """The workers one at a time (a lock in the run's directory); True for the
    first, which makes what the others then copy."""
    with (shared / f"{name}.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            done = shared / f"{name}.done"
            yield not done.exists()
            done.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The directory the xdist workers of this run share; None in one process."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return None
    return tmp_path_factory.getbasetemp().parent


def copy_sqlite(source: sqlite3.Connection) -> Engine:
    """An in-memory database with what `source` holds."""
    engine = make_engine("sqlite://")
    with engine.connect() as target:
        source.backup(target.connection.driver_connection)  # type: ignore[arg-type]
    return engine


def copy_postgres(template_url: str, name: str) -> str:
    """Database `name` made anew as a copy of the template's; its URL."""
    template = make_url(template_url)
    admin = create_engine(template.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            quote = conn.dialect.identifier_preparer.quote
            conn.execute(text(f"DROP DATABASE IF EXISTS {quote(name)}"))
            source = quote(template.database or "")
            conn.execute(text(f"CREATE DATABASE {quote(name)} TEMPLATE {source}"))
    finally:
        admin.dispose()
    return template.set(database=name).render_as_string(hide_password=False)


def sqlite_month(make: Make, shared: Path | None) -> Month:
    """In memory (one process), or copied from the run's SQLite file."""
    if shared is None:
        engine = make_engine("sqlite://")
        return Month(engine, _made(make, engine), None)
    file, saved = shared / "demo_month.sqlite3", shared / "demo_month.sqlite3.report"
    with once_in_the_run(shared, "demo_month.sqlite3") as first:
        if first:
            source = make_engine(f"sqlite:///{file}")
            saved.write_bytes(pickle.dumps(_made(make, source)))
            source.dispose()
    source_db = sqlite3.connect(file)
    try:
        return Month(copy_sqlite(source_db), pickle.loads(saved.read_bytes()), None)
    finally:
        source_db.close()


def postgres_month(make: Make, shared: Path | None) -> Month:
    """In `<TEST_DATABASE_URL>_demo`, not the worker's database: each test using
    the `engine` fixture empties that one."""
    url = make_url(os.environ["TEST_DATABASE_URL"])
    own = f"{url.database}_demo"
    if shared is None:
        engine = _fresh_postgres(
            worker_database_url(url.render_as_string(hide_password=False), "demo")
        )
        report = _made(make, engine)
        return Month(engine, report, engine.url.render_as_string(hide_password=False))
    worker = os.environ["PYTEST_XDIST_WORKER"]
    run = url.set(database=(url.database or "").removesuffix(f"_{worker}"))
    template = worker_database_url(run.render_as_string(hide_password=False), "demo")
    saved = shared / "demo_month.postgresql.report"
    with once_in_the_run(shared, "demo_month.postgresql") as first:
        if first:
            source = _fresh_postgres(template)
            saved.write_bytes(pickle.dumps(_made(make, source)))
            source.dispose()  # a template must have no connections
        copied = copy_postgres(template, own)  # one at a time, under the lock
    return Month(make_engine(copied), pickle.loads(saved.read_bytes()), copied)
