"""Retention: one purge run forgets what is no longer needed, and only that."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, select

from store import repository as repo
from store.db import session_scope
from store.models import Concern, Conversation, ProcessedUpdate, Resident, Status

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
MONTHS = 24
LONG_AGO = NOW - timedelta(days=800)  # beyond 24 months
RECENTLY = NOW - timedelta(days=10)


def _resident(s: Session, chat_id: str, *, seen: datetime | None) -> Resident:
    resident = repo.get_or_create_resident(s, channel="telegram", chat_id=chat_id, user_id=chat_id)
    resident.created_at = LONG_AGO
    resident.last_seen_at = seen
    s.add(resident)
    return resident


def _concern(s: Session, resident: Resident, *, created: datetime, status: Status) -> Concern:
    concern = repo.create_concern(s, resident=resident, text="persönlich", photos=["ph"])
    concern.created_at = concern.updated_at = created
    concern.status = status
    concern.lat, concern.lon = 47.37, 8.52
    s.add(concern)
    return concern


def _conversation(s: Session, chat_id: str, *, idle_since: datetime) -> None:
    conv = repo.get_conversation(s, channel="telegram", chat_id=chat_id)
    repo.save_conversation(
        s, conversation=conv, state="await_place", data={"photo": "ph", "location": [47, 8]}
    )
    conv.updated_at = idle_since
    s.add(conv)


def _update(s: Session, update_id: int, *, at: datetime) -> None:
    assert repo.claim_update(s, channel="telegram", update_id=update_id)
    row = s.get(ProcessedUpdate, ("telegram", update_id))
    assert row is not None
    row.at = at
    s.add(row)


def test_purge_forgets_old_data_and_keeps_current(engine: Engine) -> None:
    with session_scope(engine) as s:
        gone = _resident(s, "gone", seen=LONG_AGO)  # silent, only a closed old concern
        old = _concern(s, gone, created=LONG_AGO, status=Status.DONE)
        _conversation(s, "gone", idle_since=LONG_AGO)
        waiting = _resident(s, "waiting", seen=LONG_AGO)  # silent, but a concern is open
        open_concern = _concern(s, waiting, created=RECENTLY, status=Status.IN_PROGRESS)
        legacy = _resident(s, "legacy", seen=None)  # from before last_seen_at existed
        active = _resident(s, "active", seen=RECENTLY)
        _concern(s, active, created=RECENTLY, status=Status.DONE)
        _conversation(s, "active", idle_since=NOW - timedelta(days=40))  # idle chat
        _conversation(s, "waiting", idle_since=NOW - timedelta(days=5))  # current chat
        _update(s, 1, at=NOW - timedelta(days=8))
        _update(s, 2, at=NOW - timedelta(days=1))
        ids = {"gone": gone.id, "waiting": waiting.id, "legacy": legacy.id, "active": active.id}
        old_id, open_id = old.id or 0, open_concern.id or 0

    with session_scope(engine) as s:
        report = repo.purge(s, now=NOW, retention_months=MONTHS)
    assert report == repo.PurgeReport(
        concerns_anonymised=1, conversations_deleted=2, residents_forgotten=2, updates_deleted=1
    )

    with session_scope(engine) as s:
        chats = {name: s.get(Resident, rid) for name, rid in ids.items()}
        assert {name: r.chat_id if r else "?" for name, r in chats.items()} == {
            "gone": None,
            "waiting": "waiting",
            "legacy": None,
            "active": "active",
        }
        assert chats["gone"] is not None and chats["gone"].user_id is None
        old = repo.get_concern(s, old_id)
        assert (old.text, old.photos, old.lat, old.resident_id) == (None, [], None, None)
        assert old.status == Status.DONE
        kept = repo.get_concern(s, open_id)
        assert (kept.text, kept.photos, kept.resident_id) == ("persönlich", ["ph"], ids["waiting"])
        assert [c.chat_id for c in s.exec(select(Conversation))] == ["waiting"]
        assert [u.update_id for u in s.exec(select(ProcessedUpdate))] == [2]

    with session_scope(engine) as s:  # a second run finds nothing more to do
        assert repo.purge(s, now=NOW, retention_months=MONTHS) == repo.PurgeReport(0, 0, 0, 0)


def test_a_forgotten_chat_that_writes_again_is_a_new_resident(engine: Engine) -> None:
    with session_scope(engine) as s:
        _resident(s, "back", seen=LONG_AGO)
    with session_scope(engine) as s:
        assert repo.purge(s, now=NOW, retention_months=MONTHS).residents_forgotten == 1
    with session_scope(engine) as s:
        again = repo.get_or_create_resident(s, channel="telegram", chat_id="back", user_id="b")
        assert again.chat_id == "back" and again.last_seen_at is not None
        assert len(list(s.exec(select(Resident)))) == 2


def test_touch_resident_keeps_an_active_chat(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = _resident(s, "writes", seen=LONG_AGO)
        repo.touch_resident(s, resident, now=NOW - timedelta(days=1))
        rid = resident.id
    with session_scope(engine) as s:
        assert repo.purge(s, now=NOW, retention_months=MONTHS).residents_forgotten == 0
        loaded = s.get(Resident, rid)
        assert loaded is not None and loaded.chat_id == "writes"
        assert loaded.last_seen_at == NOW - timedelta(days=1)


def test_touch_resident_defaults_to_now(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = _resident(s, "now", seen=LONG_AGO)
        before = datetime.now(UTC)
        repo.touch_resident(s, resident)
        assert resident.last_seen_at is not None and resident.last_seen_at >= before


def test_months_before_counts_calendar_months() -> None:
    assert repo.months_before(datetime(2026, 3, 31, 12, tzinfo=UTC), 1) == datetime(
        2026, 2, 28, 12, tzinfo=UTC
    )
    assert repo.months_before(datetime(2026, 1, 15, tzinfo=UTC), 24) == datetime(
        2024, 1, 15, tzinfo=UTC
    )
    assert repo.months_before(datetime(2026, 5, 31, tzinfo=UTC), 3) == datetime(
        2026, 2, 28, tzinfo=UTC
    )
    assert repo.months_before(datetime(2028, 3, 30, tzinfo=UTC), 1) == datetime(
        2028, 2, 29, tzinfo=UTC
    )
