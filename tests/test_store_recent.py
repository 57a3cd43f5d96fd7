"""The resident's latest concerns read once per update (store/recent.py) and
with staff's latest answer (store/answered.py): what later asks get is what a
SELECT would give at that moment (concerns filed since included, undone ones
not, the rate limit's count read when the kept rows do not reach back far
enough), on both databases."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine, text
from sqlmodel import Session

from bot.dialog import Dialog
from store import recent
from store import repository as repo
from store.db import session_scope
from store.models import EventKind, Resident, Status, utcnow
from tests.chat import Chat
from tests.test_store_arrival import statements


def _resident(s: Session, chat_id: str, update_id: int, *, lock: bool = True) -> Resident:
    """The chat's resident arrived; with `lock` (the dialog's), its chat held."""
    arrival = repo.arrive(
        s, channel="telegram", chat_id=chat_id, user_id=chat_id, update_id=update_id, lock=lock
    )
    assert arrival.resident is not None
    return arrival.resident


def _filed(engine: Engine, chat_id: str, texts: list[str], *, status: str = Status.DRAFT) -> None:
    with session_scope(engine) as s:
        resident = _resident(s, chat_id, 1)
        for words in texts:
            repo.create_concern(s, resident=resident, text=words, status=status)


def _selects(seen: list[str]) -> list[str]:
    return [stmt for stmt in seen if stmt.startswith("SELECT")]


def test_the_latest_concerns_are_read_once_and_answer_the_count(engine: Engine) -> None:
    _filed(engine, "r1", ["Kübel voll", "Lampe defekt"])
    with session_scope(engine) as s:
        resident = _resident(s, "r1", 2)
        with statements(engine) as seen:
            latest = repo.concerns_of(s, resident=resident, limit=1)
            assert repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago()) == 2
            assert repo.concerns_of(s, resident=resident, limit=5)[1].text == "Kübel voll"
        assert len(_selects(seen)) == 1 and latest[0].text == "Lampe defekt"


def test_a_concern_filed_after_the_read_is_counted_and_listed_first(engine: Engine) -> None:
    _filed(engine, "r2", ["Kübel voll"])
    with session_scope(engine) as s:
        resident = _resident(s, "r2", 2)
        assert len(repo.concerns_of(s, resident=resident, limit=1)) == 1
        new = repo.create_concern(s, resident=resident, text="Glas auf dem Weg")
        held = repo.create_concern(
            s, resident=resident, text="Noch etwas", status=Status.RATE_LIMITED
        )
        with statements(engine) as seen:
            assert [c.id for c in repo.concerns_of(s, resident=resident, limit=2)] == [
                held.id,
                new.id,
            ]
            assert repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago()) == 2
        assert _selects(seen) == []


def test_a_concern_undone_by_a_rollback_is_not_kept(engine: Engine) -> None:
    _filed(engine, "r3", ["Kübel voll"])
    with session_scope(engine) as s:
        resident = _resident(s, "r3", 2)
        assert len(repo.concerns_of(s, resident=resident, limit=5)) == 1
        kept = s.begin_nested()
        repo.create_concern(s, resident=resident, text="Lampe defekt")
        assert len(repo.concerns_of(s, resident=resident, limit=5)) == 2
        kept.rollback()  # the concern is undone: so is the kept list
        assert [c.text for c in repo.concerns_of(s, resident=resident, limit=5)] == ["Kübel voll"]
        assert repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago()) == 1


def test_the_count_is_read_when_the_kept_rows_do_not_reach_back_an_hour(engine: Engine) -> None:
    _filed(engine, "r4", [f"Anliegen {n}" for n in range(recent.LATEST + 2)])
    with session_scope(engine) as s:
        resident = _resident(s, "r4", 2)
        assert len(repo.concerns_of(s, resident=resident, limit=1)) == 1
        since = repo.hour_ago()
        assert repo.count_recent_concerns(s, resident=resident, since=since) == recent.LATEST + 2


def test_the_count_is_taken_from_the_kept_rows_that_reach_back_past_it(engine: Engine) -> None:
    _filed(engine, "r5", [f"Anliegen {n}" for n in range(recent.LATEST + 1)])
    with engine.begin() as c:  # the oldest two filed two hours ago
        c.execute(
            text(
                "UPDATE concern SET created_at = :at WHERE id IN"
                " (SELECT id FROM concern ORDER BY id LIMIT 2)"
            ),
            {"at": utcnow() - timedelta(hours=2)},
        )
    with session_scope(engine) as s:
        resident = _resident(s, "r5", 2)
        assert len(repo.concerns_of(s, resident=resident, limit=1)) == 1
        with statements(engine) as seen:
            n = repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago())
        assert n == recent.LATEST - 1 and _selects(seen) == []


def test_without_the_chat_s_lock_every_ask_reads(engine: Engine) -> None:
    """Maintenance counts held concerns' residents in one transaction without
    their chats' locks: a concern filed meanwhile (another transaction) counts."""
    _filed(engine, "r8", ["Kübel voll"])
    with session_scope(engine) as s:
        resident = _resident(s, "r8", 2, lock=False)
        assert repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago()) == 1
        assert len(repo.concerns_of(s, resident=resident, limit=5)) == 1
        if engine.dialect.name == "postgresql":  # SQLite: one writer at a time
            with session_scope(engine) as other:
                found = other.get(Resident, resident.id)
                assert found is not None
                repo.create_concern(other, resident=found, text="Lampe defekt")
            since = repo.hour_ago()
            assert repo.count_recent_concerns(s, resident=resident, since=since) == 2
            assert len(repo.concerns_of(s, resident=resident, limit=5)) == 2
        with statements(engine) as seen:
            repo.latest_answer(s, resident=resident)
        assert len(seen) == 1 and seen[0].startswith("SELECT concern.")  # the answer alone


def test_the_latest_answer_reads_the_latest_concerns_in_its_statement(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = _resident(s, "r6", 1)
        asked = repo.create_concern(s, resident=resident, text="Lampe defekt")
        repo.create_concern(s, resident=resident, text="Kübel voll")
        repo.record_event(s, concern=asked, kind=EventKind.ANSWER, actor="staff:1", note="a")
    with session_scope(engine) as s:
        resident = _resident(s, "r6", 2)
        with statements(engine) as seen:
            latest = repo.latest_answer(s, resident=resident)
            listed = repo.concerns_of(s, resident=resident, limit=5)
            again = repo.latest_answer(s, resident=resident)  # the answer is read again
        assert latest is not None and latest.concern.id == asked.id and not latest.newer
        assert again is not None and again.concern is latest.concern
        assert [c.text for c in listed] == ["Kübel voll", "Lampe defekt"]
        assert listed[1] is latest.concern
        assert len(_selects(seen)) == 2


def test_an_idle_text_reads_the_resident_s_concerns_and_answer_once(dialog: Dialog) -> None:
    chat = Chat(dialog, "r7")
    chat.say("Die Strassenlampe an der Josefstrasse 12 flackert seit Tagen")
    chat.say("Ja, weiterleiten")
    with statements(dialog.engine) as seen:
        chat.say("Der Abfallkübel am Idaplatz ist voll")
    others = ("staff_member", "conversation")  # the alert's registry, SQLite's lock
    reads = [stmt for stmt in _selects(seen) if not any(name in stmt for name in others)]
    assert len(reads) == 1, reads  # was 4: the answer, the latest, the count, the place
