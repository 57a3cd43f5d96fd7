"""Pinned sentences whose model score lay within 0.01 of the threshold (0.35) are decided
by a rule, not by the model's last digits: a cat up a tree (nlp.urgent.things), a fountain
that does not run (nlp.urgent.hydrant), "a car crash of planning" (an idiom,
nlp.urgent.cues). Each is judged here with the model's score anywhere from 0.1 to 0.9."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_many
from nlp.urgent.cues import strip_idioms
from nlp.urgent.detector import decide
from nlp.urgent.hydrant import neutral_hydrant

_SCORES = (0.1, 0.34, 0.36, 0.5, 0.9)


def _verdicts(text: str, category: str) -> set[bool]:
    """The detector's verdicts on `text` for each model score in _SCORES."""
    clean = neutral_hydrant(strip_idioms(text.lower()))
    return {decide(clean, score, category).urgent for score in _SCORES}


@pytest.mark.parametrize(
    "text",
    [
        "Mis Büsi isch uf em Baum und chunnt nöd abe",
        "Unsere Katze sitzt auf dem Baum und kommt nicht mehr runter",
        "Our cat is up a tree and can't get down",
        "Le chat est dans l'arbre et ne descend plus",
    ],
)
def test_a_cat_up_a_tree_is_no_emergency_whatever_the_model_says(text: str) -> None:
    assert _verdicts(text, "fall") == {False}, text


@pytest.mark.parametrize(
    "text",
    [
        "Der Mann ist auf dem Dach und kommt nicht mehr runter",
        "Ein Ast ist auf unseren Hund gefallen, er blutet stark",
    ],
)
def test_a_person_up_there_or_a_bleeding_dog_stays_urgent(text: str) -> None:
    assert detect_many([text])[0].urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "Ah ja, und de Brunne bim Schuelhuus lauft nöd",
        "Der Brunnen beim Schulhaus läuft nicht mehr",
        "La fontaine ne coule plus",
    ],
)
def test_a_fountain_that_does_not_run_is_no_emergency_whatever_the_model_says(
    text: str,
) -> None:
    assert _verdicts(text, "bleeding") == {False}, text


@pytest.mark.parametrize(
    "text",
    [
        "Der Brunnen läuft über und das Wasser fliesst in den Sicherungskasten",
        "Ein Kind ist in den Brunnen gefallen und bewegt sich nicht",
        "Beim Brunnen am Idaplatz brennt ein Abfallkübel",
    ],
)
def test_a_danger_at_a_fountain_stays_urgent(text: str) -> None:
    assert detect_many([text])[0].urgent, text


def test_a_car_crash_of_planning_is_an_idiom() -> None:
    text = "the traffic on rosengartenstrasse is a total car crash of planning"
    assert "crash" not in strip_idioms(text)
    assert strip_idioms("there was a car crash of two cars at bellevue").count("crash") == 1
    assert "crash" in strip_idioms("a car crash in front of the school, a child is hurt")
