"""Engine factory and schema migrations (Alembic, applied by command and at start-up).

Engines never put residents' data into logs or exception messages: statement
parameters are hidden, SQLAlchemy's DEBUG row logging is dropped, and
PostgreSQL's DETAIL lines ("Key (chat_id)=(...)", "Failing row contains ...")
are cut from error messages.

SQLite: SQLAlchemy emits `BEGIN IMMEDIATE` itself (pysqlite's own transaction
handling is switched off), so every transaction, savepoints included, is real
and two connections never deadlock on a read lock upgraded to a write lock.
File databases use WAL, a 15 s busy timeout and synchronous=NORMAL.

PostgreSQL: no `pool_pre_ping` (a `SELECT 1` round trip on every checkout,
about two per handled update). A pooled connection is checked locally
instead: if its socket has something to read while it sat idle in the pool,
the server said goodbye (restart, `pg_terminate_backend`, a crashed backend's
EOF), so it is dropped and the pool connects anew (SQLAlchemy's custom
pessimistic check: the `checkout` event raising DisconnectionError). A
connection that breaks unnoticed (a network gone quiet) fails its first
statement once, and SQLAlchemy replaces the pool's connections (its
optimistic handling); the callers retry that: the dispatcher's claims, the
dialog (RetryLater), the outbox sender's claims and sends, the webhook (503,
Telegram sends again).
"""

from __future__ import annotations

import logging
import select
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, event, text
from sqlalchemy.engine import Connection, ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool
from sqlmodel import Session, create_engine

from store import late_release

MIGRATIONS = Path(__file__).parent / "migrations"

SQLITE_BUSY_TIMEOUT_MS = 15_000
POOL_SIZE = 5  # SQLAlchemy's default; `quartierbot serve` sizes it for its threads
POOL_OVERFLOW = 10
# Key of the PostgreSQL advisory lock held while migrating ("QBOT").
MIGRATION_LOCK_KEY = 0x51424F54
# Alembic's `context` and `op` are module globals: one upgrade per process at a time.
_UPGRADE_IN_PROCESS = threading.Lock()
# TCP keepalives on PostgreSQL connections (libpq's, in seconds): a connection
# whose peer vanished without a word (a network or NAT gone quiet) is found
# broken by the kernel within about a minute while it sits idle in the pool,
# and the checkout check below drops it.
PG_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}

T = TypeVar("T")


def _is_memory_sqlite(url: str) -> bool:
    parsed = make_url(url)
    database = parsed.database or ""
    return database in {"", ":memory:"} or parsed.query.get("mode") == "memory"


def make_engine(
    url: str, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, pool_size: int = POOL_SIZE
) -> Engine:
    """An engine for `url`: SQLite (the embedded default) or PostgreSQL (psycopg 3).
    `pool_size`: connections kept open (a file or server database), as many as
    threads work on the database at once; up to POOL_OVERFLOW more when busy."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    _drop_row_logging()
    if url.startswith("sqlite"):
        memory = _is_memory_sqlite(url)
        kwargs: dict[str, Any] = {
            "connect_args": {"check_same_thread": False, "timeout": busy_timeout_ms / 1000}
        }
        if memory:
            kwargs["poolclass"] = _OneAtATimePool
        else:
            kwargs.update(pool_size=pool_size, max_overflow=POOL_OVERFLOW)
        engine = create_engine(url, hide_parameters=True, **kwargs)
        _sqlite_transactions(engine, file_db=not memory, busy_timeout_ms=busy_timeout_ms)
        late_release.install(engine)
        return engine
    query = make_url(url).query
    keepalives = {k: v for k, v in PG_KEEPALIVES.items() if k not in query}
    engine = create_engine(
        url,
        hide_parameters=True,
        pool_size=pool_size,
        max_overflow=POOL_OVERFLOW,
        connect_args=keepalives,
    )
    event.listen(engine, "handle_error", _scrub_postgres_error)
    event.listen(engine, "checkout", _said_goodbye)
    late_release.install(engine)
    return engine


def _said_goodbye(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
    """A psycopg connection taken from the pool: if the server closed it while
    it was idle (its socket is readable: a FATAL message, then EOF), raise
    DisconnectionError, and the pool replaces it with a new connection. A
    system call, no round trip (about 1 us)."""
    pgconn = dbapi_conn.pgconn
    if pgconn.status != 0:  # psycopg.pq.ConnStatus.OK
        raise DisconnectionError("connection broken")
    if _readable(pgconn.socket):
        raise DisconnectionError("connection closed by the server")


def again_if_disconnected(work: Callable[[], T]) -> T:
    """Run `work` (whole transactions); if its connection turned out broken
    (SQLAlchemy invalidated it, and the pool connects anew), run it once more.
    Only for work that may run twice: a commit cut off may have happened."""
    try:
        return work()
    except DBAPIError as exc:
        if not exc.connection_invalidated:
            raise
    return work()


def _readable(fd: int) -> bool:
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLPRI)
        return bool(poller.poll(0))
    ready, _, _ = select.select([fd], [], [], 0)  # Windows
    return bool(ready)


def _sqlite_transactions(engine: Engine, *, file_db: bool, busy_timeout_ms: int) -> None:
    """SQLAlchemy's documented recipe for real SQLite transactions, with the
    pragmas for several writers on one file."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # pysqlite emits no BEGIN/COMMIT of its own
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if file_db:
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # IMMEDIATE: the write lock is taken at BEGIN (waiting up to the busy
        # timeout), never half-way through a transaction that has read already.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class _OneAtATimePool(StaticPool):
    """An in-memory database is one shared connection: a thread takes it for a
    whole session, so two threads (the dialog's worker, the outbox sender) never
    interleave their transactions on it. The turn is taken before the pool
    hands the connection out and given back when it is returned."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._turn = threading.Lock()

    def _do_get(self) -> ConnectionPoolEntry:
        self._turn.acquire()
        try:
            return super()._do_get()
        except BaseException:
            self._turn.release()
            raise

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        try:
            super()._do_return_conn(record)
        finally:
            self._turn.release()


class _NoRows(logging.Filter):
    """SQLAlchemy logs result rows at DEBUG, and hide_parameters does not cover
    them: drop those records so a DEBUG log never holds residents' texts."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


def _drop_row_logging() -> None:
    logger = logging.getLogger("sqlalchemy.engine.Engine")
    if not any(isinstance(f, _NoRows) for f in logger.filters):
        logger.addFilter(_NoRows())


def _scrub_postgres_error(context: ExceptionContext) -> None:
    """Cut PostgreSQL's DETAIL/HINT/CONTEXT lines (they quote row values) from the
    driver's error and from SQLAlchemy's wrapper; keep the primary message, or
    only the SQLSTATE for data exceptions, whose primary message quotes the value."""
    orig = context.original_exception
    diag = getattr(orig, "diag", None)
    if diag is None or getattr(orig, "pgresult", None) is None:
        return  # not a statement's error (e.g. connection refused): nothing quoted
    sqlstate = getattr(orig, "sqlstate", None) or ""
    primary = diag.message_primary or type(orig).__name__
    if sqlstate.startswith("22"):
        primary = f"data exception (SQLSTATE {sqlstate})"
    orig.args = (primary,)
    wrapped = context.sqlalchemy_exception
    if wrapped is not None:
        wrapped.args = (f"({type(orig).__module__}.{type(orig).__name__}) {primary}",)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (idempotent; safe when several processes
    start at once). PostgreSQL: an advisory lock on a dedicated connection
    serialises the upgrades. SQLite: the migration runs in one `BEGIN IMMEDIATE`
    transaction (see env.py), which serialises it the same way. Threads of one
    process take turns (Alembic keeps its state in module globals)."""
    with _UPGRADE_IN_PROCESS:
        if engine.dialect.name != "postgresql":
            command.upgrade(alembic_config(engine), revision)
            return
        with engine.connect() as raw:
            lock = raw.execution_options(isolation_level="AUTOCOMMIT")
            lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            try:
                command.upgrade(alembic_config(engine), revision)
            finally:
                lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise
