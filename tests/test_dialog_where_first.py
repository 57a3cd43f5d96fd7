"""A first line that says only where is the start of a concern (new-user trial o,
finding 3): "Ich bin am Idaplatz" got a card for a guessed topic, "Hi, I live at
Josefstrasse 12" and "I am at Idaplatz right now" a topic choice, and the concern
that followed became a second one (bot/dialog/where_first.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("where", "what", "lang", "place"),
    [
        ("Ich bin am Idaplatz", "Der Brunnen läuft nicht", "de", "Idaplatz"),
        ("Hi, I live at Josefstrasse 12", "the streetlight is out", "en", "Josefstrasse 12"),
        ("I am at Idaplatz right now", "the bin is overflowing", "en", "Idaplatz"),
    ],
)
def test_where_first_then_what_is_one_concern(
    dialog: Dialog, engine: Engine, where: str, what: str, lang: str, place: str
) -> None:
    chat = Chat(dialog)
    chat.say(where)
    assert chat.buttons == [] and not concerns(engine)  # no card, no topic choice
    chat.say(what)
    chat.press(t(lang, "btn_confirm"))
    [concern] = concerns(engine)
    assert concern.place_text == place and concern.status == "forwarded"
    assert where in (concern.text or "") and what in (concern.text or "")


def test_a_place_and_the_matter_in_one_line_is_filed(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Ich bin beim Kübel am Idaplatz, er ist voll")
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]
