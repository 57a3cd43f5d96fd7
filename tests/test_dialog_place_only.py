"""Answers to "Wo ist das genau?" that say only where (helpers' dialog leftovers of
2026-12-07, bot/dialog/place_only.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("first", "lang", "number", "street"),
    [
        ("Der Abfalleimer ist voll", "de", "Vor dem Haus Nr. 12", "Josefstrasse"),
        ("Der Abfalleimer ist voll", "de", "vor Nr. 12", "Josefstrasse"),
        ("The litter bin is overflowing", "en", "at number 12", "Josefstrasse"),
        ("The litter bin is overflowing", "en", "in front of number 12", "Josefstrasse"),
    ],
)
def test_a_house_number_with_words_of_where_asks_for_the_street(
    dialog: Dialog, engine: Engine, first: str, lang: str, number: str, street: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)
    chat.say(number)
    assert chat.text == t(lang, "number_without_street")
    chat.say(street)
    [c] = concerns(engine)
    assert c.place_text == "Josefstrasse 12"
    assert c.kreis == 5


@pytest.mark.parametrize(
    ("first", "lang"),
    [("Il cestino è pieno", "it"), ("Der Abfalleimer ist voll", "de")],
)
@pytest.mark.parametrize("where", ["vor dem Haus Josefstrasse 12", "beim Haus Josefstrasse 12"])
def test_a_line_that_is_only_the_place_is_taken_as_the_place(
    dialog: Dialog, engine: Engine, first: str, lang: str, where: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)
    chat.say(where)
    [c] = concerns(engine)
    assert c.place_text == "Josefstrasse 12"
    assert c.kreis == 5
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]
