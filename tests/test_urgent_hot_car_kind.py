"""A child or an animal shut in a hot car is named as such on the staff card whether
the car comes before or after being shut in ("enfermé dans une voiture brûlante")."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent
from nlp.urgent.category import category_of

HOT_CAR = [
    "un bébé est enfermé dans une voiture brûlante",
    "ein Kind ist im heissen Auto eingesperrt",
    "un bambino chiuso in macchina al sole",
    "a child is locked in a hot car",
    "un enfant est enfermé dans l'auto",
]


@pytest.mark.parametrize("text", HOT_CAR)
def test_shut_in_a_hot_car_is_named_hot_car(text: str) -> None:
    assert category_of(text.lower()) == "hot_car", text
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "hot_car", text


@pytest.mark.parametrize(
    "low", ["la strada è chiusa, la macchina è ferma", "der laden ist geschlossen, das auto steht"]
)
def test_something_closed_next_to_a_car_is_no_hot_car(low: str) -> None:
    assert category_of(low) != "hot_car", low
