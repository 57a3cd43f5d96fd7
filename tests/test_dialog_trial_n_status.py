"""New-user trial n, § 4: the short status words and status questions ("Status?",
"Stand?", "Wie ist der Status meiner Meldung?", "any news?", "novità?") list the
resident's concerns like "Wie ist der Stand?", and are never taken as the start
of a concern (before, "Status? Stand? Und, schon was passiert?" became a draft
for the Amt für Städtebau, and "Wie ist der Status?" the first half of a new one)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel am Idaplatz ist übervoll"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Status?", "de"),
        ("Status", "de"),
        ("Stand?", "de"),
        ("Und, schon was passiert?", "de"),
        ("Wie ist der Status?", "de"),
        ("Was ist der Status meiner Meldung?", "de"),
        ("Was isch de Stand?", "de"),
        ("status?", "en"),
        ("any news?", "en"),
        ("et alors, du nouveau?", "fr"),
        ("novità?", "it"),
    ],
)
def test_a_status_word_after_forwarding_lists_the_concerns(
    dialog: Dialog, engine: Engine, question: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    chat.say(question)
    [concern] = concerns(engine)
    assert t("de", "mine_header") in chat.text or t(lang, "mine_header") in chat.text
    assert concern.reference in chat.text
    assert t("de", "tell_more") not in chat.text


def test_status_words_in_a_row_file_nothing(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    for question in ("Status?", "Stand?", "Und, schon was passiert?"):
        chat.say(question)
        assert t("de", "mine_header") in chat.text
    assert len(concerns(engine)) == 1


def test_the_status_question_is_not_joined_to_the_next_concern(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    chat.say("Wie ist der Status?")
    chat.say("Und s Bänkli dete isch au kaputt")
    new = concerns(engine)[-1]
    assert "Status" not in new.text


def test_a_status_word_in_a_new_chat_files_nothing(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Status?")
    chat.say("Stand?")
    assert t("de", "tell_more") not in chat.text
    assert concerns(engine) == []


def test_an_incident_that_happened_is_still_a_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Am Idaplatz ist etwas passiert, die Bank ist umgekippt")
    assert t("de", "mine_header") not in chat.text
    assert len(concerns(engine)) == 1
