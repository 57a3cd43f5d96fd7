"""Emergency verdicts that the new-user trial of 2026-12-06 (f) showed wrong: an
emergency between a question and a street was drowned, and a no-show or a game
("nobody came", "Feuerball") raised the alarm (nlp.urgent.mundane)."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.mundane import without_place

# A question, a plea with a fall, a street: each part alone was urgent, the whole was not.
DILUTED = [
    "Where can I dispose of old furniture? Help, my father fell and is not moving, "
    "Zurlindenstrasse 12",
    "Où puis-je jeter de vieux meubles? Au secours, mon père est tombé et ne bouge plus, "
    "Zurlindenstrasse 12",
    "Dove posso buttare i vecchi mobili? Aiuto, mio padre è caduto e non si muove, "
    "Via Zurlindenstrasse 12",
    "Aiuto, mio padre è caduto e non si muove, Via Zurlindenstrasse 12",
]


@pytest.mark.parametrize("text", DILUTED)
def test_an_emergency_is_not_drowned_by_a_question_and_a_street(text: str) -> None:
    assert detect_urgent(text).urgent


def test_the_german_line_still_is_urgent() -> None:
    assert detect_urgent(
        "Wo kann ich alte Möbel entsorgen? Hilfe, mein Vater ist gestürzt und bewegt sich "
        "nicht, Zurlindenstrasse 12"
    ).urgent


def test_a_street_with_its_number_is_set_aside_and_nothing_else() -> None:
    assert without_place("aiuto, mio padre è caduto, via zurlindenstrasse 12") == (
        "aiuto, mio padre è caduto"
    )
    # No number: "Spielplatz", "Gehweg" are things, and "auf der Strasse" is kept.
    text = "ein mann liegt auf der strasse beim spielplatz"
    assert without_place(text) is text


NO_SHOWS = [
    "The sofa is still there, nobody came",
    "The bin is still full, no one came",
    "Il cestino è ancora pieno, non è venuto nessuno",
    "Der Kübel ist immer noch voll, niemand ist gekommen",
    "Le canapé est toujours là, personne n'est venu",
]
GAMES = [
    "Die Kinder spielen auf der Strasse Feuerball",
    "Die Kinder spielen auf der Strasse",
    "The kids are playing football in the courtyard",
]


@pytest.mark.parametrize("text", NO_SHOWS + GAMES)
def test_a_no_show_or_a_game_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        # A no-show next to a danger, a game next to one: still emergencies.
        "I called the ambulance an hour ago and nobody came, he is still lying there bleeding",
        "My neighbour collapsed, I called 144 but nobody came yet",
        "After the storm a power line is lying on the meadow where kids play, it's humming",
        "Kleinkind spielt auf den Gleisen beim Central, das Tram kommt gleich",
        "Die Kinder spielen auf der Strasse mit Feuer",
    ],
)
def test_a_danger_next_to_a_no_show_or_a_game_still_counts(text: str) -> None:
    assert detect_urgent(text).urgent


def test_batch_and_single_agree() -> None:
    texts = DILUTED + NO_SHOWS + GAMES
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(t).urgent for t in texts]


@pytest.mark.parametrize(
    "text", ["non è un'emergenza", "Das ist kein Notfall", "this is not an emergency!"]
)
def test_saying_it_is_no_emergency_is_none(text: str) -> None:
    # "non è un'emergenza" scored 0.79: the way out of a false alarm raised another.
    assert not detect_urgent(text).urgent


def test_a_denial_next_to_a_danger_still_counts() -> None:
    assert detect_urgent("Das ist kein Notfall, aber es brennt im Keller").urgent
