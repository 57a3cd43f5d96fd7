"""The rest of what new-user trial g found in the dialog
(docs/qa/new-user-trial-2026-12-07-g.md): "pothole" alone was answered in German
and the conversation stayed so (finding 16)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


def test_one_english_word_is_answered_in_english(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("pothole")
    assert chat.last[0].text == t("en", "ask_place")
    chat.say("Weststr 14")
    assert chat.text.startswith("I understood:")
    chat.press(t("en", "btn_confirm"))
    [hole] = concerns(engine)
    assert hole.reference in chat.text and chat.text.startswith("Thank you!")


def test_one_german_word_stays_german(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Schlagloch")
    assert chat.last[0].text == t("de", "ask_place")
