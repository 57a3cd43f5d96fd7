"""The Telegram adapter when Telegram is difficult: late button presses, edits
that are not needed or not possible, flood control, server errors, time-outs,
blocked residents, long replies and an unreachable Bot API at start-up. The real
PTB application and the real dialog against the strict emulated Bot API."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine
from sqlmodel import select
from telegram import Bot
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application
from telegram.request import HTTPXRequest

from bot.dialog import Button, Dialog, Reply
from bot.settings import Settings
from bot.telegram import build_application, delivery, initialize_with_retry
from store.db import session_scope
from store.models import Concern, Status
from tests import fake_telegram as tg

CHAT = 4242
OTHER = 5151
LAMP = "Die Strassenlampe an der Josefstrasse 12 flackert seit Tagen"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery, "RETRY_DELAYS", (0.05, 0.1))


@pytest.fixture
def dialog(tg_dialog: Dialog) -> Dialog:
    return tg_dialog


@pytest.fixture
async def bot(api: tg.FakeBotAPI) -> AsyncIterator[Bot]:
    request = HTTPXRequest(read_timeout=1.0)
    async with Bot(api.token, base_url=api.base_url, request=request) as b:
        yield b


def concerns(engine: Engine) -> list[Concern]:
    with session_scope(engine) as s:
        return list(s.exec(select(Concern).order_by(Concern.id)))  # type: ignore[arg-type]


async def confirm_question(api: tg.FakeBotAPI, n: int = 1) -> tg.Call:
    """The dialog's question with [Ja, weiterleiten]: the n-th message sent."""
    return (await api.wait_calls("sendMessage", n))[n - 1]


async def test_a_late_button_press_still_forwards_the_concern(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, dialog: Dialog
) -> None:
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, LAMP))
        confirm = await confirm_question(api)
    # The bot is down while the resident presses the button; it catches up later,
    # when Telegram no longer accepts an answer to the query.
    api.query_max_age = 0.5  # Telegram: about 15 s
    api.push(tg.callback(CHAT, tg.message_of(confirm), tg.button_data(confirm, "Ja, weiterleiten")))
    await asyncio.sleep(0.6)
    async with tg.polling(build_application(tg_settings, dialog)):
        [edit] = await api.wait_calls("editMessageText", 1)
    [answer] = api.attempts("answerCallbackQuery")
    assert answer.status == 400 and answer.description == tg.QUERY_TOO_OLD
    [concern] = concerns(engine)
    assert concern.status == Status.FORWARDED
    assert concern.reference and concern.reference in edit.params["text"]


async def test_a_pressed_button_answers_the_query(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, dialog: Dialog
) -> None:
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, LAMP))
        confirm = await confirm_question(api)
        api.push(
            tg.callback(CHAT, tg.message_of(confirm), tg.button_data(confirm, "Ja, weiterleiten"))
        )
        await api.wait_calls("editMessageText", 1)
        await api.wait_calls("answerCallbackQuery", 1)
    assert all(c.ok for c in api.attempts())


async def test_an_edit_that_cannot_be_made_becomes_a_new_message(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, dialog: Dialog
) -> None:
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, LAMP))
        confirm = await confirm_question(api)
        gone = {**tg.message_of(confirm), "message_id": 987654}  # deleted by the resident
        api.push(tg.callback(CHAT, gone, tg.button_data(confirm, "Ja, weiterleiten")))
        replies = await api.wait_calls("sendMessage", 2)
    [failed_edit] = api.attempts("editMessageText")
    assert failed_edit.description == "Bad Request: message to edit not found"
    [concern] = concerns(engine)
    assert concern.reference and concern.reference in replies[-1].params["text"]


async def test_flood_control_waits_and_delivers_once(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, dialog: Dialog
) -> None:
    api.fail_next("sendMessage", 429, retry_after=1)
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, "/hilfe"))
        [help_text] = await api.wait_calls("sendMessage", 1)
        await asyncio.sleep(0.3)  # nothing more comes
    first, second = api.attempts("sendMessage")
    assert first.status == 429 and second.ok and second is help_text
    assert len(api.sent("sendMessage")) == 1


async def test_server_errors_are_retried(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, dialog: Dialog
) -> None:
    api.fail_next("sendMessage", 500)
    api.fail_next("sendMessage", 502)
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, "/hilfe"))
        [help_text] = await api.wait_calls("sendMessage", 1)
    assert [c.status for c in api.attempts("sendMessage")] == [500, 502, 200]
    assert "/meine" in help_text.params["text"]


async def test_server_errors_give_up_after_three_attempts(api: tg.FakeBotAPI, bot: Bot) -> None:
    api.add_chat(CHAT)
    api.fail_next("sendMessage", 500, times=3)
    with pytest.raises(NetworkError):
        await delivery.send_reply(bot, CHAT, Reply("Hallo"))
    assert len(api.attempts("sendMessage")) == 3


async def test_a_time_out_is_retried(api: tg.FakeBotAPI, bot: Bot) -> None:
    api.add_chat(CHAT)
    api.delay_next("sendMessage", 2.0)  # longer than the bot's read time-out of 1 s
    message = await delivery.send_reply(bot, CHAT, Reply("Hallo"))
    assert message is not None
    await api.wait_calls("sendMessage", 2, timeout=5)
    # Telegram carried out the slow request too: a time-out may mean a duplicate,
    # which is the price of not losing the reply.
    assert [c.params["text"] for c in api.sent("sendMessage")] == ["Hallo", "Hallo"]


async def test_a_resident_who_blocked_the_bot_is_not_retried(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    dialog: Dialog,
    caplog: pytest.LogCaptureFixture,
) -> None:
    api.block(CHAT)
    with caplog.at_level(logging.INFO):
        async with tg.polling(build_application(tg_settings, dialog)):
            api.push(tg.text(CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
            await api.wait_for(lambda: len(api.attempts("sendMessage")) >= 1)
            api.push(tg.text(OTHER, "/hilfe"))  # the bot goes on serving others
            [other] = await api.wait_calls("sendMessage", 1)
    assert other.params["chat_id"] == OTHER
    blocked = [c for c in api.attempts("sendMessage") if c.params["chat_id"] == CHAT]
    assert [c.status for c in blocked] == [403]  # once, no retry, no apology
    assert len(concerns(engine)) == 1  # the concern is kept
    assert any("blocked" in r.getMessage() for r in caplog.records)
    assert not any(str(CHAT) in r.getMessage() for r in caplog.records)


async def test_a_long_reply_is_split_at_line_breaks(api: tg.FakeBotAPI, bot: Bot) -> None:
    api.add_chat(CHAT)
    lines = [
        (f"{i:04d} " + "Abfallkübel übervoll, bitte leeren. " * 3).rstrip() for i in range(120)
    ]
    reply = Reply("\n".join(lines), [[Button("Ja", "yes")]])
    assert len(reply.text) > 2 * 4096
    await delivery.send_reply(bot, CHAT, reply)
    pieces = api.sent("sendMessage")
    assert len(pieces) == 4
    assert all(len(p.params["text"]) <= 4096 for p in pieces)
    assert "\n".join(p.params["text"] for p in pieces) == reply.text  # cut between lines only
    assert [("reply_markup" in p.params) for p in pieces] == [False, False, False, True]


async def test_start_up_waits_for_the_bot_api(
    api: tg.FakeBotAPI, tg_settings: Settings, dialog: Dialog
) -> None:
    api.fail_next("getMe", 502)
    api.fail_next("getMe", 500)
    app: Application = build_application(tg_settings, dialog)  # type: ignore[type-arg]
    started = time.monotonic()
    await initialize_with_retry(app, first_delay=0.1)
    try:
        assert [c.status for c in api.attempts("getMe")] == [502, 500, 200]
        assert time.monotonic() - started >= 0.3  # 0.1 s, then 0.2 s
    finally:
        await app.shutdown()


async def test_start_up_gives_up_on_a_wrong_token_at_once(
    api: tg.FakeBotAPI, tg_settings: Settings, dialog: Dialog
) -> None:
    wrong = tg_settings.model_copy(update={"telegram_bot_token": SecretStr("1:WRONG")})
    app: Application = build_application(wrong, dialog)  # type: ignore[type-arg]
    with pytest.raises(InvalidToken):
        await initialize_with_retry(app, first_delay=0.1)
    await app.shutdown()


async def test_start_up_gives_up_when_the_bot_api_stays_down(
    api: tg.FakeBotAPI, tg_settings: Settings, dialog: Dialog
) -> None:
    api.fail_next("getMe", 500, times=3)
    app: Application = build_application(tg_settings, dialog)  # type: ignore[type-arg]
    with pytest.raises(NetworkError):
        await initialize_with_retry(app, attempts=3, first_delay=0.05)
    assert len(api.attempts("getMe")) == 3
    await app.shutdown()
