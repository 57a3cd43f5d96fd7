"""PostgreSQL stopped for 10 s under the real `quartierbot serve` (webhook mode)
and started again: a server of the test's own (tests/pg_cluster.py: initdb,
pg_ctl, a free port; the shared server on 5432 is never touched).

While the database is down the webhook answers 5xx and Telegram (here: the
test, as Telegram does) sends the updates again; /readyz says 503, /healthz
200, the process stays up. Once the database is back every update is stored
and handled: no concern lost, every resident answered exactly once."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlmodel import select

from store.db import make_engine, session_scope
from store.models import Concern, Status
from tests import fake_telegram as tg
from tests.pg_cluster import Cluster, free_port, why_not
from tests.serve_process import Served, Telegram, mentions

pytestmark = pytest.mark.skipif(why_not() is not None, reason=str(why_not()))

CONCERN = "Beim Idaplatz ist es nachts sehr laut"
DOWN_SECONDS = 10.0


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    server = Cluster()
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def api() -> Iterator[tg.FakeBotAPI]:
    server = tg.FakeBotAPI(query_max_age=120)  # presses answered late still count
    server.start()
    yield server
    server.stop()


def stored_concerns(url: str) -> list[Concern]:
    engine = make_engine(url)
    try:
        with session_scope(engine) as s:
            return list(s.exec(select(Concern)))
    finally:
        engine.dispose()


def confirmation(api: tg.FakeBotAPI, chat: int) -> tg.Call:
    [call] = [c for c in api.sent("sendMessage") if c.params["chat_id"] == chat]
    return call


def hold_conversation(cluster: Cluster, chat: int) -> psycopg.Connection[Any]:
    """A transaction holding the chat's conversation row locked (FOR UPDATE)."""
    conn = psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres")
    [row] = conn.execute(
        "SELECT chat_id FROM conversation WHERE channel = 'telegram' AND chat_id = %s FOR UPDATE",
        (str(chat),),
    ).fetchall()
    assert row
    return conn


def wait_for_lock_waiter(conn: psycopg.Connection[Any], timeout: float = 30.0) -> None:
    """Until another session waits for a lock (the bot's dialog for that row)."""
    deadline = time.monotonic() + timeout
    query = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
    while conn.execute(query).fetchone() == (0,):
        assert time.monotonic() < deadline, "the update was not taken up"
        time.sleep(0.05)


class Feed:
    """Updates reaching the bot: POSTed to its webhook (retried until 200, as
    Telegram does) or queued for its getUpdates (polling)."""

    def __init__(self, api: tg.FakeBotAPI, served: Served, mode: str) -> None:
        self.api, self.mode = api, mode
        self.telegram = Telegram(api, served)

    async def send(self, update: dict[str, object]) -> None:
        if self.mode == "webhook":
            await self.telegram.deliver(self.telegram.make(update), retry=0.5, timeout=120)
        else:
            self.api.push(update)


@pytest.mark.parametrize("mode", ["webhook", "polling"])
async def test_postgres_down_for_ten_seconds_loses_nothing(
    api: tg.FakeBotAPI, cluster: Cluster, tmp_path: Path, mode: str
) -> None:
    settings = {"SHUTDOWN_GRACE_SECONDS": "3"}
    if mode == "polling":
        settings |= {"WEBHOOK_URL": "", "HEALTH_PORT": str(free_port())}
    served = Served(api, cluster.url, tmp_path, **settings)
    if mode == "polling":
        served.port = int(settings["HEALTH_PORT"])  # the probes
    served.start()
    feed = Feed(api, served, mode)
    before, edge, during = [8100, 8101, 8102], 8150, [8200, 8201, 8202, 8203, 8204]
    try:
        await served.wait_for("/readyz", 200)
        for chat in before:
            await feed.send(tg.text(chat, CONCERN))
        await api.wait_calls("sendMessage", len(before), timeout=60)

        # One update in progress when the database goes: its dialog waits for the
        # chat's conversation row, which the test holds locked.
        await feed.send(tg.text(edge, "/start"))
        await api.wait_calls("sendMessage", len(before) + 1, timeout=60)
        lock = await asyncio.to_thread(hold_conversation, cluster, edge)
        await feed.send(tg.text(edge, CONCERN))
        await asyncio.to_thread(wait_for_lock_waiter, lock)
        await asyncio.to_thread(cluster.stop)
        lock.close()
        down_at = time.monotonic()
        presses = [
            tg.callback(
                chat,
                tg.message_of(confirmation(api, chat)),
                tg.button_data(confirmation(api, chat), "Ja, weiterleiten"),
            )
            for chat in before
        ]
        updates = [tg.text(chat, CONCERN) for chat in during] + presses
        deliveries = [asyncio.create_task(feed.send(update)) for update in updates]
        await asyncio.sleep(3.0)
        assert await served.probe("/readyz") == 503
        assert await served.probe("/healthz") == 200
        refused = [a for a in feed.telegram.answers if a != 200]
        if mode == "webhook":
            assert not any(task.done() for task in deliveries)  # nothing acknowledged meanwhile
            assert refused and all(a is not None and a >= 500 for a in refused)

        await asyncio.sleep(max(DOWN_SECONDS - (time.monotonic() - down_at), 0.0))
        assert served.process is not None and served.process.poll() is None  # still running
        await asyncio.to_thread(cluster.start)
        back_at = time.monotonic()

        await asyncio.gather(*deliveries)
        residents = [*before, edge, *during]
        await api.wait_for(
            lambda: (
                len(api.sent("sendMessage")) >= len(residents) + 1
                and len(api.sent("editMessageText")) >= len(before)
            ),
            timeout=90,
        )
        answered_after = time.monotonic() - back_at
        await served.wait_for("/readyz", 200, timeout=30)
        await asyncio.sleep(1.5)  # a reply sent twice would come now
        code, _ = await served.stop()
    finally:
        served.kill()
    log = served.log()
    assert code == 0, log[-3000:]
    sent = Counter(int(c.params["chat_id"]) for c in api.sent("sendMessage"))
    assert sent == {**dict.fromkeys(residents, 1), edge: 2}  # each answered, none twice
    [edge_answer] = [c for c in api.sent("sendMessage") if c.params["chat_id"] == edge][1:]
    assert "Beim Idaplatz" in edge_answer.params["text"] or "Kreis 3" in edge_answer.params["text"]
    edited = Counter(int(c.params["chat_id"]) for c in api.sent("editMessageText"))
    assert edited == dict.fromkeys(before, 1)
    concerns = stored_concerns(cluster.url)
    assert len(concerns) == len(residents)  # no concern lost, none twice
    assert sorted(c.status for c in concerns).count(Status.FORWARDED) == len(before)
    assert "nachts" not in log and not mentions(log, during[0])
    print(
        f"\nPostgreSQL down {DOWN_SECONDS:.0f} s ({mode}): {len(refused)} deliveries refused "
        f"(5xx) meanwhile; every resident answered {answered_after:.1f} s after it was back"
    )


async def test_serve_waits_for_postgres_at_start_up(api: tg.FakeBotAPI, tmp_path: Path) -> None:
    """PostgreSQL not up yet when serve starts (compose starts both at once):
    the process waits for it instead of exiting (alive, not ready; the webhook
    answers 503, so Telegram sends again), then migrates and serves."""
    cluster = Cluster()  # created, not started
    served = Served(api, cluster.url, tmp_path)
    try:
        served.start()
        deadline = time.monotonic() + 60
        while served.log().count("database unreachable at start-up") < 2:  # tried, and again
            assert time.monotonic() < deadline, served.log()[-2000:]
            await asyncio.sleep(0.2)
        assert served.process is not None and served.process.poll() is None
        assert await served.probe("/healthz") == 200  # alive while it waits
        assert await served.probe("/readyz") == 503
        telegram = Telegram(api, served)
        early = asyncio.create_task(telegram.deliver(tg.text(8301, CONCERN)))  # 503 meanwhile
        await asyncio.to_thread(cluster.start)
        await served.wait_for("/readyz", 200, timeout=120)
        await early
        assert 503 in telegram.answers
        await telegram.deliver(tg.text(8300, CONCERN))
        await api.wait_calls("sendMessage", 2, timeout=60)
        code, _ = await served.stop()
        assert code == 0
    finally:
        served.kill()
        cluster.destroy()
