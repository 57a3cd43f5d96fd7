"""A sticker, a voice message, a contact, a video or a file without words sent
from a registered staff chat got the residents' dialog ("Das kann ich leider
nicht verarbeiten …") and made the staff chat a resident. Any message there
that is not a command gets the desk's word (`staff_chat_text`); no resident,
no concern. On the real python-telegram-bot stack against the emulated Bot API."""

from __future__ import annotations

import time
from functools import partial
from typing import Any

from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from bot.texts.staff import st
from store.db import session_scope
from store.models import Concern, Resident, Role
from store.staff import add_staff
from tests import fake_telegram as tg
from tests.conftest import TG_CHAT

ERZ_CHAT = 5151
HINT = st("staff_chat_text", office="Entsorgung + Recycling Zürich")


def _message(chat_id: int, **content: Any) -> dict[str, Any]:
    """A private message from `chat_id` as Telegram sends it."""
    sender = {"id": chat_id, "is_bot": False, "first_name": "Beat", "language_code": "de"}
    return {
        "message": {
            "message_id": int(time.time() * 1000) % 1_000_000,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Beat"},
            "from": sender,
            **content,
        }
    }


def _sticker(chat_id: int) -> dict[str, Any]:
    body = {
        "file_id": "st1",
        "file_unique_id": "ust1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": "👍",
    }
    return _message(chat_id, sticker=body)


def _file(chat_id: int) -> dict[str, Any]:
    body = {"file_id": "doc1", "file_unique_id": "udoc1", "mime_type": "application/pdf"}
    return _message(chat_id, document=body)


def _answered(api: tg.FakeBotAPI, chat: int, n: int) -> bool:
    return len(_texts_to(api, chat)) >= n


def _texts_to(api: tg.FakeBotAPI, chat: int) -> list[str]:
    return [
        str(c.params.get("text", ""))
        for c in api.sent("sendMessage")
        if int(c.params["chat_id"]) == chat
    ]


async def test_a_staff_chat_s_sticker_voice_contact_and_files_get_the_desk_s_word(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=str(ERZ_CHAT), office="erz", role=Role.STAFF)
    api.add_chat(ERZ_CHAT)
    updates = [
        _sticker(ERZ_CHAT),
        tg.voice(ERZ_CHAT),
        tg.contact(ERZ_CHAT, "+41 79 123 45 67", user_id=ERZ_CHAT),  # the staff member's own
        tg.contact(ERZ_CHAT, "+41 44 412 11 11"),  # someone else's
        tg.video(ERZ_CHAT),
        _file(ERZ_CHAT),
        tg.text(ERZ_CHAT, "Der Container ist geleert"),  # words: the desk's word, as before
    ]
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        for n, update in enumerate(updates, start=1):
            api.push(update)
            await api.wait_for(partial(_answered, api, ERZ_CHAT, n))
    assert _texts_to(api, ERZ_CHAT) == [HINT] * len(updates)
    with session_scope(engine) as s:
        assert [r.chat_id for r in s.exec(select(Resident))] == []
        assert list(s.exec(select(Concern))) == []


async def test_a_resident_s_sticker_still_gets_the_resident_s_answer(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=str(ERZ_CHAT), office="erz", role=Role.STAFF)
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(_sticker(TG_CHAT))
        await api.wait_for(lambda: len(_texts_to(api, TG_CHAT)) >= 1)
    assert HINT not in _texts_to(api, TG_CHAT)
    with session_scope(engine) as s:
        assert [r.chat_id for r in s.exec(select(Resident))] == [str(TG_CHAT)]
