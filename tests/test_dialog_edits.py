"""Edited messages (Telegram's edited_message): a short answer in the resident's
language that edits are not taken over, the open question again, nothing
changed; an emergency in an edit is not left unanswered."""

from __future__ import annotations

from itertools import count

from sqlalchemy import Engine
from telegram import Update

from bot.dialog import Dialog, Incoming, Reply
from bot.telegram.convert import to_incoming
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.test_telegram_convert_input import GROUP, _update

_ids = count(50_000)


def edit(chat: Chat, text: str) -> list[Reply]:
    """The resident edits a message they sent: Telegram's edited_message."""
    msg = Incoming(
        "telegram", chat.chat_id, "edited", user_id=chat.chat_id, text=text, update_id=next(_ids)
    )
    chat.last = chat.dialog.handle(msg)
    return chat.last


def test_an_edit_is_answered_and_the_open_question_comes_again(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    edit(chat, "Der Abfallkübel am Idaplatz ist übervoll")
    assert "Korrektur als neue Nachricht" in chat.last[0].text
    assert "Stimmt das?" in chat.text and "Helvetiaplatz" not in chat.last[0].text
    [c] = concerns(engine)  # nothing filed, nothing changed behind the resident's back
    assert c.text == "Der Abfallkübel am Helvetiaplatz ist übervoll" and c.kreis == 4
    assert c.status == Status.DRAFT
    chat.press("Ja, weiterleiten")  # the open question still works
    assert concerns(engine)[0].status == Status.FORWARDED


def test_an_edit_with_nothing_open_files_nothing(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    edit(chat, "Die Strassenlampe an der Josefstrasse 12 flackert")
    assert len(chat.last) == 1 and "neue Nachricht" in chat.text
    assert concerns(engine) == []


def test_the_answer_is_in_the_residents_language(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("The street light on Bäckerstrasse 40 has been broken for a week")
    edit(chat, "The street light on Bäckerstrasse 42 has been broken for a week")
    assert "new message" in chat.last[0].text and "Is that right?" in chat.text
    chat = Chat(dialog, chat_id="101")
    edit(chat, "La poubelle à l'Idaplatz déborde depuis trois jours")
    assert "nouveau message" in chat.text


def test_an_emergency_in_an_edit_gets_the_numbers_and_is_filed(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    edit(chat, "Es brennt im Keller an der Josefstrasse 12!")
    assert "118" in chat.last[0].text and "als dringend" in chat.text
    [c] = concerns(engine)
    assert c.urgent and c.status == Status.FORWARDED


def test_edits_are_converted_in_private_chats_only() -> None:
    private = {"id": 555, "type": "private", "first_name": "Anna"}
    incoming = to_incoming(_update("edited_message", private, "Idaplatz\x00 10", None))
    assert incoming is not None and incoming.kind == "edited"
    assert incoming.text == "Idaplatz 10" and incoming.chat_id == "555"
    assert to_incoming(_update("edited_message", GROUP, "/eingang", None)) is None
    # A live location moving on arrives as edits without words: left alone.
    moved = _update("edited_message", private, "x", None).to_dict()
    del moved["edited_message"]["text"]
    moved["edited_message"]["location"] = {"latitude": 47.37, "longitude": 8.54}
    assert to_incoming(Update.de_json(moved, None)) is None
