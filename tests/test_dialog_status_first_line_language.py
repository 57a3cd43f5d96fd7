"""A first line that asks about one's concerns is answered in its language
(closing note leftovers, item 1; the rule: bot.dialog.status_language). Before,
"qualcuno se n'è occupato?", "novità?", "des nouvelles?" and "any news?" named no
clear word of a language and were answered in German."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog, Incoming
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("qualcuno se n'è occupato?", "it"),
        ("qualcuno se ne è occupato?", "it"),
        ("la città l'ha ricevuta?", "it"),
        ("novità?", "it"),
        ("è finito?", "it"),
        ("quelqu'un s'est occupé ?", "fr"),
        ("des nouvelles?", "fr"),
        ("quoi de neuf?", "fr"),
        ("qu'en est-il de ma demande?", "fr"),
        ("any news?", "en"),
        ("how long?", "en"),
        ("any progress?", "en"),
        # already right before; they stay so
        ("quelqu'un s'en est occupé ?", "fr"),
        ("has anyone looked at it?", "en"),
    ],
)
def test_a_status_question_as_first_line_is_answered_in_its_language(
    dialog: Dialog, engine: Engine, line: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert t(lang, "mine_none") in chat.text
    assert concerns(engine) == []


@pytest.mark.parametrize("line", ["Status?", "News?", "Stand?", "nöis?"])
def test_a_word_german_uses_too_stays_german(dialog: Dialog, line: str) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert t("de", "mine_none") in chat.text


def test_the_status_line_language_wins_over_the_app_language(dialog: Dialog) -> None:
    msg = Incoming("telegram", "77", "text", "77", text="novità?", app_language="de")
    assert t("it", "mine_none") in "\n".join(r.text for r in dialog.handle(msg))
