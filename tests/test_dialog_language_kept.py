"""A few words in another language do not turn an established conversation
("my number is 079 …" in a German one turned every reply English); a sentence
clearly in it still does, and a new conversation takes a few words' language.
The same phone number typed twice is added once."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

IDAPLATZ = "Der Abfallkübel am Idaplatz ist voll"


def test_a_number_typed_in_english_keeps_a_german_conversation(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(IDAPLATZ)
    chat.say("my number is 079 123 45 67")
    assert chat.last[0].text == t("de", "contact_added", reference="ZH-2026-000001")
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]
    chat.press(t("de", "btn_confirm"))
    assert "weitergeleitet" in chat.text


@pytest.mark.parametrize("again", ["079 123 45 67", "+41 79 123 45 67", "Meine Nummer: 0791234567"])
def test_the_same_number_twice_is_added_once(dialog: Dialog, engine: Engine, again: str) -> None:
    chat = Chat(dialog)
    chat.say(IDAPLATZ)
    chat.say("my number is 079 123 45 67")
    chat.say(again)
    assert chat.last[0].text == t("de", "contact_known", reference="ZH-2026-000001")
    [concern] = concerns(engine)
    assert (concern.text or "").count("079 123 45 67") == 1
    assert "0791234567" not in (concern.text or "")
    chat.say("044 555 66 77")  # another number is added
    assert "044 555 66 77" in (concerns(engine)[0].text or "")


def test_a_sentence_in_another_language_still_turns_it(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(IDAPLATZ)
    chat.press(t("de", "btn_confirm"))
    chat.say("The street lamp on Josefstrasse 12 has been broken for days")
    assert "Is that right?" in chat.text


def test_a_few_words_set_the_language_of_a_new_conversation(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("/start")
    chat.say("Streetlight broken")
    assert t("en", "ask_place") in chat.text
