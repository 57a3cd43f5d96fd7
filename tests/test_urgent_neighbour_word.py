"""A neighbour is a person as a whole word (nlp.urgent.welfare.NEIGHBOUR, also read by
nlp.urgent.cues): "Nachbarin", "Nachbarsfrau", "Nochber", "voisine", "neighbours"; the
Nachbarhaus, the Nachbargarten, the Nachbarhund and the neighbourhood cat are none."""

from __future__ import annotations

import re

import pytest

from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.welfare import NEIGHBOUR

_WORD = re.compile(r"\b" + NEIGHBOUR)

NOT_A_PERSON = [
    "Im Nachbargarten ist die grosse Tanne tot",
    "Die Hecke beim Nachbarhaus ist schon lange tot",
    "Den Nachbarhund habe ich seit Tagen nicht mehr gesehen",
    "Die Nachbarskatze habe ich seit einer Woche nicht mehr gesehen",
    "I haven't seen the neighbourhood cat in days",
    "Im Nachbargarten liegt ein Ast",
]

A_PERSON = [
    "Ich habe meine Nachbarin seit Tagen nicht mehr gesehen",
    "Die Nachbarsfrau habe ich seit einer Woche nicht gesehen, der Briefkasten quillt über",
    "I haven't seen my neighbours in days",
    "Je n'ai pas vu ma voisine depuis des jours",
    "Min Nochber isch sit Täg nüm gsee worde",
    "Mein Nachbar liegt tot in der Wohnung",
]


@pytest.mark.parametrize(
    "word",
    ["nachbar", "nachbarin", "nachbarn", "nachbarsfrau", "nachbarskind", "nochber", "voisine"],
)
def test_a_neighbour_is_a_whole_word(word: str) -> None:
    assert _WORD.fullmatch(word), word


@pytest.mark.parametrize(
    "word",
    ["nachbarhaus", "nachbargarten", "nachbarhund", "nachbarschaft", "neighbourhood", "voisinage"],
)
def test_a_neighbouring_house_garden_or_dog_is_no_neighbour(word: str) -> None:
    assert not _WORD.fullmatch(word), word


@pytest.mark.parametrize("text", NOT_A_PERSON)
def test_no_person_in_the_neighbouring_garden_house_or_dog(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", A_PERSON)
def test_a_neighbour_not_seen_or_dead_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent, text


def test_one_by_one_as_in_a_batch() -> None:
    texts = NOT_A_PERSON + A_PERSON
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]
