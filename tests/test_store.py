"""Repository functions on a real engine (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, inspect
from sqlmodel import Session, select

from store import repository as repo
from store.db import session_scope, upgrade
from store.models import Concern, Conversation, EventKind, Resident, RoutingEvent, Status, utcnow


def test_migrations_create_the_tables(engine: Engine) -> None:
    names = set(inspect(engine).get_table_names())
    assert {"resident", "concern", "routing_event", "conversation", "processed_update"} <= names
    upgrade(engine)  # idempotent


def test_concern_roundtrip_and_reference(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="42", user_id="7")
        concern = repo.create_concern(s, resident=resident, text="Kübel voll", photos=["f1"])
        assert concern.status == Status.DRAFT
        ref = repo.assign_reference(s, concern=concern)
        assert ref == f"ZH-{concern.created_at.astimezone(repo.ZURICH).year}-{concern.id:06d}"
        assert repo.assign_reference(s, concern=concern) == ref  # stable
    with session_scope(engine) as s:
        loaded = repo.get_concern_by_reference(s, ref)
        assert loaded.text == "Kübel voll" and loaded.photos == ["f1"]
        assert loaded.created_at.tzinfo is not None


def test_same_resident_is_found_again(engine: Engine) -> None:
    with session_scope(engine) as s:
        a = repo.get_or_create_resident(s, channel="telegram", chat_id="1", user_id="1")
        b = repo.get_or_create_resident(s, channel="telegram", chat_id="1", user_id="1")
        c = repo.get_or_create_resident(s, channel="terminal", chat_id="1", user_id="1")
        assert a.id == b.id != c.id


def test_every_routing_change_is_recorded(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="5", user_id="5")
        concern = repo.create_concern(s, resident=resident, text="Lampe kaputt")
        repo.apply_routing(
            s, concern=concern, kind=EventKind.CLASSIFIER, topic="beleuchtung", office="ewz"
        )
        repo.apply_routing(s, concern=concern, kind=EventKind.RESIDENT, actor="resident", kreis=4)
        repo.set_status(s, concern=concern, status=Status.FORWARDED)
        cid = concern.id
    with session_scope(engine) as s:
        events = list(s.exec(select(RoutingEvent).where(RoutingEvent.concern_id == cid)))
        assert [e.kind for e in events] == ["classifier", "resident", "status"]
        assert events[0].before["topic"] is None and events[0].after["topic"] == "beleuchtung"
        assert events[1].after["kreis"] == 4
        assert events[2].after == {"status": "forwarded"}
        concern = repo.get_concern(s, cid or 0)
        assert concern.forwarded_at is not None


def test_unknown_routing_field_is_refused(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="t", chat_id="x", user_id=None)
        concern = repo.create_concern(s, resident=resident, text="x")
        try:
            repo.apply_routing(s, concern=concern, kind=EventKind.STAFF, text="changed")
        except ValueError as exc:
            assert "text" in str(exc)
        else:
            raise AssertionError("expected ValueError")


def test_update_ids_are_claimed_once(engine: Engine) -> None:
    with session_scope(engine) as s:
        assert repo.claim_update(s, channel="telegram", update_id=100)
        assert not repo.claim_update(s, channel="telegram", update_id=100)
        assert repo.claim_update(s, channel="terminal", update_id=100)


def test_rate_counting_ignores_old_and_held_back_concerns(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="9", user_id="9")
        old = repo.create_concern(s, resident=resident, text="alt")
        old.created_at = utcnow() - timedelta(hours=2)
        repo.create_concern(s, resident=resident, text="neu")
        repo.create_concern(s, resident=resident, text="zu viel", status=Status.RATE_LIMITED)
        assert repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago()) == 1


def test_deletion_keeps_concerns_without_the_person(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="77", user_id="77")
        concern = repo.create_concern(
            s, resident=resident, text="Meine Adresse ist ...", photos=["p"]
        )
        repo.apply_routing(
            s,
            concern=concern,
            kind=EventKind.CLASSIFIER,
            topic="abfall",
            kreis=4,
            lat=47.3,
            lon=8.5,
        )
        repo.get_conversation(s, channel="telegram", chat_id="77")
        assert repo.delete_personal_data(s, resident=resident) == 1
        cid = concern.id
    with session_scope(engine) as s:
        concern = repo.get_concern(s, cid or 0)
        assert concern.text is None and concern.photos == [] and concern.lat is None
        assert concern.resident_id is None
        assert (concern.topic, concern.kreis) == ("abfall", 4)
        assert repo.find_resident(s, channel="telegram", chat_id="77") is None
        rows = list(s.exec(select(Concern)))
        assert len(rows) == 1


def test_conversation_state_persists(engine: Engine) -> None:
    with session_scope(engine) as s:
        conv = repo.get_conversation(s, channel="telegram", chat_id="3")
        repo.save_conversation(s, conversation=conv, state="await_place", data={"concern_id": 5})
    with session_scope(engine) as s:
        conv = repo.get_conversation(s, channel="telegram", chat_id="3")
        assert (conv.state, conv.data) == ("await_place", {"concern_id": 5})


def test_export_has_no_text(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="8", user_id="8")
        concern = repo.create_concern(s, resident=resident, text="geheim")
        repo.assign_reference(s, concern=concern)
        rows = list(repo.export_concerns(s))
    assert set(rows[0]) == {
        "reference",
        "topic",
        "kreis",
        "office",
        "urgent",
        "status",
        "created_at",
    }
    assert "geheim" not in str(rows)


def test_retention_anonymises_old_concerns_only(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="r1", user_id="r1")
        old = repo.create_concern(s, resident=resident, text="alt und persönlich", photos=["p"])
        old.created_at = utcnow() - timedelta(days=800)
        repo.apply_routing(s, concern=old, kind=EventKind.CLASSIFIER, topic="abfall", kreis=3)
        new = repo.create_concern(s, resident=resident, text="neu")
        old_id, new_id = old.id or 0, new.id or 0
        assert repo.anonymise_older_than(s, cutoff=utcnow() - timedelta(days=730)) == 1
        assert repo.anonymise_older_than(s, cutoff=utcnow() - timedelta(days=730)) == 0
    with session_scope(engine) as s:
        old = repo.get_concern(s, old_id)
        assert old.text is None and old.photos == [] and old.resident_id is None
        assert (old.topic, old.kreis) == ("abfall", 3)
        assert repo.get_concern(s, new_id).text == "neu"


def _aged(s: Session, resident: Resident, text: str, status: Status, minutes: int) -> Concern:
    concern = repo.create_concern(s, resident=resident, text=text, status=status)
    concern.created_at = concern.updated_at = utcnow() - timedelta(minutes=minutes)
    s.add(concern)
    s.flush()
    return concern


def test_stale_drafts_are_old_drafts_oldest_first(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="d", user_id="d")
        _aged(s, resident, "neu", Status.DRAFT, 5)
        older = _aged(s, resident, "älter", Status.DRAFT, 90)
        oldest = _aged(s, resident, "am ältesten", Status.DRAFT, 120)
        _aged(s, resident, "weitergeleitet", Status.FORWARDED, 200)
        _aged(s, resident, "gehalten", Status.RATE_LIMITED, 200)
    before = utcnow() - timedelta(minutes=30)
    with session_scope(engine) as s:
        assert [c.text for c in repo.stale_drafts(s, before=before)] == [
            oldest.text,
            older.text,
        ]
        assert [c.id for c in repo.stale_drafts(s, before=before, limit=1)] == [oldest.id]


def test_held_concerns_oldest_first(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="h", user_id="h")
        second = _aged(s, resident, "zweiter", Status.RATE_LIMITED, 10)
        first = _aged(s, resident, "erster", Status.RATE_LIMITED, 20)
        _aged(s, resident, "Entwurf", Status.DRAFT, 30)
    with session_scope(engine) as s:
        assert [c.id for c in repo.held_concerns(s)] == [first.id, second.id]
        assert [c.id for c in repo.held_concerns(s, limit=1)] == [first.id]


def test_two_replicas_never_take_the_same_draft(engine: Engine) -> None:
    """PostgreSQL: FOR UPDATE SKIP LOCKED. (SQLite has one writer at a time:
    the second replica's transaction waits at BEGIN IMMEDIATE instead.)"""
    if engine.dialect.name != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="k", user_id="k")
        for minutes in (50, 40, 30, 20):
            _aged(s, resident, f"d{minutes}", Status.DRAFT, minutes)
            _aged(s, resident, f"h{minutes}", Status.RATE_LIMITED, minutes)
    before = utcnow()
    with session_scope(engine) as first, session_scope(engine) as second:
        a = repo.stale_drafts(first, before=before, limit=2)
        b = repo.stale_drafts(second, before=before, limit=2)
        assert [c.text for c in a] == ["d50", "d40"]
        assert [c.text for c in b] == ["d30", "d20"]
        assert [c.text for c in repo.held_concerns(first, limit=3)] == ["h50", "h40", "h30"]
        assert [c.text for c in repo.held_concerns(second)] == ["h20"]


def test_unconfirmed_is_false_unless_set(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="u", user_id="u")
        confirmed = repo.create_concern(s, resident=resident, text="bestätigt")
        timed_out = repo.create_concern(s, resident=resident, text="abgelaufen")
        timed_out.unconfirmed = True
        s.add(timed_out)
        ids = confirmed.id or 0, timed_out.id or 0
    with session_scope(engine) as s:
        assert [repo.get_concern(s, i).unconfirmed for i in ids] == [False, True]


def test_lock_conversation_creates_once_and_returns_current_state(engine: Engine) -> None:
    with session_scope(engine) as s:
        conv = repo.lock_conversation(s, channel="telegram", chat_id="L")
        assert (conv.state, conv.data) == ("idle", {})
        repo.save_conversation(s, conversation=conv, state="await_place", data={"c": 1})
        assert repo.lock_conversation(s, channel="telegram", chat_id="L") is conv
    with session_scope(engine) as s:
        again = repo.lock_conversation(s, channel="telegram", chat_id="L")
        assert (again.state, again.data) == ("await_place", {"c": 1})
        assert len(list(s.exec(select(Conversation)))) == 1


def test_new_resident_is_seen_now(engine: Engine) -> None:
    before = utcnow()
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="n", user_id="n")
        assert resident.last_seen_at is not None and resident.last_seen_at >= before
        assert resident.user_id == "n" and resident.language == "de"


def test_try_lock_conversation_never_waits(engine: Engine) -> None:
    with session_scope(engine) as s:
        assert repo.try_lock_conversation(s, channel="telegram", chat_id="T") is None
        repo.get_conversation(s, channel="telegram", chat_id="T")
    if engine.dialect.name != "postgresql":
        with session_scope(engine) as s:  # SQLite: one writer at a time, so it is free
            assert repo.try_lock_conversation(s, channel="telegram", chat_id="T") is not None
        return
    with session_scope(engine) as message, session_scope(engine) as upkeep:
        held = repo.lock_conversation(message, channel="telegram", chat_id="T")
        repo.save_conversation(message, conversation=held, state="confirm", data={"c": 2})
        assert repo.try_lock_conversation(upkeep, channel="telegram", chat_id="T") is None
        message.commit()
        free = repo.try_lock_conversation(upkeep, channel="telegram", chat_id="T")
        assert free is not None and (free.state, free.data) == ("confirm", {"c": 2})
