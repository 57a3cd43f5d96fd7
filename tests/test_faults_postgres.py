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

import pytest
from sqlmodel import select

from store.db import make_engine, session_scope
from store.models import Concern, Status
from tests import fake_telegram as tg
from tests.pg_cluster import Cluster, why_not
from tests.serve_process import Served, Telegram

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


async def test_postgres_down_for_ten_seconds_loses_nothing(
    api: tg.FakeBotAPI, cluster: Cluster, tmp_path: Path
) -> None:
    served = Served(api, cluster.url, tmp_path, SHUTDOWN_GRACE_SECONDS="3")
    served.start()
    telegram = Telegram(api, served)
    before, edge, during = [8100, 8101, 8102], 8150, [8200, 8201, 8202, 8203, 8204]
    try:
        await served.wait_for("/readyz", 200)
        for chat in before:
            await telegram.deliver(tg.text(chat, CONCERN))
        await api.wait_calls("sendMessage", len(before), timeout=60)

        # One update acknowledged just before the stop: perhaps in progress when it goes.
        await telegram.deliver(tg.text(edge, CONCERN))
        await asyncio.to_thread(cluster.stop)
        down_at = time.monotonic()
        presses = [
            telegram.make(
                tg.callback(
                    chat,
                    tg.message_of(confirmation(api, chat)),
                    tg.button_data(confirmation(api, chat), "Ja, weiterleiten"),
                )
            )
            for chat in before
        ]
        deliveries = [
            asyncio.create_task(telegram.deliver(update, retry=0.5, timeout=120))
            for update in [telegram.make(tg.text(chat, CONCERN)) for chat in during] + presses
        ]
        await asyncio.sleep(3.0)
        assert await served.probe("/readyz") == 503
        assert await served.probe("/healthz") == 200
        assert not any(task.done() for task in deliveries)  # nothing acknowledged meanwhile
        refused = [a for a in telegram.answers if a != 200]
        assert refused and all(a is not None and a >= 500 for a in refused)

        await asyncio.sleep(max(DOWN_SECONDS - (time.monotonic() - down_at), 0.0))
        assert served.process is not None and served.process.poll() is None  # still running
        await asyncio.to_thread(cluster.start)
        back_at = time.monotonic()

        await asyncio.gather(*deliveries)
        residents = [*before, edge, *during]
        await api.wait_for(
            lambda: (
                len(api.sent("sendMessage")) >= len(residents)
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
    assert sent == dict.fromkeys(residents, 1)  # each answered, none twice
    edited = Counter(int(c.params["chat_id"]) for c in api.sent("editMessageText"))
    assert edited == dict.fromkeys(before, 1)
    concerns = stored_concerns(cluster.url)
    assert len(concerns) == len(residents)  # no concern lost, none twice
    assert sorted(c.status for c in concerns).count(Status.FORWARDED) == len(before)
    assert "nachts" not in log and str(during[0]) not in log
    print(
        f"\nPostgreSQL down {DOWN_SECONDS:.0f} s: {len(refused)} deliveries refused (5xx) "
        f"meanwhile; every resident answered {answered_after:.1f} s after it was back"
    )
