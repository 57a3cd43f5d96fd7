"""A migrated, empty database for every test without migrating for every test.

Running the Alembic migrations costs about 0.1 s of CPU on SQLite and more on
PostgreSQL (drop every table, then create them one migration at a time); the
`engine` fixture gives some 1,700 tests such a database. Here each process
migrates once, and a test's database is made equal to that state:

- SQLite in memory: the migrated database is copied page for page (SQLite's
  backup API) into the test's new in-memory database: the same schema, the
  same `alembic_version`, no rows.
- PostgreSQL: when the database's schema is still the migrated one (tables and
  columns, indexes, constraints, sequences, types, views, triggers, functions
  and the Alembic revision, compared by a fingerprint), every table but
  `alembic_version` is emptied (TRUNCATE ... CASCADE) and every sequence
  restarted: what a new migration would leave. When a test changed the schema
  (a downgrade, tables dropped by another fixture), the database is dropped and
  migrated as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlmodel import SQLModel

from store.db import make_engine, upgrade

# Everything in the public schema a migration creates, one row per object.
SCHEMA_PRINT = """
SELECT md5(coalesce(string_agg(item, E'\\n' ORDER BY item), '')) FROM (
  SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '
         || is_nullable || ' ' || coalesce(column_default, '') AS item
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' '
         || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT 'sequence ' || sequencename || ' ' || start_value || ' ' || increment_by
    FROM pg_sequences WHERE schemaname = 'public'
  UNION ALL SELECT 'type ' || typname || ' ' || typtype::text FROM pg_type
    WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'r', 'm')
  UNION ALL SELECT 'view ' || viewname || ' ' || definition FROM pg_views
    WHERE schemaname = 'public'
  UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
  UNION ALL SELECT 'function ' || proname FROM pg_proc
    WHERE pronamespace = 'public'::regnamespace
) AS schema
"""


def fresh_postgres(url: str) -> Engine:
    """Every table of the metadata and Alembic's version table dropped."""
    engine = make_engine(url)
    with engine.begin() as conn:
        SQLModel.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    return engine


@dataclass(frozen=True)
class _Migrated:
    fingerprint: str
    empty: str  # the statements that empty the tables and restart the sequences


_MIGRATED: dict[str, _Migrated] = {}  # per database URL, in this process


def _fingerprint(engine: Engine) -> str:
    """The schema's fingerprint and the Alembic revision."""
    with engine.connect() as conn:
        schema = str(conn.execute(text(SCHEMA_PRINT)).scalar_one())
        if conn.execute(text("SELECT to_regclass('public.alembic_version')")).scalar() is None:
            return f"{schema} no revision"
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
        return f"{schema} {sorted(versions)}"


def _emptying(engine: Engine) -> str:
    with engine.connect() as conn:
        tables = conn.execute(
            text(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'"
                " AND tablename <> 'alembic_version' ORDER BY tablename"
            )
        ).scalars()
        sequences = conn.execute(
            text(
                "SELECT quote_ident(sequencename) FROM pg_sequences WHERE schemaname = 'public'"
                " ORDER BY sequencename"
            )
        ).scalars()
        statements = [f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"]
        statements += [f"ALTER SEQUENCE {name} RESTART" for name in sequences]
    return ";\n".join(statements)


def migrated_postgres(url: str) -> Engine:
    """The database at `url` migrated to head and empty."""
    engine = make_engine(url)
    known = _MIGRATED.get(url)
    if known is not None and _fingerprint(engine) == known.fingerprint:
        with engine.begin() as conn:
            conn.execute(text(known.empty))
        return engine
    engine.dispose()
    engine = fresh_postgres(url)
    upgrade(engine)
    _MIGRATED[url] = _Migrated(_fingerprint(engine), _emptying(engine))
    return engine


def migrated_sqlite_template() -> Iterator[sqlite3.Connection]:
    """One migrated in-memory SQLite database (kept open while in use)."""
    engine = make_engine("sqlite://")
    upgrade(engine)
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        yield connection
    finally:
        raw.close()
        engine.dispose()


def migrated_sqlite(template: sqlite3.Connection) -> Engine:
    """A new in-memory SQLite engine holding a copy of `template`."""
    engine = make_engine("sqlite://")
    raw = engine.raw_connection()  # the engine's one connection (a static pool)
    try:
        target = raw.driver_connection
        assert isinstance(target, sqlite3.Connection)
        template.backup(target)
    finally:
        raw.close()
    return engine
