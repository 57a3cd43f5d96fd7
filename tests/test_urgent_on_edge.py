"""Someone who says only that they stand on a bridge, a roof or a railing now gets the
crisis answer (143); the same opener before a matter is an ordinary report
(nlp.urgent.on_edge, nlp.urgent.whereabouts)."""

from __future__ import annotations

import pytest

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.crisis import crisis_words
from nlp.urgent.whereabouts import only_whereabouts
from tests.chat import Chat

ON_THE_EDGE = [
    "Ich stehe gerade auf der Kornhausbrücke",
    "Ich bin gerade auf der Hardbrücke",
    "Ich stehe gerade auf dem Dach",
    "Ich bin jetzt auf dem Dach des Hochhauses",
    "Ich stehe auf dem Geländer",
    "I'm standing on the bridge right now",
    "I'm on the roof",
    "je suis sur le pont",
    "sono sul ponte",
]

A_MATTER = [
    "Ich stehe gerade auf der Brücke beim Bahnhof, der Kübel ist voll",
    "Ich bin auf der Hardbrücke. Der Abfallkübel ist voll",
    "je suis sur le pont, la poubelle déborde",
]


@pytest.mark.parametrize("text", ON_THE_EDGE)
def test_on_a_bridge_a_roof_or_a_railing_now_is_a_crisis(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "suicide", text


@pytest.mark.parametrize("text", A_MATTER)
def test_on_a_bridge_before_a_matter_is_an_ordinary_report(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin auf der Hardbrücke und will nicht mehr",
        "Ich stehe gerade auf der Brücke und will nicht mehr",
    ],
)
def test_on_a_bridge_and_not_wanting_to_go_on_stays_a_crisis(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "suicide", text


def test_not_wanting_to_go_on_is_a_crisis_word_but_not_wanting_to_wait() -> None:
    assert crisis_words("und will nicht mehr")
    assert crisis_words("i mag nümme.")
    assert not crisis_words("ich will nicht mehr warten, bitte abholen")


@pytest.mark.parametrize(
    "text", ["ich bin gerade an der hardbrugg", "ich stehe gerade am brückengeländer"]
)
def test_beside_a_bridge_in_swiss_german_is_no_mere_whereabouts(text: str) -> None:
    assert not only_whereabouts(text, lambda _: False), text


@pytest.mark.parametrize(
    "text", ["Ich warte auf der Brücke", "Ich bin gerade an der Josefstrasse 12"]
)
def test_waiting_on_a_bridge_or_standing_in_a_street_is_no_crisis(text: str) -> None:
    assert not detect_urgent(text).urgent, text


def test_one_by_one_as_in_a_batch() -> None:
    texts = ON_THE_EDGE + A_MATTER
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Ich stehe gerade auf der Kornhausbrücke", "de"), ("sono sul ponte", "it")],
)
def test_the_crisis_answer_is_given(dialog: Dialog, text: str, lang: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert t(lang, "emergency_suicide") in chat.text
