"""The webhook's HTTP server (bot.telegram.webhook, bot.telegram.health) on a
real socket, storing into the real inbox: the secret token, malformed bodies,
repeats, a failing database, the probes and the stop."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func
from sqlalchemy.exc import DataError
from sqlmodel import select

from bot.telegram import webhook
from bot.telegram.health import Health
from store import inbox
from store.db import make_engine, session_scope, upgrade
from store.models import InboxUpdate
from tests import fake_telegram as tg

SECRET = "s3cret-token_ABC"
HEADER = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


def stored(engine: Engine) -> int:
    with session_scope(engine) as s:
        return int(s.exec(select(func.count()).select_from(InboxUpdate)).one())


def update(update_id: int, words: str = "Kübel voll am Idaplatz") -> dict[str, object]:
    return {"update_id": update_id, **tg.text(4242, words)}


def refused_engine() -> Engine:
    """A PostgreSQL engine whose server is not there (a port nobody listens on)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{port}/nothing")


async def serve(engine: Engine, health: Health | None = None) -> webhook.Server:
    receiver = webhook.Receiver(secret=SECRET, record_many=partial(inbox.record_many, engine))
    return await webhook.start("127.0.0.1", 0, health or Health(engine), receiver)


@pytest.fixture
async def server(engine: Engine) -> AsyncIterator[webhook.Server]:
    running = await serve(engine)
    yield running
    await running.stop(1.0)


def url(server: webhook.Server, path: str = "/telegram") -> str:
    return f"http://127.0.0.1:{server.port}{path}"


async def test_missing_or_wrong_secret_is_refused_and_nothing_stored(
    server: webhook.Server, engine: Engine
) -> None:
    body = update(1)
    async with httpx.AsyncClient() as client:
        missing = await client.post(url(server), json=body)
        wrong = await client.post(
            url(server), json=body, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"}
        )
        empty = await client.post(
            url(server), json=body, headers={"X-Telegram-Bot-Api-Secret-Token": ""}
        )
    assert (missing.status_code, wrong.status_code, empty.status_code) == (403, 403, 403)
    assert stored(engine) == 0


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2]", b'{"message": {}}', b'{"update_id": "7"}', b"\xff\xfe", b""],
)
async def test_a_body_that_is_no_update_is_refused(
    server: webhook.Server, engine: Engine, body: bytes
) -> None:
    async with httpx.AsyncClient() as client:
        answer = await client.post(url(server), content=body, headers=HEADER)
    assert answer.status_code == 400
    assert stored(engine) == 0


async def test_an_update_is_stored_before_200_and_a_repeat_once(
    server: webhook.Server, engine: Engine
) -> None:
    body = update(77)
    async with httpx.AsyncClient() as client:
        first = await client.post(url(server), json=body, headers=HEADER)
        assert first.status_code == 200
        assert stored(engine) == 1  # committed before the answer
        again = await client.post(url(server), json=update(77, "anders"), headers=HEADER)
        assert again.status_code == 200
        other = await client.post(url(server), json=update(78), headers=HEADER)
        assert other.status_code == 200
    assert stored(engine) == 2
    with session_scope(engine) as s:
        row = s.get(InboxUpdate, 77)
        assert row is not None and row.payload == body  # the first one is kept


async def test_an_oversized_body_is_refused_unread(server: webhook.Server, engine: Engine) -> None:
    huge = json.dumps(update(5, "x" * (webhook.MAX_BODY_BYTES + 10))).encode()
    async with httpx.AsyncClient() as client:
        try:
            answer = await client.post(url(server), content=huge, headers=HEADER)
            assert answer.status_code == 400
        except httpx.TransportError:
            pass  # the server may close the connection while the body is still being sent
    assert stored(engine) == 0


async def test_a_database_failure_answers_5xx_so_telegram_sends_again() -> None:
    engine = refused_engine()
    running = await serve(engine)
    try:
        async with httpx.AsyncClient() as client:
            answer = await client.post(url(running), json=update(9), headers=HEADER)
            assert answer.status_code == 503
            ready = await client.get(url(running, "/readyz"))
            assert ready.status_code == 503
            assert ready.json()["database"] == "unreachable"
            alive = await client.get(url(running, "/healthz"))
            assert alive.status_code == 200
    finally:
        await running.stop(1.0)
        engine.dispose()


async def test_readyz_wants_telegram_the_database_and_every_migration(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/ready.sqlite3")
    health = Health(engine)
    running = await webhook.start("127.0.0.1", 0, health)  # probes only, as in polling mode
    try:
        async with httpx.AsyncClient() as client:

            async def ready() -> tuple[int, dict[str, object]]:
                health._last = None  # no reuse of the previous answer
                answer = await client.get(url(running, "/readyz"))
                return answer.status_code, answer.json()

            assert (await client.get(url(running, "/healthz"))).status_code == 200
            assert (await client.post(url(running), json=update(1))).status_code == 404
            status, body = await ready()
            assert status == 503
            assert body["database"] == "migrations pending"
            assert body["telegram"] == "connecting"
            upgrade(engine, "0004")
            assert (await ready())[1]["database"] == "migrations pending"
            upgrade(engine)
            status, body = await ready()
            assert (status, body["database"]) == (503, "ok")  # Telegram not reached yet
            health.telegram = "ok"
            status, body = await ready()
            assert (status, body["ready"]) == (200, True)
            health.stopping = True
            status, body = await ready()
            assert (status, body["process"]) == (503, "stopping")
            assert (await client.get(url(running, "/healthz"))).status_code == 200
    finally:
        await running.stop(1.0)
        engine.dispose()


async def test_after_stop_nothing_is_accepted(engine: Engine) -> None:
    running = await serve(engine)
    async with httpx.AsyncClient() as client:
        assert (await client.post(url(running), json=update(1), headers=HEADER)).status_code == 200
        running.receiver.accepting = False  # type: ignore[union-attr]
        late = await client.post(url(running), json=update(2), headers=HEADER)
        assert late.status_code == 503
        await running.stop(1.0)
        with pytest.raises(httpx.ConnectError):
            await client.post(url(running), json=update(3), headers=HEADER)
    assert stored(engine) == 1


async def test_nul_and_lone_surrogates_in_an_update_are_stored(
    server: webhook.Server, engine: Engine
) -> None:
    """JSON may escape characters PostgreSQL or UTF-8 refuse elsewhere (a NUL,
    half of a surrogate pair): the update is still stored as it came."""
    raw = (
        b'{"update_id": 31, "message": {"message_id": 1, "date": 1, '
        b'"chat": {"id": 4242, "type": "private"}, "text": "a\\u0000b \\ud83d c"}}'
    )
    async with httpx.AsyncClient() as client:
        answer = await client.post(url(server), content=raw, headers=HEADER)
    assert answer.status_code == 200
    with session_scope(engine) as s:
        row = s.get(InboxUpdate, 31)
        assert row is not None and row.payload is not None
        assert row.payload["message"]["text"] == "a\x00b \ud83d c"


async def test_updates_arriving_together_are_stored_together_and_a_bad_one_alone(
    engine: Engine,
) -> None:
    """Concurrent deliveries share transactions; an update the database refuses
    for its content (here: update 13, refused by a wrapper) fails alone (5xx),
    the others of its batch are stored."""
    batches: list[int] = []

    def record_many(updates: Sequence[tuple[int, dict[str, Any]]]) -> int:
        batches.append(len(updates))
        if any(uid == 13 for uid, _ in updates):
            raise DataError("INSERT", {}, Exception("refused"))
        return inbox.record_many(engine, updates)

    receiver = webhook.Receiver(secret=SECRET, record_many=record_many)
    running = await webhook.start("127.0.0.1", 0, Health(engine), receiver)
    try:
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=40)) as client:
            answers = await asyncio.gather(
                *(client.post(url(running), json=update(i), headers=HEADER) for i in range(1, 61))
            )
    finally:
        await running.stop(1.0)
    status = {i: a.status_code for i, a in enumerate(answers, start=1)}
    assert status.pop(13) >= 500
    assert set(status.values()) == {200}
    assert stored(engine) == 59
    assert len([n for n in batches if n > 1]) > 0  # some went together
