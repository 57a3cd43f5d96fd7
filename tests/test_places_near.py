"""A street with a landmark or square near it as its qualifier ("Seefeldstrasse
beim Kreuzplatz"): the street decides the Kreis when the landmark lies in a
neighbouring Kreis (nlp/places/near.py); other places in different Kreise are
still a conflict to ask about (tests/test_place_conflict.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.places import Gazetteer
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "kreis", "street"),
    [
        # The Seefeldstrasse (Kreis 8) begins at the Kreuzplatz (Kreis 7).
        ("Schlagloch an der Seefeldstrasse beim Kreuzplatz", 8, "Seefeldstrasse"),
        ("Loch in der Seefeldstrasse in der Nähe vom Kreuzplatz", 8, "Seefeldstrasse"),
        ("Seefeldstrasse ganz nahe beim Kreuzplatz: Velo fast gestürzt", 8, "Seefeldstrasse"),
        ("Beim Kreuzplatz an der Seefeldstrasse hat es ein Loch", 8, "Seefeldstrasse"),
        ("Es Loch i de Seefeldstrass bim Kreuzplatz", 8, "Seefeldstrasse"),
        ("pothole on Seefeldstrasse near the Kreuzplatz, my bike crashed", 8, "Seefeldstrasse"),
        ("broken light on Seefeldstrasse next to the Kreuzplatz", 8, "Seefeldstrasse"),
        ("un nid-de-poule dans la Seefeldstrasse près du Kreuzplatz", 8, "Seefeldstrasse"),
        ("una buca in Seefeldstrasse vicino al Kreuzplatz", 8, "Seefeldstrasse"),
        ("lampione rotto in Seefeldstrasse presso il Kreuzplatz", 8, "Seefeldstrasse"),
        # Kreis 4 next to Kreis 1; a square from the street list as the qualifier
        ("Abfall an der Militärstrasse beim Hauptbahnhof", 4, "Militärstrasse"),
        ("Lampe an der Feldeggstrasse bim Römerhofplatz", 8, "Feldeggstrasse"),
        # more places that agree with the street
        ("Seefeldstrasse beim Kreuzplatz, Kreis 8", 8, "Seefeldstrasse"),
    ],
)
def test_a_street_by_a_landmark_next_door_takes_the_streets_kreis(
    gazetteer: Gazetteer, text: str, kreis: int, street: str
) -> None:
    place = gazetteer.resolve(text)
    assert (place.kreis, place.street, place.conflict) == (kreis, street, False)


def test_a_quartier_that_agrees_with_the_street_names_it(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Seefeldstrasse beim Kreuzplatz im Seefeld")
    assert (place.kreis, place.quartier, place.conflict) == (8, "Seefeld", False)


@pytest.mark.parametrize(
    ("text", "kreise"),
    [
        ("Seefeldstrasse in Hottingen", [7, 8]),  # a Quartier with "in": which is wrong?
        ("Kolbenhofstrasse in Wollishofen", [2, 3]),
        ("Seefeldstrasse und Kreuzplatz", [7, 8]),  # no word that makes it a qualifier
        ("Seefeldstrasse beim Hallenstadion", [8, 11]),  # Kreise far apart
        ("Seefeldstrasse bei der Klosbachstrasse", [7, 8]),  # two streets
        ("Seefeldstrasse bei Hottingen", [7, 8]),  # a Quartier, not a landmark
        ("Seefeldstrasse beim Kreuzplatz in Hottingen", [7, 8]),  # Hottingen sides with it
        ("Ich wohne beim Kreuzplatz. An der Seefeldstrasse ist ein Loch", [7, 8]),
    ],
)
def test_other_places_in_different_kreise_are_still_asked_about(
    gazetteer: Gazetteer, text: str, kreise: list[int]
) -> None:
    place = gazetteer.resolve(text)
    assert place.kreis is None and place.conflict
    assert place.candidates == kreise


def test_a_street_in_two_kreise_takes_the_landmarks(gazetteer: Gazetteer) -> None:
    # The Forchstrasse runs through Kreis 7 and 8; the Kreuzplatz is in 7.
    place = gazetteer.resolve("Loch in der Forchstrasse beim Kreuzplatz")
    assert place.kreis == 7 and not place.conflict and not place.ambiguous


def test_neighbouring_kreise_come_from_the_quartier_polygons(gazetteer: Gazetteer) -> None:
    neighbours = gazetteer.kreis_neighbours
    assert {frozenset((7, 8)), frozenset((1, 4)), frozenset((2, 3))} <= neighbours
    assert frozenset((8, 11)) not in neighbours
    assert frozenset((2, 8)) not in neighbours  # across the lake


def test_the_resident_is_not_asked_and_sees_the_street(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, chat_id="4711")
    chat.say("there's a big pothole on Seefeldstrasse near the Kreuzplatz, my bike almost crashed")
    assert "different districts" not in chat.text
    assert "Seefeldstrasse (Kreis 8)" in chat.text
    chat.press("Yes, pass it on")
    (concern,) = concerns(engine)
    assert concern.kreis == 8
