"""A savepoint's RELEASE sent only when something follows it in its transaction.

The dialog keeps a resident's text with a savepoint (`Ctx.commit`); SQLAlchemy
releases it when the session commits, so nearly every update ended with
`RELEASE SAVEPOINT sa_savepoint_1` and then COMMIT, a statement (on PostgreSQL a
round trip) that changes nothing: COMMIT ends the savepoints with the
transaction. `install(engine)` holds a RELEASE back: the next statement on the
connection (any: a savepoint, a rollback to one, a query) sends it first, in
order, so the server sees exactly what it saw before; the transaction's COMMIT
or ROLLBACK drops it.

Only a healthy transaction's RELEASE is held. When the driver says at the
release that the transaction is not in progress or failed (PostgreSQL: a
statement failed and the transaction is aborted; SQLite: an error rolled it back
by itself), the RELEASE is sent at once, and fails as it did before, in the same
place (the session's commit), instead of a COMMIT that PostgreSQL would answer
with a silent ROLLBACK, or that pysqlite would skip: a lost transaction must
still raise. Between a held RELEASE and the COMMIT nothing can spoil the
transaction: any statement sends the RELEASE first. (Not raised from the commit
event: a failure there ends SQLAlchemy's transaction without the pool's
rollback, and the connection would go back to the pool aborted.)

The savepoint itself is sent when it is made, as before: the kept-text
guarantee (the resident's text stored before anything else can fail) is the
savepoint's, not the release's.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection


def install(engine: Engine) -> None:
    """Hold back `engine`'s RELEASE SAVEPOINTs as described above."""
    dialect = engine.dialect
    release = dialect.do_release_savepoint  # the dialect's own: RELEASE SAVEPOINT <name>
    # Savepoint names released, not yet sent, by Connection. Not in `Connection.info`:
    # reading that on a connection invalidated mid-transaction raises, and its
    # ROLLBACK (the rollback event) must not.
    held_back: WeakKeyDictionary[Connection, list[str]] = WeakKeyDictionary()

    def held(connection: Connection, name: str) -> None:
        if healthy(connection):
            held_back.setdefault(connection, []).append(name)
        else:
            send(connection)  # the RELEASEs held before this one, in order
            release(connection, name)  # raises, as before

    def send(connection: Connection) -> None:
        for name in held_back.pop(connection, None) or ():
            release(connection, name)

    def before_execute(connection: Connection, *_: Any) -> None:
        if connection in held_back:
            send(connection)

    def dropped(connection: Connection) -> None:  # COMMIT or ROLLBACK ends the savepoints
        held_back.pop(connection, None)

    dialect.do_release_savepoint = held  # type: ignore[method-assign]  # this engine's dialect only
    event.listen(engine, "before_execute", before_execute)
    event.listen(engine, "commit", dropped)
    event.listen(engine, "rollback", dropped)


def healthy(connection: Connection) -> bool:
    """The driver's word that `connection` is inside a transaction no error ended
    or aborted (psycopg: INTRANS; sqlite3: in_transaction)."""
    raw = connection.connection.dbapi_connection
    status = getattr(getattr(raw, "info", None), "transaction_status", None)
    if status is not None:  # psycopg 3
        from psycopg.pq import TransactionStatus

        return bool(status == TransactionStatus.INTRANS)
    return bool(getattr(raw, "in_transaction", False))
