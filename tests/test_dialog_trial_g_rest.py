"""The rest of what new-user trial g found in the dialog
(docs/qa/new-user-trial-2026-12-07-g.md): "pothole" alone was answered in German
and the conversation stayed so (finding 16); "an der Zweierstrasse" was taken as
Kreis 3 without a house number (finding 10; tests/test_gazetteer_data.py)."""

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


def test_zweierstrasse_alone_asks_for_the_house_number(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Glascontainer an der Zweierstrasse ist voll")
    [glass] = concerns(engine)
    assert glass.kreis is None and "(3, 4)" in chat.text  # "führt durch mehrere Kreise"
    chat.say("9")
    [glass] = concerns(engine)
    assert glass.kreis == 4 and glass.place_text == "Zweierstrasse 9"
