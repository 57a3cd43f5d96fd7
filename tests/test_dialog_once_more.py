"""The open question again at most once in a row, and a button pressed after
a typed "Ja" (new-user trial l, finding 11)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.test_dialog_edits import edit

CARD = "Der Abfallkübel am Helvetiaplatz ist übervoll"


def cards(chat: Chat) -> int:
    return sum("Stimmt das?" in r.text for r in chat.last)


def test_stickers_and_edits_get_the_card_once_then_a_short_line(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(CARD)
    chat.unsupported()  # a voice message, a sticker
    assert "nicht lesen" in chat.last[0].text and cards(chat) == 1
    chat.unsupported()
    assert cards(chat) == 0 and "ZH-" in chat.last[-1].text and "oben" in chat.last[-1].text
    edit(chat, "Der Abfallkübel am Idaplatz ist übervoll")
    assert "Korrektur" in chat.last[0].text and cards(chat) == 0
    assert "oben" in chat.last[-1].text and not chat.last[-1].buttons
    [c] = concerns(engine)
    assert c.status == Status.DRAFT and c.kreis == 4


def test_hello_at_the_card_gets_the_card_once(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("The bin at Helvetiaplatz is overflowing")
    chat.say("hello???")
    assert cards(chat) == 0 and sum("Is that right?" in r.text for r in chat.last) == 1
    for _ in range(2):
        chat.say("hello???")
        assert not any("Is that right?" in r.text for r in chat.last)
        assert "see above" in chat.last[-1].text


def test_an_answer_ends_the_row(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(CARD)
    chat.unsupported()
    chat.unsupported()
    assert cards(chat) == 0
    chat.say("/meine")  # a command: the row ends
    chat.unsupported()
    assert cards(chat) == 1


def test_the_place_question_comes_once_in_a_row(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen, das ist gefährlich in der Nacht")
    asked = chat.last[-1].text
    chat.unsupported()
    assert chat.last[-1].text == asked
    chat.unsupported()
    assert "oben" in chat.last[-1].text and chat.last[-1].text != asked
    chat.say("Josefstrasse 12")
    assert "Stimmt das?" in chat.text


def test_the_button_after_a_typed_yes_says_already_forwarded(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(CARD)
    card = list(chat.buttons)
    thanks = chat.say("Ja")[0].text
    assert thanks.startswith("Danke!")
    chat.buttons = card
    [again] = chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert again.edit and again.text == f"Schon weitergeleitet: {c.reference}."
    assert c.status == Status.FORWARDED
