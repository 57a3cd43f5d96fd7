"""Updates the bot must read or leave alone (bot.telegram.convert.to_incoming):
commands addressed to another bot in a group, edited messages."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot, Update, User

from bot.telegram.convert import incoming_of, to_incoming
from tests import fake_telegram_updates as tg

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


def _read(content: dict[str, Any]) -> Any:
    return incoming_of({"update_id": 3, **content}, OWN)


def test_a_picture_sent_as_a_file_is_a_photo() -> None:
    """New-user trial l, finding 4: it was "unsupported", its caption lost."""
    for mime in ("image/jpeg", "image/png", "image/webp", "image/heic"):
        msg = _read(tg.document(900, "BQdoc", "Hier das Foto", mime_type=mime))
        assert (msg.kind, msg.photo, msg.text) == ("photo", "document:BQdoc", "Hier das Foto")


def test_the_caption_of_a_video_or_another_file_is_the_message() -> None:
    video = _read(tg.video(900, "vid", "So sieht es aus"))
    assert (video.kind, video.text, video.dropped) == ("text", "So sieht es aus", "video")
    pdf = _read(tg.document(900, "pdf", "Brief", mime_type="application/pdf"))
    assert (pdf.kind, pdf.text, pdf.dropped, pdf.photo) == ("text", "Brief", "file", None)
    assert _read(tg.video(900, "vid")).kind == "unsupported"  # nothing to read


def test_a_shared_contact_gives_only_the_residents_own_number() -> None:
    """New-user trial l, finding 3."""
    own = _read(tg.contact(900, "+41790000000", user_id=900))
    assert (own.kind, own.phone) == ("contact", "+41790000000")
    for other in (tg.contact(900, "+41790000001", user_id=901), tg.contact(900, "+4179000002")):
        assert (_read(other).kind, _read(other).phone) == ("contact", None)
