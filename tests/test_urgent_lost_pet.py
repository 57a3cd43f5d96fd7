"""A lost or run-away pet is no dog attack (new-user trials, 2026-12-07): "I lost my dog
on tram 4" (0.53) and "Mein Hund ist im Tram 4 verloren gegangen" (0.64) were urgent
from the model alone, "dog" being a word of danger. With no bite or attack named, the
pet and its going are set aside like a lost thing (nlp.urgent.things) and the resident
gets the lost-pet answer (bot.dialog.elsewhere). A dog that bites or attacks, or a pet
shut in a hot car, stays urgent."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_many, detect_urgent

LOST_PETS = [
    "I lost my dog on tram 4",
    "Mein Hund ist im Tram 4 verloren gegangen",
    "Ich habe meinen Hund im Tram 4 verloren",
    "Min Hund isch im Tram verlore gange",
    "Mon chien a disparu dans le tram 4",
    "Ho perso il mio cane sul tram 4",
    "Il mio cane è scappato al parco",
    "Our dog ran away near Idaplatz",
]
ATTACKS = [
    "Ein Hund hat mein Kind gebissen",
    "ein aggressiver Hund greift Leute an",
    "Ein Hund beisst um sich",
    "My dog ran away and bit a child",
    "Ich habe meinen Hund verloren, er ist aggressiv und hat schon gebissen",
    "Ein Hund ist im Auto eingesperrt, es ist heiss",
    "Mein Hund ist weggelaufen und jetzt brennt es im Keller",
    "I lost my kid on tram 4",
]


@pytest.mark.parametrize("text", LOST_PETS)
def test_a_lost_pet_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize("text", ATTACKS)
def test_a_bite_an_attack_or_a_danger_besides_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent


def test_one_by_one_as_in_a_batch() -> None:
    texts = LOST_PETS + ATTACKS
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]
