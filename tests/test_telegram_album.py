"""Through the real PTB stack and the emulated Bot API (new-user trial l,
findings 6 and 11): an album is answered once, a photo right after another
gets a short line, the card comes again at most once in a row, and the card's
button pressed after a typed "Ja" does not repeat the thanks."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from store.models import Status
from tests import fake_telegram as tg
from tests.test_telegram import CHAT, running, stored

pytestmark = pytest.mark.asyncio

QUIET = 1.0  # seconds: anything more the bot would send comes within this


def texts(api: tg.FakeBotAPI) -> list[str]:
    return [c.params["text"] for c in api.sent("sendMessage")]


async def _send_album(
    api: tg.FakeBotAPI, settings: Settings, engine: Engine, dialog: Dialog, caption: str
) -> None:
    """Three photos of one album, the caption on the first, through the running
    bot; back once all three are on the concern and the chat has been quiet."""
    async with running(build_application(settings, dialog)):
        api.push(tg.photo(CHAT, "alb1", caption, album="g1"))
        api.push(tg.photo(CHAT, "alb2", album="g1"))
        api.push(tg.photo(CHAT, "alb3", album="g1"))
        await api.wait_calls("sendMessage", 1)
        await api.wait_for(lambda: len(stored(engine)) == 1 and len(stored(engine)[0].photos) == 3)
        await asyncio.sleep(QUIET)


async def test_an_album_is_answered_once(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    await _send_album(api, tg_settings, engine, tg_dialog, "Illegale Deponie beim Idaplatz")
    [card] = texts(api)
    assert "Stimmt das?" in card
    [c] = stored(engine)
    assert c.photos == ["alb1", "alb2", "alb3"] and c.status == Status.DRAFT


async def test_an_album_at_a_border_address_asks_once(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    await _send_album(api, tg_settings, engine, tg_dialog, "Illegale Deponie am Letzigraben 50")
    [question] = texts(api)
    assert "Letzigraben" in question


async def test_a_second_photo_right_after_is_added_with_a_short_line(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with running(build_application(tg_settings, tg_dialog)):
        api.push(tg.photo(CHAT, "p1", "Illegale Deponie beim Idaplatz"))
        api.push(tg.photo(CHAT, "p2"))
        await api.wait_calls("sendMessage", 2)
        await asyncio.sleep(QUIET)
    assert texts(api)[1:] == ["Foto hinzugefügt."]
    [c] = stored(engine)
    assert c.photos == ["p1", "p2"]


async def test_voice_messages_get_the_card_once_in_a_row(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with running(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        await api.wait_calls("sendMessage", 1)
        for _ in range(3):
            api.push(tg.voice(CHAT))
        await api.wait_calls("sendMessage", 8)  # 1 + (3 + 2 + 2)
        await asyncio.sleep(QUIET)
    sent = texts(api)
    assert len(sent) == 8 and sum("Stimmt das?" in s for s in sent) == 2
    assert "wartet noch auf Ihre Antwort" in sent[-1]


async def test_the_button_after_a_typed_yes_is_no_second_thanks(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with running(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        [card] = await api.wait_calls("sendMessage", 1)
        api.push(tg.text(CHAT, "Ja"))
        await api.wait_calls("sendMessage", 2)
        api.push(tg.callback(CHAT, tg.message_of(card), tg.button_data(card, "Ja, weiterleiten")))
        [edit] = await api.wait_calls("editMessageText", 1)
        await asyncio.sleep(QUIET)
    [c] = stored(engine)
    assert sum(s.startswith("Danke!") for s in texts(api)) == 1 and len(texts(api)) == 2
    assert edit.params["text"] == f"Schon weitergeleitet: {c.reference}."
    assert c.status == Status.FORWARDED
