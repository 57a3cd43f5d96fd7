"""bot.telegram.callbacks: a button press's callback query is answered once
its update is stored (webhook), once only (a repeat delivery is not answered
again), and the handling does not answer it a second time."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from bot.telegram import callbacks, webhook
from bot.telegram.callbacks import Answerer
from bot.telegram.health import Health
from store import inbox
from tests import fake_telegram as tg

SECRET = "s3cret-token_ABC"
HEADER = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


class Bot:
    """Records the queries answered: the form fields posted through the bot's
    request (bot.telegram.api), not PTB's answer_callback_query."""

    base_url = "http://api.invalid/bot123:abc"

    def __init__(self) -> None:
        self.answered: list[str] = []
        self.request = self

    async def post(self, url: str, request_data: Any) -> bool:
        assert url == f"{self.base_url}/answerCallbackQuery"
        self.answered.append(request_data.parameters["callback_query_id"])
        return True


def press(update_id: int) -> dict[str, Any]:
    message = {"message_id": 5, "date": 0, "chat": {"id": 4242, "type": "private"}}
    return {"update_id": update_id, **tg.callback(4242, message, "ok")}


async def test_answered_once_stored_and_once_only(engine: Engine) -> None:
    bot = Bot()
    answerer = Answerer(bot, ready=False)  # type: ignore[arg-type]
    receiver = webhook.Receiver(
        secret=SECRET, record_many=lambda u: inbox.record_new(engine, u), answerer=answerer
    )
    server = await webhook.start("127.0.0.1", 0, Health(engine), receiver)
    url = f"http://127.0.0.1:{server.port}/telegram"
    body, text = press(1), {"update_id": 2, **tg.text(4343, "Hallo")}
    try:
        async with httpx.AsyncClient() as client:
            for payload in (body, body, text):  # the press twice (a repeat), then a text
                assert (await client.post(url, json=payload, headers=HEADER)).status_code == 200
        await asyncio.sleep(0.05)
        assert bot.answered == []  # not before the bot is initialised (getMe)
        answerer.ready.set()
        await asyncio.sleep(0.05)
        assert bot.answered == [body["callback_query"]["id"]]  # once, for the press only
    finally:
        await answerer.close()
        await server.stop(1.0)
    [first, second] = inbox.claim(engine, owner="t", limit=5)
    assert callbacks.answered_at_receipt(first.payload)  # the handling will not answer it
    assert callbacks.MARK not in first.payload  # taken out before PTB reads the update
    assert not callbacks.answered_at_receipt(second.payload)


@pytest.mark.parametrize(
    ("payload", "marked"),
    [
        (press(3), True),
        ({"update_id": 4, **tg.text(4242, "Hallo")}, False),
        ({"update_id": 5, "callback_query": {"id": 7}}, False),  # malformed: no string id
    ],
)
def test_only_callback_queries_are_marked(payload: dict[str, Any], marked: bool) -> None:
    callbacks.mark(payload)
    assert (callbacks.MARK in payload) is marked
