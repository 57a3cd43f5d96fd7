"""Places residents named in the new-user trials (d, e) that the gazetteer
missed: the lake basin, which spans Kreis 1, 2 and 8 (asked like a street
that crosses Kreise), and a few landmarks whose Kreis the city's geodata gives
(see the comment above them in nlp/data/places.toml)."""

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
    "text", ["Am Seebecken", "Seebecken", "Abfall im Zürcher Seebecken", "am Seebecki"]
)
def test_the_lake_basin_spans_three_kreise(gaz: Gazetteer, text: str) -> None:
    place = gaz.resolve(text)
    assert (place.kreis, place.candidates) == (None, [1, 2, 8])
    assert place.ambiguous


def test_a_place_at_the_lake_basin_settles_it(gaz: Gazetteer) -> None:
    place = gaz.resolve("am Seebecken beim Bellevue")
    assert (place.kreis, place.quartier) == (1, "Rathaus")


@pytest.mark.parametrize(
    ("text", "kreis", "quartier"),
    [
        ("beim Seebad Utoquai", 8, "Seefeld"),
        ("beim Unteren Letten", 10, "Wipkingen"),
        ("Strandbad Mythenquai", 2, "Enge"),
        ("beim Botanischen Garten", 8, "Weinegg"),
        # The old botanical garden is another park, in Kreis 1.
        ("im Alten Botanischen Garten", 1, "City"),
        ("im alten botanischen Garten beim Talacker", 1, "City"),
        ("vor dem Kongresshaus", 2, "Enge"),
        ("vor dem Volkshaus", 4, "Langstrasse"),
        ("beim Technopark", 5, "Escher Wyss"),
        # Known before, checked again (trial brief): the quays and squares at the lake.
        ("Bürkliplatz", 1, "City"),
        ("Mythenquai", 2, "Enge"),
        ("Landiwiese", 2, "Wollishofen"),
        ("Polyterrasse", 1, "Hochschulen"),
        ("Lindenhof", 1, "Lindenhof"),
    ],
)
def test_landmarks_from_the_geodata(gaz: Gazetteer, text: str, kreis: int, quartier: str) -> None:
    place = gaz.resolve(text)
    assert (place.kreis, place.quartier) == (kreis, quartier)


def test_the_upper_letten_still_spans_two_kreise(gaz: Gazetteer) -> None:
    assert gaz.resolve("am Oberen Letten").candidates == [6, 10]
    assert gaz.resolve("Utoquai").candidates == [1, 8]


def test_am_seebecken_in_the_dialog_asks_where_at_the_lake(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Am Seebecken liegt viel Abfall herum")
    assert "Das Seebecken führt durch mehrere Kreise (1, 2, 8)" in chat.text
    chat.say("Utoquai 50")
    [c] = concerns(engine)
    assert (c.kreis, c.quartier) == (8, "Seefeld")


def test_an_emergency_at_the_lake_basin_keeps_the_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Am Seebecken schwimmt ein Kind und ruft um Hilfe")
    [c] = concerns(engine)
    assert c.urgent and c.place_text == "Seebecken"
