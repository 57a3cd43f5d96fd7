"""The durable inbox's table (store.inbox): recorded once, claimed per chat in
order, leases, erasure when processed, retention."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import select

from store import inbox
from store.db import session_scope
from store.models import InboxStatus, InboxUpdate, utcnow


def _msg(update_id: int, chat: int, text: str = "Kübel voll") -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {"message_id": update_id, "date": 0, "chat": {"id": chat}, "text": text},
    }


def _press(update_id: int, chat: int) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": "q",
            "from": {"id": 7},
            "message": {"message_id": 1, "chat": {"id": chat}},
        },
    }


def _rows(engine: Engine) -> dict[int, InboxUpdate]:
    with session_scope(engine) as s:
        return {r.update_id: r for r in s.exec(select(InboxUpdate))}


def test_record_stores_once_and_wakes_listeners(engine: Engine) -> None:
    woken: list[int] = []
    stop = inbox.on_record(engine, lambda: woken.append(1))
    assert inbox.record(engine, 10, _msg(10, 1)) is True
    assert inbox.record(engine, 10, _msg(10, 1, "anders")) is False  # a repeat: ignored
    assert inbox.record_many(engine, [(10, _msg(10, 1)), (11, _msg(11, 2))]) == 1
    assert len(woken) == 2  # the repeat woke nobody
    stop()
    inbox.record(engine, 12, _msg(12, 2))
    assert len(woken) == 2
    rows = _rows(engine)
    assert rows[10].payload == _msg(10, 1)  # the first one stays
    assert rows[10].chat_key == "1" and rows[11].chat_key == "2"
    assert inbox.pending_count(engine) == 3


def test_chat_key_of_every_kind_of_update() -> None:
    assert inbox.chat_key(1, _msg(1, -100)) == "-100"
    assert inbox.chat_key(2, _press(2, 55)) == "55"
    inline = {"update_id": 3, "callback_query": {"id": "q", "from": {"id": 8}}}
    assert inbox.chat_key(3, inline) == "8"
    assert inbox.chat_key(4, {"update_id": 4, "poll": {"id": "p"}}) == "update:4"


def test_claims_only_the_oldest_pending_update_of_each_chat(engine: Engine) -> None:
    for uid, chat in [(1, 100), (2, 100), (3, 200), (4, 100), (5, 300)]:
        inbox.record(engine, uid, _msg(uid, chat))
    first = inbox.claim(engine, owner="a", limit=10)
    assert [c.update_id for c in first] == [1, 3, 5]
    assert inbox.claim(engine, owner="b", limit=10) == []  # leased, and 2, 4 wait their turn
    inbox.mark_done(engine, 1)
    assert [c.update_id for c in inbox.claim(engine, owner="b", limit=10)] == [2]
    inbox.mark_done(engine, 2)
    inbox.mark_done(engine, 3)
    assert [c.update_id for c in inbox.claim(engine, owner="b", limit=1)] == [4]


def test_an_expired_lease_is_claimed_again_and_renewal_keeps_it(engine: Engine) -> None:
    inbox.record(engine, 1, _msg(1, 100))
    inbox.record(engine, 2, _msg(2, 200))
    claimed = inbox.claim(engine, owner="a", limit=10)
    assert [c.attempts for c in claimed] == [1, 1]
    later = utcnow() + inbox.LEASE + timedelta(seconds=1)
    retaken = inbox.claim(engine, owner="b", limit=10, now=later)  # replica a crashed
    assert [(c.update_id, c.attempts) for c in retaken] == [(1, 2), (2, 2)]
    assert inbox.renew(engine, [1, 2], owner="a") == 0  # not a's any more
    assert inbox.renew(engine, [1], owner="b") == 1
    assert inbox.release(engine, [2], owner="b") == 1
    assert [c.update_id for c in inbox.claim(engine, owner="c", limit=10)] == [2]


def test_processing_erases_the_message_and_retention_deletes_old_rows(engine: Engine) -> None:
    inbox.record(engine, 1, _msg(1, 100, "Lampe dunkel an der Josefstrasse"))
    inbox.record(engine, 2, _msg(2, 100))
    inbox.claim(engine, owner="a", limit=10)
    inbox.mark_done(engine, 1)
    inbox.mark_failed(engine, 2)
    rows = _rows(engine)
    for row in rows.values():
        assert row.payload is None and row.chat_key is None and row.lease_owner is None
    assert rows[1].status == InboxStatus.DONE and rows[2].status == InboxStatus.FAILED
    assert inbox.record(engine, 1, _msg(1, 100)) is False  # still recognised as a repeat
    inbox.record(engine, 3, _msg(3, 100))
    with session_scope(engine) as s:
        assert inbox.purge(s, now=utcnow()) == 0
        purged = inbox.purge(s, now=utcnow() + timedelta(days=inbox.DONE_KEEP_DAYS + 1))
    assert purged == 2
    assert list(_rows(engine)) == [3]  # pending rows are kept


def test_the_retention_run_deletes_old_processed_inbox_rows(engine: Engine) -> None:
    from store import repository as repo

    inbox.record(engine, 1, _msg(1, 100))
    inbox.record(engine, 2, _msg(2, 100))
    inbox.mark_done(engine, 1)
    later = utcnow() + timedelta(days=inbox.DONE_KEEP_DAYS + 1)
    with session_scope(engine) as s:
        report = repo.purge(s, now=later, retention_months=24)
    assert report.inbox_deleted == 1
    assert list(_rows(engine)) == [2]
