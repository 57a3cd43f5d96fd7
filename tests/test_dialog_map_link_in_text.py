"""A maps link of coordinates inside a longer text ("Hier ist es:
https://maps.google.com/?q=47.37,8.53 der Kübel ist voll", trial leftovers,
item 4) was not read as a location: the bot asked "Wo ist das genau?" (or, at
the place question, whether the text was a new concern). Its coordinates are
now the concern's place, its words the concern."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

HARD = (47.378, 8.518)  # Quartier Hard, Kreis 4


@pytest.mark.parametrize(
    "text",
    [
        "Hier ist es: https://maps.google.com/?q=47.378,8.518 der Kübel ist voll",
        "Der Abfallkübel ist übervoll https://maps.apple.com/?ll=47.378,8.518",
        "Der Abfallkübel ist übervoll, hier: https://www.google.com/maps/@47.3780,8.5180,17z !!",
    ],
)
def test_a_concern_with_a_coordinates_link_has_its_place(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert t("de", "ask_place") not in chat.text
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]
    [filed] = concerns(engine)
    assert (filed.kreis, filed.quartier, filed.lat, filed.lon) == (4, "Hard", *HARD)
    assert filed.topic == "abfall"
    assert "http" not in (filed.text or "")  # the link is the place, not the words


def test_at_the_place_question_the_link_is_the_place_and_the_words_join(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel ist übervoll")
    assert t("de", "ask_place") in chat.text
    chat.say("Hier ist es: https://maps.google.com/?q=47.378,8.518 er stinkt auch schon")
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]
    [filed] = concerns(engine)
    assert (filed.kreis, filed.lat, filed.lon) == (4, *HARD)
    assert "er stinkt auch schon" in (filed.text or "")


def test_a_text_with_another_link_is_read_as_before(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel ist übervoll, siehe https://www.stadt-zuerich.ch/abfall")
    assert t("de", "ask_place") in chat.text
    [filed] = concerns(engine)
    assert filed.lat is None
