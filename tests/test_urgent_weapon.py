"""A person with a weapon is an emergency by rule (nlp.urgent.cues, EXTRA_STRONG), in five
languages: "there's a man with a gun in the supermakret" scored 0.30 with the model, and
"gun", "Pistole", "Waffe" alone are weak cues that need a word of now. A toy or water
pistol is not read by the rule, nor a weapon in the past. Made-up texts."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent


@pytest.mark.parametrize(
    "text",
    [
        "there's a man with a gun in the supermakret",
        "There's an armed man in the supermarket",
        "Im Coop ist ein Mann mit einer Pistole",
        "Ein bewaffneter Mann im Coop",
        "Im Migros isch en Maa mit ere Waffe",
        "Il y a un homme avec un pistolet dans le magasin",
        "C'è un tizio con un'arma davanti alla stazione",
    ],
)
def test_a_person_with_a_weapon_is_an_emergency(text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent
    assert result.reason != "model"
    assert result.category == "weapon"


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday there was a man with a gun in the supermarket",
        "Bewaffnete Polizisten am Bahnhof",
    ],
)
def test_a_weapon_in_the_past_or_police_is_not(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    ["a man with a toy gun in the park", "Ein Kind mit einer Wasserpistole im Park"],
)
def test_a_toy_is_not_read_by_the_rule(text: str) -> None:
    assert detect_urgent(text).reason == "model" or not detect_urgent(text).urgent
