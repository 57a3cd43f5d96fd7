"""A fire hydrant is no fire (nlp.urgent.hydrant), and a dog that fell is no dog attack
(nlp.urgent.cues, nlp.urgent.kind). "La borne d'incendie fuit" raised the fire alarm;
"the dog has fallen" was a dog attack. Made-up texts."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent


@pytest.mark.parametrize(
    "text",
    [
        "La borne d'incendie fuit",
        "La borne d'incendie coule!",
        "Der Hydrant leckt",
        "Der Feuerhydrant ist kaputt",
        "Beim Hydranten spritzt Wasser auf die Strasse!",
        "the fire hydrant is leaking",
        "l'idrante perde acqua",
        "L'idrante antincendio perde acqua in strada",
    ],
)
def test_a_hydrant_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Es brennt neben dem Hydranten",
        "Ein Auto hat den Hydranten umgefahren, der Fahrer ist verletzt",
    ],
)
def test_a_danger_next_to_a_hydrant_still_is(text: str) -> None:
    assert detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    ["the dog has fallen", "A man has fallen and the dog is barking", "Der Hund ist gefallen"],
)
def test_a_dog_that_fell_is_no_dog_attack(text: str) -> None:
    assert detect_urgent(text).category != "dog_attack"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The dog has fallen into the lake", "drowning"),
        ("Ein Hund beisst ein Kind", "dog_attack"),
        ("en hund gaht grad uf es chind los bim spielplatz, er lat nöd los", "dog_attack"),
        ("un cane senza guinzaglio ha aggredito un bambino", "dog_attack"),
    ],
)
def test_a_dog_attack_is_named_by_what_the_dog_does(text: str, category: str) -> None:
    assert detect_urgent(text).category == category


# A hydrant's water stays where a rule reads a danger in it, as a fountain's does:
# water in the electrics.
@pytest.mark.parametrize(
    "text",
    [
        "Der Hydrant spritzt Wasser in den Sicherungskasten",
        "De Hydrant schprützt Wasser i d Steckdose",
        "The fire hydrant is spraying water into the fuse box",
        "La borne d'incendie fuit, l'eau coule dans le tableau électrique",
        "L'idrante perde acqua nel quadro elettrico",
    ],
)
def test_a_hydrants_water_in_the_electrics_is_an_emergency(text: str) -> None:
    assert detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    ["Der Hydrant verliert Wasser", "Der Hydrant spritzt Wasser auf die Strasse"],
)
def test_a_hydrants_water_elsewhere_still_is_none(text: str) -> None:
    assert not detect_urgent(text).urgent
