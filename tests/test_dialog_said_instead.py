"""New-user trial o, § 6: a place taken back inside the line ("Josefstrasse 12, nein
21 meine ich") is not the concern's place (bot/dialog/said_instead.py). Before, the
card showed the number taken back, and "am Idaplatz, nein Moment, am Bullingerplatz"
was asked which of the two it is."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "lang", "place", "kreis"),
    [
        (
            "Die Lampe an der Josefstrasse 12, nein 21 meine ich, ist kaputt",
            "de",
            "Josefstrasse 21",
            5,
        ),
        ("Der Kübel an der Langstrasse 10 nein 100 ist voll", "de", "Langstrasse 100", 4),
        (
            "Die Lampe am Idaplatz, nein Moment, am Bullingerplatz ist kaputt",
            "de",
            "Bullingerplatz",
            4,
        ),
        ("Der Kübel am Idaplatz, sorry, ich meine am Lindenplatz ist voll", "de", "Lindenplatz", 9),
        ("The bin at Langstrasse 10, no sorry 100, is full", "en", "Langstrasse 100", 4),
    ],
)
def test_the_place_after_the_take_back_is_the_place(
    dialog: Dialog, engine: Engine, text: str, lang: str, place: str, kreis: int
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert place in chat.text
    chat.press(t(lang, "btn_confirm"))
    [concern] = concerns(engine)
    assert concern.place_text == place and concern.kreis == kreis
    assert concern.text == text  # the office reads what the resident wrote


@pytest.mark.parametrize(
    "text",
    [
        "Der Kübel am Idaplatz und am Lindenplatz ist voll",
        "Die Lampe am Idaplatz ist kaputt, nein, nicht am Bullingerplatz",
    ],
)
def test_two_places_without_a_take_back_stay_two(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "Bullingerplatz (" not in chat.text and "Lindenplatz (" not in chat.text
