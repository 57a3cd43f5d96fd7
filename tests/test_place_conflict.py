"""Two places in different Kreise and nothing to settle it: no Kreis is guessed,
the resident is asked where (nlp/places/gazetteer.py resolve, bot/dialog/intake.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.places import Gazetteer
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "kreise"),
    [
        ("Ratten an der Bäckeranlage in Wipkingen", [4, 10]),
        ("Lampe dunkel beim Helvetiaplatz in Oerlikon", [4, 11]),
        ("Abfall an der Josefstrasse, Kreis 8", [5, 8]),
        # two addresses: the first one written is no better a guess than the second
        ("Lampe defekt Weinbergstrasse 30 und Josefstrasse 12", [5, 6]),
        (
            "Ich wohne an der Weinbergstrasse 30. Die Lampe vor der Josefstrasse 12 brennt nicht.",
            [5, 6],
        ),
    ],
)
def test_places_in_different_kreise_name_no_kreis(
    gazetteer: Gazetteer, text: str, kreise: list[int]
) -> None:
    place = gazetteer.resolve(text)
    assert place.kreis is None and place.conflict
    assert place.candidates == kreise


@pytest.mark.parametrize(
    ("text", "kreis"),
    [
        ("Abfall vom Central bis zum Bellevue", 1),  # both in Kreis 1
        ("Lampe an der Josefstrasse 12 im Kreis 4", 5),  # the house number settles it
        ("Lampe dunkel Josefstrasse 12 bis Josefstrasse 20", 5),  # two addresses, one Kreis
        ("Kübel voll am Idaplatz in Wiedikon", 3),  # a square in its Quartier
    ],
)
def test_agreeing_or_precise_places_still_name_the_kreis(
    gazetteer: Gazetteer, text: str, kreis: int
) -> None:
    place = gazetteer.resolve(text)
    assert place.kreis == kreis and not place.conflict


def test_coordinates_settle_a_conflict(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Ratten an der Bäckeranlage in Wipkingen", 47.3779, 8.5240)
    assert place.kreis == 4 and not place.conflict


def test_dialog_asks_where_and_takes_the_answer(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, chat_id="4710")
    chat.say("Der Abfallkübel an der Bäckeranlage in Wipkingen ist übervoll")
    assert "Bäckeranlage / Wipkingen" in chat.text and "verschiedenen Kreisen" in chat.text
    assert "Kreis 4" not in chat.text and "Kreis 10" not in chat.text
    chat.say("Bäckeranlage")
    assert "Kreis 4" in chat.text
    chat.press("Ja, weiterleiten")
    (concern,) = concerns(engine)
    assert concern.kreis == 4
