"""The per-message path in Core SQL (store.rows, store.statements): one statement
per step, the ORM objects the same as if the ORM had loaded and flushed them,
and no write that changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import Engine, event, text, update
from sqlmodel import Session, col

from store import repository as repo
from store.db import session_scope
from store.models import Concern, Conversation, EventKind, Status, utcnow


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements run meanwhile (first word and table, no values)."""
    seen: list[str] = []

    def record(_c: object, _cur: object, stmt: str, *_: object) -> None:
        seen.append(" ".join(stmt.split()[:3]))
        if stmt.startswith("WITH written AS"):  # the concern's UPDATE in an event's INSERT
            stmt = stmt.split("(", 1)[1]
        if stmt.startswith("UPDATE concern"):  # which columns (never values)
            seen.append(stmt.split(" WHERE ")[0])

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _writes(seen: list[str]) -> list[str]:
    return [s for s in seen if s.split()[0] in {"INSERT", "UPDATE", "DELETE"}]


def test_a_known_resident_arrives_in_one_statement(engine: Engine) -> None:
    with session_scope(engine) as s:
        first = repo.resident_writes(s, channel="telegram", chat_id="r", user_id="u")
        assert (first.language, first.user_id) == ("de", "u")
        first.blocked_at = utcnow()  # the bot was blocked
    before = utcnow()
    with session_scope(engine) as s, statements(engine) as seen:
        resident = repo.resident_writes(
            s, channel="telegram", chat_id="r", user_id="u", language="fr"
        )
        assert resident.id == first.id and resident.language == "fr"
        assert resident.blocked_at is None and resident.last_seen_at is not None
        assert resident.last_seen_at >= before
        assert not s.dirty  # as loaded: nothing left for a flush
    assert [w.split()[0] for w in seen if not w.startswith(("BEGIN", "COMMIT"))] == ["UPDATE"]
    with session_scope(engine) as s:  # no language recognised: the one it has stays
        again = repo.resident_writes(s, channel="telegram", chat_id="r", user_id="u")
        assert again.language == "fr"
        assert repo.get_or_create_resident(s, channel="telegram", chat_id="r", user_id="u") is again


def test_an_unchanged_conversation_is_not_written_again(engine: Engine) -> None:
    with session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="c")
        repo.save_conversation(s, conversation=conv, state="await_place", data={"concern_id": 1})
    with statements(engine) as seen:
        with session_scope(engine) as s:
            conv = repo.lock_conversation(s, channel="telegram", chat_id="c")
            repo.save_conversation(
                s, conversation=conv, state="await_place", data={"concern_id": 1}
            )
            assert _writes(seen) == []
            repo.save_conversation(s, conversation=conv, state="idle", data={})
            assert not s.dirty
        # at once (SQLite) or at the commit (PostgreSQL: held for a reply's INSERT)
        assert _writes(seen) == ["UPDATE conversation SET"]
    with session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="c")
        assert (conv.state, conv.data) == ("idle", {})


def test_an_old_conversation_is_brought_forward_even_unchanged(engine: Engine) -> None:
    old = utcnow() - repo.TOUCH_AFTER - timedelta(minutes=1)
    with session_scope(engine) as s:
        repo.lock_conversation(s, channel="telegram", chat_id="o")
        s.connection().execute(update(Conversation).values(updated_at=old))
    with statements(engine) as seen:
        with session_scope(engine) as s:
            conv = repo.lock_conversation(s, channel="telegram", chat_id="o")
            repo.save_conversation(s, conversation=conv, state="idle", data={})
            assert conv.updated_at > old + timedelta(minutes=30)
        assert _writes(seen) == ["UPDATE conversation SET"]  # (PostgreSQL: at the commit)


def test_data_changed_in_place_is_still_written(engine: Engine) -> None:
    """The dialog changes the conversation's data in place (ctx.data.pop) before
    saving it: the write compares with what was read, not with that object."""
    with session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="p")
        repo.save_conversation(s, conversation=conv, state="idle", data={"photos": ["f1"]})
    with session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="p")
        conv.data.pop("photos")
        repo.save_conversation(s, conversation=conv, state="idle", data=conv.data)
    with session_scope(engine) as s:
        assert repo.lock_conversation(s, channel="telegram", chat_id="p").data == {}


def _concern(s: Session) -> Concern:
    resident = repo.resident_writes(s, channel="telegram", chat_id="k", user_id="k")
    return repo.create_concern(s, resident=resident, text="Laterne defekt")


def test_a_status_change_is_one_update_with_the_concern_s_other_changes(engine: Engine) -> None:
    with session_scope(engine) as s:
        concern_id = _concern(s).id
    with session_scope(engine) as s, statements(engine) as seen:
        concern = repo.get_concern(s, concern_id or 0)
        concern.unconfirmed = True  # changed before, as Dialog.forward does
        concern.kreis = concern.kreis  # set, but to what it was: not written
        event_ = repo.set_status(s, concern=concern, status=Status.FORWARDED)
        assert repo.assign_reference(s, concern=concern).startswith("ZH-")
        assert not s.dirty
    # The reference was given when the concern was stored: nothing to write.
    if engine.dialect.name == "postgresql":  # the UPDATE in the event's INSERT
        assert [w.split(" SET ")[0] for w in _writes(seen)] == ["UPDATE concern"]
        assert [w for w in seen if w.startswith("WITH")] == ["WITH written AS"]
    else:
        assert [w for w in _writes(seen) if "=" not in w] == [
            "UPDATE concern SET",
            "INSERT INTO routing_event",
        ]
    status_update = next(w for w in _writes(seen) if "=" in w)
    assert "unconfirmed" in status_update and "status" in status_update
    assert "kreis" not in status_update
    with session_scope(engine) as s:
        stored = repo.get_concern(s, concern_id or 0)
        assert stored.unconfirmed and stored.status == Status.FORWARDED
        assert stored.forwarded_at is not None and stored.reference is not None
        assert s.get(type(event_), event_.id) is not None


def test_an_event_returned_can_be_changed_like_a_loaded_one(engine: Engine) -> None:
    """Staff actions change the event they get back and flush it (a note)."""
    with session_scope(engine) as s:
        concern = _concern(s)
        event_ = repo.apply_routing(s, concern=concern, kind=EventKind.STAFF, actor="x", kreis=4)
        event_.note = "Grund"
        s.add_all([concern, event_])
        s.flush()
        event_id = event_.id
    with session_scope(engine) as s:
        stored = s.get(type(event_), event_id)
        assert stored is not None and stored.note == "Grund"
        assert stored.after["kreis"] == 4 and stored.before["kreis"] is None
        assert repo.get_concern(s, stored.concern_id).kreis == 4


def test_a_repeat_delivery_is_claimed_once(engine: Engine) -> None:
    with session_scope(engine) as s:
        assert repo.claim_update(s, channel="telegram", update_id=7)
        assert not repo.claim_update(s, channel="telegram", update_id=7)
        assert repo.claim_update(s, channel="terminal", update_id=7)


@pytest.mark.parametrize("last_id", [0, 999_998, 1_234_566])
def test_a_concern_is_stored_with_its_reference(engine: Engine, last_id: int) -> None:
    """PostgreSQL: in the INSERT itself (the id from the sequence); SQLite: an
    UPDATE after it. At least six digits, all of a longer id."""
    with session_scope(engine) as s:
        resident = repo.resident_writes(s, channel="telegram", chat_id="k", user_id="k")
        if last_id:
            _skip_ids(s, last_id)
    postgres = engine.dialect.name == "postgresql"
    with session_scope(engine) as s, statements(engine) as seen:
        resident = repo.resident_writes(s, channel="telegram", chat_id="k", user_id="k")
        concern = repo.create_concern(s, resident=resident, text="Laterne defekt")
        assert concern.id == last_id + 1
        assert not s.dirty
    year = concern.created_at.astimezone(repo.ZURICH).year
    assert concern.reference == f"ZH-{year}-{last_id + 1:06d}"
    wrote = [w for w in _writes(seen) if "=" not in w]
    assert wrote == ["UPDATE resident SET", "INSERT INTO concern"] + (
        [] if postgres else ["UPDATE concern SET"]  # the reference
    )
    with session_scope(engine) as s:
        assert repo.get_concern_by_reference(s, concern.reference).id == concern.id


def _skip_ids(s: Session, last_id: int) -> None:
    """The next concern's id is last_id + 1."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(
            text("SELECT setval(pg_get_serial_sequence('concern', 'id'), :n)"), {"n": last_id}
        )
        return
    # SQLite: the largest id + 1 (no AUTOINCREMENT)
    resident = repo.resident_writes(s, channel="telegram", chat_id="o", user_id="o")
    other = repo.create_concern(s, resident=resident, text="Bank kaputt")
    s.execute(update(Concern).where(col(Concern.id) == other.id).values(id=last_id, reference="X"))


def test_attach_works_before_any_orm_query() -> None:
    """In a fresh process the first row attached may come before any ORM query
    has configured the mappers (a resident's first message: `arrive`)."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from sqlmodel import Session\n"
        "from store import rows\n"
        "from store.models import Resident\n"
        "values = dict.fromkeys(rows.columns(Resident))\n"
        "values['id'] = 1\n"
        "print(type(rows.attach(Session(), Resident, values)).__name__)\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "Resident"
