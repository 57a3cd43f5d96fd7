"""A house number written apart from its street (new-user trial h, finding 5):
"d Lampe vor em Huus Nr. 12 a de Josefstrass isch kaputt" went to EWZ as
"Josefstrasse" without its number, and the bot did not ask. "Nr. 12", "Nummer 12"
or "Hausnummer 12" anywhere in the text belongs to the one street named when that
street has no number of its own; a tram or bus line, a Kreis or a lamp post's number
is no house number."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.places import Gazetteer
from tests.chat import Chat
from tests.conftest import concerns


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "address", "kreis"),
    [
        (
            "Hallo zäme, d Lampe vor em Huus Nr. 12 a de Josefstrass isch kaputt 😡",
            "Josefstrass 12",
            5,
        ),
        ("Lampe kaputt vor Nummer 40 an der Weststrasse", "Weststrasse 40", 3),
        ("Hausnummer 120 an der Badenerstrasse, Lampe kaputt", "Badenerstrasse 120", 4),
        ("Haus-Nr. 12a, Josefstrasse: Kübel voll", "Josefstrasse 12a", 5),
    ],
)
def test_a_number_apart_is_the_streets_house_number(
    gaz: Gazetteer, text: str, address: str, kreis: int
) -> None:
    place = gaz.resolve(text)
    [mention] = [m for m in place.mentions if m.kind in ("street", "address")]
    assert (mention.kind, mention.text, place.kreis) == ("address", address, kreis)


@pytest.mark.parametrize(
    "text",
    [
        "Das Tram Nr. 4 hält nicht mehr an der Weststrasse",
        "Der Bus Nr. 32 fährt zu schnell durch die Weststrasse",
        "Die Linie 2 an der Weststrasse ist laut",
        "Kandelaber Nr. 12 an der Weststrasse brennt nicht",
        "Lampe an der Weststrasse im Kreis 3, Nr. 12 und Nr. 14 sind dunkel",
    ],
)
def test_other_numbers_are_no_house_number(gaz: Gazetteer, text: str) -> None:
    place = gaz.resolve(text)
    assert not any(m.kind == "address" for m in place.mentions)


def test_the_street_keeps_its_own_number(gaz: Gazetteer) -> None:
    place = gaz.resolve("Lampe Nr. 3 an der Josefstrasse 14 ist dunkel")
    assert [m.text for m in place.mentions if m.kind == "address"] == ["Josefstrasse 14"]


def test_the_confirmation_and_the_concern_have_the_number(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hallo zäme, d Lampe vor em Huus Nr. 12 a de Josefstrass isch kaputt 😡")
    assert "Beleuchtung, Josefstrasse 12 (Quartier Gewerbeschule, Kreis 5)" in chat.text
    [c] = concerns(engine)
    assert (c.place_text, c.kreis) == ("Josefstrasse 12", 5)


def test_a_number_apart_settles_a_street_across_kreise(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Vor Nummer 40 an der Weststrasse ist die Strassenlampe dunkel")
    assert "Weststrasse 40 (Quartier Sihlfeld, Kreis 3)" in chat.text
    assert "Hausnummer" not in chat.text
