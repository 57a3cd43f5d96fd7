"""Core SQL for the per-message path, on the session's own connection.

The repository's hot functions (one update: claim, resident, conversation,
audit events, concern writes) run one Core statement per step, built once per
dialect, instead of an ORM query or flush. Their results are still the ORM's
objects: a row read or written here is attached to the session as if the ORM
had loaded it (`attach`), and a write sets the object's committed values
(`write`), so the rest of the code and later ORM flushes see exactly what the
database holds, and nothing is written twice.

Like the ORM's autoflush, a statement here first flushes what the session has
pending (unless autoflush is off), so it reads and writes after the caller's
earlier changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Mapper, configure_mappers
from sqlalchemy.orm.attributes import instance_state, set_committed_value
from sqlalchemy.orm.base import LoaderCallableStatus
from sqlalchemy.sql import Executable
from sqlmodel import Session

T = TypeVar("T")
_NO_VALUE = LoaderCallableStatus.NO_VALUE


def table(model: type[Any]) -> Table:
    found = model.__table__
    assert isinstance(found, Table)
    return found


_MAPPERS: dict[type[Any], Mapper[Any]] = {}
_COLUMNS: dict[type[Any], tuple[str, ...]] = {}
_UPDATES: dict[tuple[type[Any], tuple[str, ...]], Executable] = {}
Row = Mapping[Any, Any]  # a result row's mapping, column name -> value


def _mapper(model: type[Any]) -> Mapper[Any]:
    found = _MAPPERS.get(model)
    if found is None:
        # Configured before use: `attach` builds instances and identity keys
        # itself, which an unconfigured mapper cannot (its attributes have no
        # implementation until configure_mappers, which an ORM query would run).
        configure_mappers()
        found = _MAPPERS[model] = inspect(model)
    return found


def columns(model: type[Any]) -> tuple[str, ...]:
    """The table's column names (the models' attribute names are the same)."""
    found = _COLUMNS.get(model)
    if found is None:
        found = _COLUMNS[model] = tuple(c.key for c in table(model).columns)
    return found


def _primary_key(model: type[Any]) -> list[str]:
    return [str(c.key) for c in _mapper(model).primary_key]


def run(session: Session, stmt: Executable, params: Mapping[str, Any]) -> CursorResult[Any]:
    """Execute `stmt` in the session's transaction (after an autoflush)."""
    if session.autoflush:
        session.flush()
    result = session.connection().execute(stmt, dict(params))
    assert isinstance(result, CursorResult)
    return result


def statement(build: Callable[[str], Executable]) -> Callable[[Session], Executable]:
    """A statement built once per dialect (`build(dialect_name)`), then reused:
    its compiled form stays in the engine's cache and no clause is rebuilt."""
    built = cache(build)

    def get(session: Session) -> Executable:
        return built(session.get_bind().dialect.name)

    return get


def insert(dialect: str, tbl: Table) -> postgresql.Insert | sqlite.Insert:
    """The dialect's INSERT (for ON CONFLICT)."""
    if dialect == "postgresql":
        return postgresql.insert(tbl)
    if dialect == "sqlite":
        return sqlite.insert(tbl)
    raise NotImplementedError(dialect)  # pragma: no cover - only SQLite and PostgreSQL


def insert_missing(
    session: Session, model: type[Any], conflict: Sequence[str], **values: Any
) -> bool:
    """INSERT a row of `model` unless one with the same `conflict` key exists
    (ON CONFLICT DO NOTHING); True when this call inserted it. A concurrent
    insert of the same key makes PostgreSQL wait for that transaction, then do
    nothing (or insert, if it rolled back). Get-or-create is this, then a
    SELECT: two transactions creating the same row at once both succeed."""
    tbl = table(model)
    stmt = (
        insert(session.get_bind().dialect.name, tbl)
        .values(**values)
        .on_conflict_do_nothing(index_elements=list(conflict))
        .returning(*(tbl.c[name] for name in conflict))
    )
    return session.exec(stmt).first() is not None


def by_key(model: type[Any]) -> Any:
    """WHERE primary key = :pk_<column> (for UPDATEs built once)."""
    tbl = table(model)
    clause = [c == bindparam(f"pk_{c.key}") for c in tbl.primary_key.columns]
    return clause[0] if len(clause) == 1 else clause[0] & clause[1]


def identity_key(model: type[Any], key: tuple[Any, ...]) -> Any:
    """The session's identity-map key of `model`'s row with primary key `key`."""
    return _mapper(model).identity_key_from_primary_key(key)


def attach(session: Session, model: type[T], values: Row, *, refresh: bool = False) -> T:
    """The ORM object of a row (all columns in `values`), as the ORM's query
    would return it: the one the session already holds (with `refresh`, set to
    the row's values, as populate_existing does), or a new one added as
    persistent and clean."""
    mapper = _mapper(model)
    key = mapper.identity_key_from_primary_key(tuple(values[k] for k in _primary_key(model)))
    held = session.identity_map.get(key)
    if held is not None:
        if refresh:
            committed(held, {name: values[name] for name in columns(model)})
        return held  # type: ignore[no-any-return]
    # What the ORM's loading does for a row it has not seen (sqlalchemy.orm.loading,
    # `_instance`): the instance keyed, in the identity map, its columns loaded and
    # none modified. `make_transient_to_detached` + `session.add` did the same in
    # ~4 times the CPU (the detached object's checks, cascades and attach events,
    # ~4 rows per update).
    obj = mapper.class_manager.new_instance()
    state = instance_state(obj)
    state.key = key
    state.identity_token = key[2]
    state.session_id = session.hash_key
    session.identity_map._add_unpresent(state, key)
    state.dict.update({name: values[name] for name in columns(model)})
    return obj  # type: ignore[no-any-return]


def persistent(obj: Any) -> bool:
    """In the database with its key (not new, not deleted)."""
    state = instance_state(obj)
    return state.key is not None and state.persistent


def write_changes(session: Session, obj: Any, extra: Mapping[str, Any] | None = None) -> None:
    """Write what changed on a persistent `obj` since it was loaded or written
    (what the ORM's next flush would write), and `extra`, in one UPDATE, or
    none when no value differs; the object is clean afterwards."""
    update_by_key(session, obj, {**changes(obj), **(extra or {})})


def changes(obj: Any) -> dict[str, Any]:
    """The columns of `obj` whose values changed since it was loaded or
    written (what the ORM's next flush would write); columns set to the value
    they had are clean again."""
    state = instance_state(obj)
    names = columns(type(obj))
    changed: dict[str, Any] = {}
    same: dict[str, Any] = {}
    for name, old in state.committed_state.items():
        if name in names:
            value = state.dict[name]
            differs = old is _NO_VALUE or old != value
            (changed if differs else same)[name] = value
    committed(obj, same)  # set to what it was: nothing to write
    return changed


def committed(obj: Any, values: Mapping[str, Any]) -> None:
    """Record `values` as what the database holds for `obj` (no history). With
    nothing else changed on it, the object is clean again: the session's next
    flush does not visit it (as after the ORM's own flush)."""
    for name, value in values.items():
        set_committed_value(obj, name, value)
    state = instance_state(obj)
    if state.modified and not state.committed_state:
        owner = state.session
        state._commit_all(state.dict, owner.identity_map if owner is not None else None)


def update_by_key(session: Session, obj: Any, values: Mapping[str, Any]) -> None:
    """UPDATE obj's row SET values (a Core statement built once per set of
    columns); the values are the object's committed state."""
    if not values:
        return
    stmt = _update(type(obj), tuple(sorted(values)))
    params = key_params(obj, values)
    # Committed first: the autoflush before the statement then leaves these
    # columns to it (and writes only other objects' changes).
    committed(obj, values)
    run(session, stmt, params)


def key_params(obj: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """update_by_key's parameters: pk_<column> of obj's key, v_<name> of values."""
    params = {f"pk_{name}": getattr(obj, name) for name in _primary_key(type(obj))}
    params.update({f"v_{name}": value for name, value in values.items()})
    return params


def update_statement(model: type[Any], names: tuple[str, ...]) -> Executable:
    """UPDATE model's row (by_key) SET names (parameters key_params'), built once."""
    return _update(model, names)


def _update(model: type[Any], names: tuple[str, ...]) -> Executable:
    found = _UPDATES.get((model, names))
    if found is None:
        tbl = table(model)
        values = {tbl.c[name]: bindparam(f"v_{name}", type_=tbl.c[name].type) for name in names}
        found = _UPDATES[(model, names)] = tbl.update().where(by_key(model)).values(values)
    return found
