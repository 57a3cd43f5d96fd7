"""The outbox sender's Bot API calls without PTB's objects (bot.telegram.api):
Telegram gets the same fields as from PTB's own methods (texts, inline and
reply keyboards, HTML, edits, photos), and no Message is built from its
answers (the sender never reads them)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import Engine
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
)
from telegram.ext import ExtBot

from bot.telegram import api as lean
from bot.telegram.http import AiohttpRequest
from bot.telegram.limits import RateLimiter
from bot.telegram.outbox import OutboxSender
from store import outbox
from store.db import session_scope
from tests import fake_telegram as tg
from tests.conftest import TG_CHAT

CHAT = TG_CHAT


@pytest.fixture
async def bot(api: tg.FakeBotAPI) -> AsyncIterator[ExtBot[Any]]:
    """The bot as the application builds it (bot.telegram.app)."""
    ext = ExtBot(
        api.token,
        base_url=api.base_url,
        request=AiohttpRequest(),
        rate_limiter=RateLimiter(max_retries=3),
    )
    async with ext:
        yield ext


def owe(engine: Engine, text: str, parse_mode: str | None = None, **kw: Any) -> None:
    with session_scope(engine) as s:
        msg = outbox.enqueue(
            s, channel="telegram", chat_id=str(CHAT), kind="notice", text=text, **kw
        )
        msg.parse_mode = parse_mode


def sent(api: tg.FakeBotAPI) -> list[tg.Call]:
    return [c for c in api.sent() if c.method != "getMe"]


def fast(bot: ExtBot[Any], engine: Engine) -> OutboxSender:
    return OutboxSender(bot, engine, poll_seconds=0.05, spacing=0.01, group_spacing=0.01)


INLINE = [[["Ja", "c:yes"], ["Nein", "c:no"]], [["Weiss nicht", "c:x"]]]


@pytest.mark.parametrize(
    ("buttons", "location", "ptb"),
    [
        ([], None, None),
        (
            INLINE,
            None,
            InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton("Ja", callback_data="c:yes"),
                        InlineKeyboardButton("Nein", callback_data="c:no"),
                    ],
                    [InlineKeyboardButton("Weiss nicht", callback_data="c:x")],
                ]
            ),
        ),
        (
            [[["Weiss ich nicht", "p:none"]]],
            "Standort senden",
            ReplyKeyboardMarkup(
                [
                    [KeyboardButton("Standort senden", request_location=True)],
                    [KeyboardButton("Weiss ich nicht")],
                ],
                one_time_keyboard=True,
                resize_keyboard=True,
            ),
        ),
        ([], "Standort senden", None),
    ],
)
def test_keyboards_are_ptbs(buttons: list[list[list[str]]], location: str | None, ptb: Any) -> None:
    if location is not None and not buttons:
        ptb = ReplyKeyboardMarkup(
            [[KeyboardButton(location, request_location=True)]],
            one_time_keyboard=True,
            resize_keyboard=True,
        )
    assert lean.reply_markup(buttons, location) == (ptb.to_dict() if ptb else None)


async def test_telegram_gets_what_ptbs_methods_send(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    api.add_file("photo-1")
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in r] for r in INLINE]
    )
    location = ReplyKeyboardMarkup(
        [[KeyboardButton("Standort", request_location=True)], [KeyboardButton("Ja")]],
        one_time_keyboard=True,
        resize_keyboard=True,
    )
    pressed = await bot.send_message(CHAT, "Stimmt das?")
    # PTB's own methods, then the same through the outbox
    await bot.send_message(CHAT, "Grüezi <b>mitenand</b>", parse_mode="HTML", reply_markup=keyboard)
    await bot.send_message(CHAT, "Wo?", reply_markup=location)
    await bot.send_photo(CHAT, "photo-1")
    await bot.edit_message_text(
        "Weitergeleitet.", chat_id=CHAT, message_id=pressed.message_id, reply_markup=keyboard
    )
    ptb = [(c.method, c.params) for c in sent(api)[1:]]
    owe(engine, "Grüezi <b>mitenand</b>", parse_mode="HTML", buttons=INLINE)
    owe(engine, "Wo?", buttons=[[["Ja", "yes"]]], location_label="Standort")
    owe(engine, "", photos=["photo-1"])
    await fast(bot, engine).send_due()
    owe(engine, "Weitergeleitet!", buttons=INLINE, edit_message_id=pressed.message_id)
    await fast(bot, engine).send_due()
    ours = [(c.method, c.params) for c in sent(api)[1 + len(ptb) :]]
    ours[-1][1]["text"] = "Weitergeleitet."  # an edit to the same text would change nothing
    assert ours == ptb


async def test_no_message_object_is_built_from_telegrams_answers(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    pressed = await bot.send_message(CHAT, "Stimmt das?")
    built: list[object] = []
    de_json = Message.de_json

    def counting(data: Any, bot: Any = None) -> Any:
        built.append(data)
        return de_json(data, bot)

    monkeypatch.setattr(Message, "de_json", counting)
    api.add_file("photo-1")
    owe(engine, "Grüezi", buttons=INLINE, photos=["photo-1"])
    owe(engine, "Weitergeleitet.", edit_message_id=pressed.message_id)
    await fast(bot, engine).send_due()
    assert [c.method for c in sent(api)[1:]] == ["sendMessage", "sendPhoto", "editMessageText"]
    assert built == []
