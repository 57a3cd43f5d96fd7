"""A resident's idle text asks whether it answers the city (reply_to_city) and
whether it adds to the concern forwarded a moment ago (addition): one Core
statement for staff's latest answer and what followed it, and none at all for
a chat that arrived in this transaction and has filed nothing (docs/load.md,
round 7)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from bot.dialog import Dialog
from store import repository as repo
from store.db import session_scope
from store.models import EventKind, Resident, Status, utcnow
from tests.chat import Chat
from tests.test_store_arrival import statements


def _resident(s: Session, chat_id: str, update_id: int) -> Resident:
    arrival = repo.arrive(
        s, channel="telegram", chat_id=chat_id, user_id=chat_id, update_id=update_id
    )
    assert arrival.resident is not None
    return arrival.resident


def test_a_new_chat_s_concerns_and_answers_are_not_read(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = _resident(s, "n", 1)
        assert repo.fresh(resident)
        with statements(engine) as seen:
            assert repo.concerns_of(s, resident=resident, limit=1) == []
            assert repo.latest_answer(s, resident=resident) is None
        assert seen == []
        repo.create_concern(s, resident=resident, text="Laterne defekt")
        # It has a concern now: the answers are read again; its concerns are the
        # one this transaction filed (store.recent), without a read.
        with statements(engine) as seen:
            assert len(repo.concerns_of(s, resident=resident, limit=1)) == 1
            assert repo.latest_answer(s, resident=resident) is None
        assert len(seen) == 1 and seen[0].startswith("SELECT concern.id")


def test_the_first_text_of_a_new_chat_reads_no_concern_before_filing(dialog: Dialog) -> None:
    seen: list[str]
    with statements(dialog.engine) as seen:
        Chat(dialog, "n1").say("Die Strassenlampe vor dem Haus flackert seit Tagen")
    # PostgreSQL: the INSERT is in the consent's WITH (the resident's first concern).
    filing = ("INSERT INTO concern", "WITH consented AS")
    filed = next(i for i, stmt in enumerate(seen) if stmt.startswith(filing))
    assert not [stmt for stmt in seen[:filed] if stmt.startswith("SELECT")], seen[:filed]


def test_latest_answer_is_the_newest_staff_answer_and_what_followed(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = _resident(s, "r", 1)
        older = repo.create_concern(s, resident=resident, text="Kübel voll")
        asked = repo.create_concern(s, resident=resident, text="Lampe defekt")
        other = repo.create_concern(s, resident=_resident(s, "o", 2), text="Glas")
        repo.record_event(s, concern=older, kind=EventKind.ANSWER, actor="staff:1", note="a")
        repo.record_event(s, concern=asked, kind=EventKind.ANSWER, actor="staff:1", note="b")
        repo.record_event(s, concern=asked, kind=EventKind.STATUS, actor="staff:1")
        repo.record_event(s, concern=other, kind=EventKind.ANSWER, actor="staff:1", note="c")
        repo.record_event(s, concern=older, kind=EventKind.ANSWER, actor="resident", note="d")
        repo.record_event(s, concern=older, kind=EventKind.ANSWER, actor=None, note="e")
        repo.record_event(s, concern=older, kind=EventKind.REPLY, actor="resident", note="f")
        ids = older.id, asked.id
    with session_scope(engine) as s:
        resident = _resident(s, "r", 3)
        assert not repo.fresh(resident)
        with statements(engine) as seen:
            latest = repo.latest_answer(s, resident=resident)
        assert len(seen) == 1
        assert latest is not None and latest.concern.id == ids[1]
        assert latest.concern.text == "Lampe defekt" and latest.concern.status == Status.DRAFT
        assert not latest.replied and not latest.newer  # a reply to the older one
        assert abs(utcnow() - latest.at) < timedelta(minutes=1) and latest.at.tzinfo
        urgent = repo.create_concern(s, resident=resident, text="Es brennt")
        urgent.urgent = True
        s.add(urgent)
        withdrawn = repo.create_concern(
            s, resident=resident, text="Doch nicht", status=Status.WITHDRAWN
        )
        assert withdrawn.status == Status.WITHDRAWN
        latest = repo.latest_answer(s, resident=resident)
        assert latest is not None and not latest.newer  # an emergency, a withdrawn one
        repo.create_concern(s, resident=resident, text="Schlagloch")
        latest = repo.latest_answer(s, resident=resident)
        assert latest is not None and latest.newer and not latest.replied
        asked_again = s.get(type(latest.concern), ids[1])
        assert asked_again is not None
        repo.record_event(s, concern=asked_again, kind=EventKind.REPLY, actor="resident")
        latest = repo.latest_answer(s, resident=resident)
        assert latest is not None and latest.replied
