"""Edited messages and commands to another bot, through the real PTB stack and
the strict emulated Bot API (the bot's username from its own getMe)."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from store.db import session_scope
from store.models import Role, Status
from store.staff import add_staff
from tests import fake_telegram as tg
from tests.conftest import TG_CHAT
from tests.test_telegram import stored

GROUP = -100777
MEMBER = 6161


def texts_to(api: tg.FakeBotAPI, chat: int) -> list[str]:
    return [
        str(c.params.get("text", ""))
        for c in api.sent("sendMessage")
        if int(c.params["chat_id"]) == chat
    ]


def edited(update: dict[str, Any], text: str) -> dict[str, Any]:
    message = {**update["message"], "text": text, "edit_date": int(time.time())}
    return {"edited_message": message}


def group_command(text: str) -> dict[str, Any]:
    command = text.split()[0]
    message = {
        "message_id": int(time.time() * 1000) % 1_000_000,
        "date": int(time.time()),
        "chat": {"id": GROUP, "type": "supergroup", "title": "ERZ Team"},
        "from": {"id": MEMBER, "is_bot": False, "first_name": "Team"},
        "text": text,
        "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}],
    }
    return {"message": message}


async def test_an_edit_is_answered_and_changes_nothing(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        first = tg.text(TG_CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll")
        api.push(first)
        await api.wait_calls("sendMessage", 1)
        api.push(edited(first, "Der Abfallkübel am Idaplatz ist übervoll"))
        sent = await api.wait_calls("sendMessage", 4)  # the note, then the open question
    assert "Korrektur als neue Nachricht" in sent[1].params["text"]
    assert "Stimmt das?" in sent[3].params["text"]
    [c] = stored(engine)
    assert c.status == Status.DRAFT and c.kreis == 4


async def test_a_command_to_another_bot_in_a_team_group_is_not_answered(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=str(GROUP), office="erz", role=Role.STAFF,
                  is_group=True)  # fmt: skip
    api.add_chat(GROUP)
    own = tg.BOT_USER["username"]
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(group_command("/hilfe@other_bot"))
        api.push(group_command(f"/eingang@{own}"))
        # One chat's updates are handled, and its messages sent, in order: had the
        # first been taken as ours, its help would come before the inbox.
        await api.wait_for(lambda: len(texts_to(api, GROUP)) >= 1)
    [first, *_] = texts_to(api, GROUP)
    assert "Befehle für Mitarbeitende" not in first
    assert "Offene Anliegen" in first or "keine offenen" in first.lower()
