"""store.rows.attach keys a row's object into the session as the ORM's loading does
(perf round 14): the same state as an object the ORM loaded, and the ORM's later
flush, expiry, refresh and delete work on it. SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Engine, event, inspect, text
from sqlmodel import Session

from store import repository as repo
from store import rows
from store.db import session_scope
from store.models import Concern


def _values(engine: Engine, concern_id: int) -> dict[str, object]:
    with Session(engine) as s:
        found = s.get(Concern, concern_id)
        assert found is not None
        return {name: getattr(found, name) for name in rows.columns(Concern)}


def test_an_attached_row_is_what_the_orm_loads(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.resident_writes(s, channel="telegram", chat_id="a", user_id="a")
        concern_id = repo.create_concern(s, resident=resident, text="Bank kaputt").id
    assert concern_id is not None
    values = _values(engine, concern_id)
    with Session(engine) as loaded_s:  # one at a time: SQLite in memory has one connection
        loaded = loaded_s.get(Concern, concern_id)
        one = inspect(loaded)
        want = (one.key, one.persistent, one.modified, one.expired)
    with Session(engine) as s:
        obj = rows.attach(s, Concern, values)
        two = inspect(obj)
        assert (two.key, two.persistent, two.modified, two.expired) == want
        assert two.session is s and not s.dirty and not s.new
        assert rows.attach(s, Concern, values) is obj  # held: the same object
        seen: list[str] = []

        def record(*a: object) -> None:
            seen.append(str(a[2]))

        event.listen(engine, "before_cursor_execute", record)
        assert s.get(Concern, concern_id) is obj and not seen  # no SQL: in the identity map
        obj.place_text = "Idaplatz"
        s.flush()
        writes = [x for x in seen if not x.startswith("BEGIN")]
        assert len(writes) == 1 and writes[0].startswith("UPDATE concern SET place_text")
        s.expire(obj)
        s.execute(text("UPDATE concern SET topic = 'gruen' WHERE id = :i"), {"i": concern_id})
        assert obj.topic == "gruen"  # expired: read again
        s.refresh(obj)
        assert obj.place_text == "Idaplatz"
        s.delete(obj)
        s.flush()
        assert s.get(Concern, concern_id) is None
        s.rollback()
        event.remove(engine, "before_cursor_execute", record)
