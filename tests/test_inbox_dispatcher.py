"""The inbox dispatcher (bot.telegram.dispatcher) with a recording handler:
per-chat order under concurrency, different chats not held up by a slow one,
two dispatchers on one database, leases of a crashed replica, retries, stop."""

from __future__ import annotations

import asyncio
import os
import random
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.telegram.dispatcher import Dispatcher, Handle, RetryLater
from store import inbox
from store.db import make_engine, session_scope
from store.models import InboxStatus, InboxUpdate

pytestmark = pytest.mark.asyncio

PG_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture
def db(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url, pool_size=20)
    yield engine
    engine.dispose()


def _msg(update_id: int, chat: int) -> dict[str, Any]:
    return {"update_id": update_id, "message": {"chat": {"id": chat}, "text": f"m{update_id}"}}


class Recorder:
    """A handler that notes what ran when, and how many ran at once."""

    def __init__(self, delay: tuple[float, float] = (0.0, 0.02)) -> None:
        self.delay = delay
        self.done: list[tuple[str, int]] = []
        self.running: dict[str, int] = defaultdict(int)
        self.overlap: list[str] = []  # chats seen twice at once
        self.now = 0
        self.peak = 0

    async def __call__(self, payload: dict[str, Any]) -> None:
        chat = inbox.chat_key(payload["update_id"], payload)
        self.running[chat] += 1
        self.now += 1
        self.peak = max(self.peak, self.now)
        if self.running[chat] > 1:
            self.overlap.append(chat)
        try:
            await asyncio.sleep(random.uniform(*self.delay))
            self.done.append((chat, payload["update_id"]))
        finally:
            self.running[chat] -= 1
            self.now -= 1


@asynccontextmanager
async def dispatching(engine: Engine, handle: Handle, **kwargs: Any) -> AsyncIterator[Dispatcher]:
    dispatcher = Dispatcher(engine, handle, **kwargs)
    dispatcher.start()
    try:
        yield dispatcher
    finally:
        await dispatcher.stop(5.0)


async def until(predicate: Any, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.01)


def _rows(engine: Engine) -> list[InboxUpdate]:
    with session_scope(engine) as s:
        return list(s.exec(select(InboxUpdate)))


def _by_chat(done: list[tuple[str, int]]) -> dict[str, list[int]]:
    chats: dict[str, list[int]] = defaultdict(list)
    for chat, uid in done:
        chats[chat].append(uid)
    return chats


async def test_each_chat_in_order_different_chats_at_once(db: Engine) -> None:
    recorder = Recorder()
    updates = [(uid, _msg(uid, 100 + uid % 6)) for uid in range(1, 121)]
    before = updates[:60]
    random.shuffle(before)  # stored in another order: the update_id decides
    inbox.record_many(db, before)  # pending before the start: taken first
    async with dispatching(db, recorder, max_concurrent=8, poll_interval=5.0) as dispatcher:
        for uid, payload in updates[60:]:
            await asyncio.to_thread(inbox.record, db, uid, payload)  # wakes it at once
        await until(lambda: dispatcher.handled == 120)
    assert recorder.overlap == []
    for uids in _by_chat(recorder.done).values():
        assert uids == sorted(uids) and len(uids) == 20
    assert 1 < recorder.peak <= 6  # six chats, never more than one each
    rows = _rows(db)
    assert {r.status for r in rows} == {InboxStatus.DONE}
    assert all(r.payload is None and r.chat_key is None for r in rows)


async def test_a_slow_chat_does_not_hold_up_the_others(db: Engine) -> None:
    release = asyncio.Event()
    done: list[int] = []

    async def handle(payload: dict[str, Any]) -> None:
        if payload["message"]["chat"]["id"] == 1:
            await release.wait()  # a Bot API call that takes its time
        done.append(payload["update_id"])

    async with dispatching(db, handle, max_concurrent=4, poll_interval=5.0):
        inbox.record(db, 1, _msg(1, 1))
        inbox.record(db, 2, _msg(2, 1))  # waits behind 1: same chat
        for uid in range(3, 23):
            inbox.record(db, uid, _msg(uid, uid))
        await until(lambda: len(done) == 20)
        assert sorted(done) == list(range(3, 23))
        release.set()
        await until(lambda: len(done) == 22)
    assert done[-2:] == [1, 2]


async def test_bounded_concurrency(db: Engine) -> None:
    recorder = Recorder(delay=(0.05, 0.05))
    inbox.record_many(db, [(uid, _msg(uid, uid)) for uid in range(1, 31)])
    async with dispatching(db, recorder, max_concurrent=3, poll_interval=5.0):
        await until(lambda: len(recorder.done) == 30)
    assert recorder.peak == 3


async def test_two_dispatchers_on_one_database(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("replicas share a PostgreSQL database (SQLite: one process)")
    engines = [make_engine(db_url, pool_size=12) for _ in range(2)]
    recorder = Recorder(delay=(0.0, 0.01))
    seen: dict[int, int] = defaultdict(int)

    def counted(name: int) -> Handle:
        async def handle(payload: dict[str, Any]) -> None:
            seen[name] += 1
            await recorder(payload)

        return handle

    try:
        async with (
            dispatching(engines[0], counted(0), max_concurrent=6, poll_interval=0.05),
            dispatching(engines[1], counted(1), max_concurrent=6, poll_interval=0.05),
        ):
            for uid in range(1, 201):
                # every update recorded by one replica or the other, as a webhook would;
                # more chats than one replica has slots: a replica that finishes an
                # update claims its chat's next one in the same transaction, so with
                # fewer chats than slots one replica may rightly keep them all
                await asyncio.to_thread(inbox.record, engines[uid % 2], uid, _msg(uid, uid % 40))
            await until(lambda: len(recorder.done) == 200, timeout=60)
            await asyncio.sleep(0.3)  # nothing more comes
        assert sorted(uid for _, uid in recorder.done) == list(range(1, 201))  # each once
        assert recorder.overlap == []
        for uids in _by_chat(recorder.done).values():
            assert uids == sorted(uids)
        assert seen[0] > 20 and seen[1] > 20  # both replicas took part
    finally:
        for engine in engines:
            engine.dispose()


async def test_a_crashed_replicas_lease_runs_out(db: Engine) -> None:
    inbox.record(db, 1, _msg(1, 7))
    inbox.record(db, 2, _msg(2, 7))
    [taken] = inbox.claim(db, owner="crashed", limit=5, lease=timedelta(seconds=1))
    assert taken.update_id == 1
    recorder = Recorder()
    async with dispatching(db, recorder, max_concurrent=4, poll_interval=0.1):
        await asyncio.sleep(0.4)
        assert recorder.done == []  # leased to the other replica: the chat waits
        await until(lambda: len(recorder.done) == 2, timeout=10)
    assert recorder.done == [("7", 1), ("7", 2)]


async def test_leases_are_renewed_while_an_update_takes_long(db: Engine) -> None:
    lease = timedelta(seconds=0.6)
    started = asyncio.Event()
    go_on = asyncio.Event()
    calls: list[int] = []

    async def slow(payload: dict[str, Any]) -> None:
        calls.append(payload["update_id"])
        started.set()
        await go_on.wait()

    inbox.record(db, 1, _msg(1, 7))
    async with dispatching(db, slow, lease=lease, poll_interval=0.1):
        await started.wait()
        await asyncio.sleep(1.5)  # more than two leases
        assert inbox.claim(db, owner="other", limit=5) == []  # still held
        go_on.set()
        await until(lambda: inbox.pending_count(db) == 0)
    assert calls == [1]


async def test_retry_later_keeps_the_update_and_failures_are_given_up(db: Engine) -> None:
    tries: dict[int, int] = defaultdict(int)
    done: list[int] = []

    async def handle(payload: dict[str, Any]) -> None:
        uid = payload["update_id"]
        tries[uid] += 1
        if uid == 1 and tries[uid] <= 6:
            raise RetryLater  # the store is away: more often than MAX_ATTEMPTS
        if uid == 3:
            raise ValueError("a bug")
        done.append(uid)

    inbox.record(db, 1, _msg(1, 7))
    inbox.record(db, 2, _msg(2, 7))
    inbox.record(db, 3, _msg(3, 8))
    inbox.record(db, 4, _msg(4, 8))
    async with dispatching(
        db, handle, poll_interval=0.02, retry_delay=timedelta(seconds=0.02), max_attempts=3
    ):
        await until(lambda: len(done) == 3)
    assert done.index(1) < done.index(2)  # chat 7 waited for its first update
    assert tries[1] == 7 and tries[3] == 3  # a bug: given up after three attempts
    status = {r.update_id: r.status for r in _rows(db)}
    assert status == {1: "done", 2: "done", 3: "failed", 4: "done"}


async def test_stop_gives_unfinished_updates_back(db: Engine) -> None:
    started = asyncio.Event()

    async def stuck(payload: dict[str, Any]) -> None:
        started.set()
        await asyncio.sleep(60)

    inbox.record(db, 1, _msg(1, 7))
    dispatcher = Dispatcher(db, stuck, poll_interval=0.1)
    dispatcher.start()
    await started.wait()
    await dispatcher.stop(0.2)
    [row] = _rows(db)
    assert row.status == InboxStatus.PENDING and row.lease_owner is None
    assert row.attempts == 0  # a stop is not the update's fault
    assert row.payload == _msg(1, 7)
    recorder = Recorder()
    async with dispatching(db, recorder):  # the next start takes it first
        await until(lambda: len(recorder.done) == 1)


async def test_a_dead_process_on_this_host_is_taken_over_at_once(db: Engine) -> None:
    import socket
    import subprocess

    ended = subprocess.Popen(["true"])
    ended.wait()
    host = socket.gethostname()[:32]
    inbox.record(db, 1, _msg(1, 7))
    inbox.record(db, 2, _msg(2, 8))
    inbox.claim(db, owner=f"{host}:{ended.pid}:dead", limit=1)  # killed while handling 1
    inbox.claim(db, owner="elsewhere:1:alive", limit=1)  # another host's replica: its lease holds
    recorder = Recorder()
    async with dispatching(db, recorder, poll_interval=0.1):
        await until(lambda: len(recorder.done) == 1, timeout=5)  # not after the 60 s lease
        await asyncio.sleep(0.3)
    assert recorder.done == [("7", 1)]
    [row] = [r for r in _rows(db) if r.update_id == 1]
    assert row.attempts == 2  # the dead process's claim counts


async def test_an_outcome_is_recorded_once_the_database_is_back(
    db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    real = inbox.claim
    outage = {"left": 5}

    def claim(engine: Engine, **kwargs: Any) -> list[inbox.Claimed]:
        if kwargs.get("done") and outage["left"] > 0:  # the database went away
            outage["left"] -= 1
            raise OperationalError("claim", {}, Exception("connection refused"))
        return real(engine, **kwargs)

    monkeypatch.setattr(inbox, "claim", claim)
    recorder = Recorder()
    inbox.record(db, 1, _msg(1, 7))
    inbox.record(db, 2, _msg(2, 7))
    async with dispatching(db, recorder, poll_interval=0.1) as dispatcher:
        await until(lambda: dispatcher.handled == 2, timeout=20)
    assert recorder.done == [("7", 1), ("7", 2)]  # handled once each, in order
    assert outage["left"] == 0
    assert {r.status for r in _rows(db)} == {InboxStatus.DONE}


async def test_another_dispatcher_of_this_process_is_not_taken_for_dead(db: Engine) -> None:
    import os
    import socket

    from bot.telegram.dispatcher import is_dead

    started = asyncio.Event()
    go_on = asyncio.Event()

    async def slow(payload: dict[str, Any]) -> None:
        started.set()
        await go_on.wait()

    inbox.record(db, 1, _msg(1, 7))
    recorder = Recorder()
    async with dispatching(db, slow, poll_interval=0.1) as first:
        await started.wait()
        async with dispatching(db, recorder, poll_interval=0.1) as second:
            await asyncio.sleep(0.4)
            assert recorder.done == []  # the first one's update stays the first one's
            assert not is_dead(first.owner, second.owner)
            go_on.set()
    earlier = f"{socket.gethostname()[:32]}:{os.getpid()}:gone"  # this pid, before a restart
    assert is_dead(earlier, first.owner)
