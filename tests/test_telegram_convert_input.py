"""Updates the bot must read or leave alone (bot.telegram.convert.to_incoming):
commands addressed to another bot in a group, edited messages."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot, Update, User

from bot.telegram.convert import to_incoming

OWN = "Quartierbot_Test_Bot"


def _bot() -> Bot:
    bot = Bot("123:test")
    # What Application.initialize's getMe leaves (no network in this test).
    bot._bot_user = User(123, "Quartierbot", True, username=OWN)
    return bot


def _update(kind: str, chat: dict[str, Any], text: str, bot: Bot | None) -> Update:
    message = {
        "message_id": 41,
        "date": 0,
        "chat": chat,
        "from": {"id": 900, "is_bot": False, "first_name": "Team"},
        "text": text,
    }
    if kind == "edited_message":
        message["edit_date"] = 60
    return Update.de_json({"update_id": 7, kind: message}, bot)


GROUP = {"id": -100123, "type": "supergroup", "title": "ERZ Team"}


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("/eingang", True),
        ("/eingang@Quartierbot_Test_Bot", True),
        ("/eingang@quartierbot_test_bot 2", True),  # usernames ignore case
        ("/zeige@Quartierbot_Test_Bot ZH-2026-000001", True),
        ("/eingang@other_bot", False),
        ("/start@SomeOtherBot", False),
        ("/status@other_bot ZH-2026-000001 erledigt", False),
    ],
)
def test_in_a_group_only_our_commands_are_read(text: str, ours: bool) -> None:
    incoming = to_incoming(_update("message", GROUP, text, _bot()))
    assert (incoming is not None) == ours
    if incoming is not None:
        assert incoming.kind == "command" and incoming.group and incoming.text == text


def test_without_a_known_username_a_named_command_is_still_read() -> None:
    incoming = to_incoming(_update("message", GROUP, "/eingang@Quartierbot_Test_Bot", None))
    assert incoming is not None and incoming.kind == "command"
