"""The dispatcher's claims are at least `claim_gap` apart (bot.telegram.dispatcher):
the wake-ups of a busy moment share one claim, and an update arriving after a
quiet moment is claimed at once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.telegram.dispatcher import Dispatcher
from store import inbox
from store.db import make_engine

pytestmark = pytest.mark.asyncio


@pytest.fixture
def db(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url, pool_size=10)
    yield engine
    engine.dispose()


def _msg(update_id: int) -> dict[str, Any]:
    return {"update_id": update_id, "message": {"chat": {"id": 900 + update_id}, "text": "x"}}


async def _until(predicate: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.005)


async def test_the_wake_ups_of_a_busy_moment_share_a_claim(db: Engine) -> None:
    handled: list[int] = []

    async def handle(payload: dict[str, Any]) -> None:
        handled.append(payload["update_id"])

    dispatcher = Dispatcher(db, handle, poll_interval=3600, claim_gap=0.25)
    dispatcher.start()
    try:
        await _until(lambda: dispatcher.claims >= 1)  # the first look, at start
        await asyncio.sleep(0.3)
        first = dispatcher.claims
        for uid in range(1, 21):  # one at a time, each wakes the dispatcher
            await asyncio.to_thread(inbox.record, db, uid, _msg(uid))
            await asyncio.sleep(0.005)
        await _until(lambda: len(handled) == 20)
        claims = dispatcher.claims - first
    finally:
        await dispatcher.stop(5.0)
    assert sorted(handled) == list(range(1, 21))
    # Recorded over ~0.1-0.5 s: a claim at the first, one or two more after the
    # gap (the outcomes of the handled updates go with them), not 20-40.
    assert claims <= 8, claims


async def test_after_a_quiet_moment_an_update_is_claimed_at_once(db: Engine) -> None:
    handled: list[float] = []

    async def handle(payload: dict[str, Any]) -> None:
        handled.append(time.monotonic())

    dispatcher = Dispatcher(db, handle, poll_interval=3600, claim_gap=1.0)
    dispatcher.start()
    try:
        await _until(lambda: dispatcher.claims >= 1)
        await asyncio.sleep(1.1)  # quiet for longer than the gap
        began = time.monotonic()
        await asyncio.to_thread(inbox.record, db, 1, _msg(1))
        await _until(lambda: bool(handled))
    finally:
        await dispatcher.stop(5.0)
    assert handled[0] - began < 0.5  # not held for the gap
