"""The whole staff flow on the real python-telegram-bot stack against the
emulated Bot API (SQLite and PostgreSQL): a resident files a concern, the
office's chat is sent its card, staff press [Nicht zuständig] and choose
another office, that office is told, the resident is told in their language;
then staff answer, and the office's digest arrives as HTML with its page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from bot.staff import held
from bot.telegram import build_application
from store.db import session_scope
from store.models import Concern, OutboxMessage, OutboxStatus, Role
from store.staff import add_staff
from tests import fake_telegram as tg
from tests.conftest import TG_CHAT

ERZ_CHAT = 5151
GSZ_CHAT = 5252


def texts_to(api: tg.FakeBotAPI, chat: int) -> list[str]:
    return [
        str(c.params.get("text", ""))
        for c in api.sent("sendMessage")
        if int(c.params["chat_id"]) == chat
    ]


def calls_to(api: tg.FakeBotAPI, chat: int) -> list[tg.Call]:
    return [c for c in api.sent("sendMessage") if int(c.params["chat_id"]) == chat]


async def test_resident_files_office_reroutes_resident_is_told(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    tg_dialog: Dialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The resident's notice of a move waits (bot.staff.held): a second here, and
    # the running sender finds it when it is due.
    monkeypatch.setattr(held, "HOLD", timedelta(seconds=1))
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=str(ERZ_CHAT), office="erz", role=Role.STAFF)
        add_staff(s, channel="telegram", chat_id=str(GSZ_CHAT), office="gsz", role=Role.STAFF)
    for chat in (ERZ_CHAT, GSZ_CHAT):
        api.add_chat(chat)
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(TG_CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        [confirm] = await api.wait_calls("sendMessage", 1)
        api.push(
            tg.callback(
                TG_CHAT, tg.message_of(confirm), tg.button_data(confirm, "Ja, weiterleiten")
            )
        )
        # The office's chat is sent the card with its buttons (through the outbox).
        await api.wait_for(lambda: len(calls_to(api, ERZ_CHAT)) == 1)
        [card] = calls_to(api, ERZ_CHAT)
        assert "Helvetiaplatz" in card.params["text"] and "Kreis 4" in card.params["text"]
        # Staff: [Nicht zuständig], then the office.
        api.push(
            tg.callback(ERZ_CHAT, tg.message_of(card), tg.button_data(card, "Nicht zuständig"))
        )
        await api.wait_for(lambda: len(calls_to(api, ERZ_CHAT)) == 2)
        choice = calls_to(api, ERZ_CHAT)[1]
        api.push(
            tg.callback(ERZ_CHAT, tg.message_of(choice), tg.button_data(choice, "Alle Stellen …"))
        )
        await api.wait_calls("editMessageText", 2)  # the resident's confirmation, the choice
        all_offices = api.sent("editMessageText")[-1]  # the choice, now with every office
        data = tg.button_data(all_offices, "Grün Stadt Zürich")
        api.push(tg.callback(ERZ_CHAT, tg.message_of(choice), data))
        await api.wait_calls("editMessageText", 3)
        assert "Grün Stadt Zürich" in api.sent("editMessageText")[-1].params["text"]
        # The new office gets the card, the resident hears where it went.
        await api.wait_for(lambda: len(calls_to(api, GSZ_CHAT)) == 1)
        assert "von Entsorgung + Recycling Zürich" in texts_to(api, GSZ_CHAT)[0]
        await api.wait_for(lambda: any("Grün Stadt Zürich" in t for t in texts_to(api, TG_CHAT)))
        # The new office answers; the resident reads it.
        with session_scope(engine) as s:
            reference = s.get(Concern, 1).reference  # type: ignore[union-attr]
        api.push(tg.text(GSZ_CHAT, f"/antwort {reference} Wir schauen morgen vorbei."))
        await api.wait_for(
            lambda: any("Wir schauen morgen vorbei." in t for t in texts_to(api, TG_CHAT))
        )
        # The digest on demand: Telegram HTML with the page attached.
        api.push(tg.text(GSZ_CHAT, "/digest"))
        await api.wait_calls("sendDocument", 1)
    html = [c for c in calls_to(api, GSZ_CHAT) if c.params.get("parse_mode") == "HTML"]
    assert html and "Tageszusammenfassung" in html[0].params["text"]
    # Every resident notice was sent once, and nothing is left owing.
    notices = [t for t in texts_to(api, TG_CHAT) if reference and reference in t]
    assert len([t for t in notices if "Grün Stadt Zürich" in t]) == 1
    with session_scope(engine) as s:
        rows = list(s.exec(__import__("sqlmodel").select(OutboxMessage)))
        assert rows and all(r.status == OutboxStatus.SENT and r.text is None for r in rows)
