"""What people really type, through the real PTB stack and the strict emulator:
small talk, 'Ja' typed, an emergency as the answer to a question, a double tap,
a stale button, a place typed at the confirmation."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from store.models import Status
from tests import fake_telegram as tg
from tests.test_telegram import CHAT, running, stored

pytestmark = pytest.mark.asyncio


def texts(api: tg.FakeBotAPI) -> list[str]:
    return [c.params["text"] for c in api.sent("sendMessage")]


async def test_small_talk_then_yes_typed(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with running(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(CHAT, "Grüezi"))
        await api.wait_calls("sendMessage", 1)
        assert stored(engine) == []
        api.push(tg.text(CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        await api.wait_calls("sendMessage", 2)
        api.push(tg.text(CHAT, "Ja"))
        sent = await api.wait_calls("sendMessage", 3)
    [c] = stored(engine)
    assert c.status == Status.FORWARDED and c.reference in sent[-1].params["text"]


async def test_emergency_as_answer_to_the_place_question(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with running(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(CHAT, "Es brennt!"))
        await api.wait_calls("sendMessage", 2)  # numbers, then "Wo ist das genau?"
        api.push(tg.text(CHAT, "Josefstrasse 12, es brennt immer noch, überall Rauch!"))
        sent = await api.wait_calls("sendMessage", 4)
    assert "118" in sent[0].params["text"] and "118" in sent[2].params["text"]
    [c] = stored(engine)
    assert c.urgent and c.kreis == 5


async def test_double_tap_and_stale_button(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with running(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        [confirm] = await api.wait_calls("sendMessage", 1)
        ok = tg.button_data(confirm, "Ja, weiterleiten")
        for _ in range(3):
            api.push(tg.callback(CHAT, tg.message_of(confirm), ok))
        await api.wait_calls("answerCallbackQuery", 3)
        api.push(tg.callback(CHAT, tg.message_of(confirm), tg.button_data(confirm, "Thema ändern")))
        await api.wait_calls("answerCallbackQuery", 4)
        await api.wait_calls("sendMessage", 2)
    edits = api.sent("editMessageText")
    # One edit with the reference; the repeats are "not modified" and stay silent.
    assert len(edits) == 1 and "ZH-" in edits[0].params["text"]
    # The out-of-date "Thema ändern" says what to do now (trial r, § 10), not only
    # that the button is old.
    assert "ist schon an" in texts(api)[-1] and "was nicht stimmt" in texts(api)[-1]
    [c] = stored(engine)
    assert c.status == Status.FORWARDED and c.topic == "abfall"


async def test_place_typed_at_the_confirmation_is_asked_about(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with running(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        await api.wait_calls("sendMessage", 1)
        api.push(tg.text(CHAT, "Idaplatz"))
        [_, question] = await api.wait_calls("sendMessage", 2)
        place_for = next(
            b["callback_data"]
            for row in question.params["reply_markup"]["inline_keyboard"]
            for b in row
            if b["text"].startswith("Ort für ZH-")
        )
        api.push(tg.callback(CHAT, tg.message_of(question), place_for))
        await api.wait_calls("answerCallbackQuery", 1)
        await api.wait_for(
            lambda: (
                any("Kreis 3" in t for t in texts(api))
                or any("Kreis 3" in c.params["text"] for c in api.sent("editMessageText"))
            )
        )
    [c] = stored(engine)
    assert c.kreis == 3 and c.status == Status.DRAFT
