"""The durable inbox with the real PTB stack and dialog against the emulated Bot
API (tg.polling runs the app as `quartierbot serve` polls): each chat's
updates in order while many chats write at once, and a slow Bot API call for
one chat does not hold up the others."""

from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from store.db import session_scope
from store.models import Concern, InboxUpdate, Resident, Status
from tests import fake_telegram as tg

pytestmark = pytest.mark.asyncio


def _texts_to(api: tg.FakeBotAPI, chat: int) -> list[str]:
    return [str(c.params["text"]) for c in api.sent("sendMessage") if c.params["chat_id"] == chat]


async def test_each_chat_in_order_while_many_write_at_once(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    chats = [7000 + n for n in range(12)]
    async with tg.polling(build_application(tg_settings, tg_dialog), max_concurrent=6):
        # Each resident types three things in a row, before any answer: the
        # outcome is right only if they are handled in this order.
        for chat in chats:
            api.push(tg.text(chat, "Die Strassenlampe flackert seit Tagen"))
        for chat in chats:
            api.push(tg.location(chat, 47.4114, 8.5441))
        for chat in chats:
            api.push(tg.text(chat, "Ja"))
        await api.wait_for(lambda: all(len(_texts_to(api, c)) >= 3 for c in chats), timeout=90)
    with session_scope(engine) as s:
        concerns = list(s.exec(select(Concern)))
        residents = {r.id: r.chat_id for r in s.exec(select(Resident))}
        inbox_rows = list(s.exec(select(InboxUpdate)))
    assert sorted(str(residents[c.resident_id]) for c in concerns) == sorted(map(str, chats))
    for concern in concerns:
        assert (concern.status, concern.kreis, concern.office) == (Status.FORWARDED, 11, "ewz")
    for chat in chats:
        ask, confirm, done = _texts_to(api, chat)[:3]
        assert "Wo ist das genau?" in ask and "Kreis 11" in confirm and "ZH-" in done
    assert len(inbox_rows) == 36 and {r.status for r in inbox_rows} == {"done"}


async def test_a_slow_api_call_for_one_chat_does_not_hold_up_the_others(
    api: tg.FakeBotAPI, tg_settings: Settings, tg_dialog: Dialog
) -> None:
    slow, others = 7100, [7101, 7102, 7103]
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(slow, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        [confirm] = await api.wait_calls("sendMessage", 1)
        # Telegram takes 3 s to carry out the reply to this resident's button
        # press (the edit of the pressed message; the outbox sends the chat's
        # next reply only after it).
        api.delay_next("editMessageText", 3.0)
        ok = tg.button_data(confirm, "Ja, weiterleiten")
        api.push(tg.callback(slow, tg.message_of(confirm), ok))
        api.push(tg.text(slow, "/meine"))  # waits its turn behind the press
        await asyncio.sleep(0.3)  # the press is being handled
        began = time.monotonic()
        for chat in others:
            api.push(tg.text(chat, "Die Strassenlampe an der Josefstrasse 12 ist dunkel"))
        await api.wait_for(lambda: all(_texts_to(api, c) for c in others), timeout=30)
        others_answered = time.monotonic() - began
        await api.wait_for(lambda: len(_texts_to(api, slow)) >= 2, timeout=30)
        slow_done = time.monotonic() - began
    assert others_answered < 2.5, others_answered  # not behind the slow press
    assert slow_done >= 2.5  # /meine waited for the press before it
    assert "ZH-" in _texts_to(api, slow)[-1]  # /meine lists the forwarded concern
