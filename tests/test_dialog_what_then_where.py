"""A line that said what, then a line that only says where (lead's try of
helper words' note): "The bin is full" got "I am listening: what is the matter,
and where?", and "Josefstrasse 12", the answer to that question, got the same
question again. Now the two lines are one concern with its place; the topic is
asked with buttons while the model is unsure. (Since the model with the English
round, "The bin is full" itself is sure: abfall, and the place is asked. The lines
here are ones the model stays unsure of: "Something is broken", "Das ist kaputt".)"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("what", "where", "lang"),
    [
        ("Something is broken", "Josefstrasse 12", "en"),
        ("Das ist kaputt", "Josefstrasse 12", "de"),
    ],
)
def test_the_place_after_an_unsure_line_goes_on_with_both(
    dialog: Dialog, engine: Engine, what: str, where: str, lang: str
) -> None:
    chat = Chat(dialog, "8101")
    chat.say(what)
    assert chat.text == t(lang, "tell_more")
    chat.say(where)
    assert chat.text != t(lang, "tell_more"), chat.text
    assert "Josefstrasse 12" in chat.text
    assert chat.buttons, "a card or the topic buttons"
    [concern] = concerns(engine)
    assert what in concern.text and where in concern.text
    assert concern.place_text == "Josefstrasse 12"
    assert concern.kreis == 5


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Das ist kaputt", "Ich wohne an der Josefstrasse 12"),  # the home, not the place
        ("Josefstrasse 12", "Idaplatz"),  # two places, still no matter
        ("bei uns im Quartier", "an der Josefstrasse 12"),  # where, then where
        ("Ich hätte eine Frage", "Josefstrasse 12"),  # the question is still to come
    ],
)
def test_a_home_or_a_second_place_still_asks_what(
    dialog: Dialog, engine: Engine, first: str, second: str
) -> None:
    chat = Chat(dialog, "8102")
    chat.say(first)
    chat.say(second)
    assert chat.text == t("de", "tell_more"), chat.text
    assert concerns(engine) == []
