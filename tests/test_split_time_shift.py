"""A second event joined only by a turn in time ("und vorhin", "und gerade eben",
"and just now", "et tout à l'heure", "e poco fa") is its own concern when both
sides say something of their own (new-user trial f, finding 5 and section 10):
", und vorhin hat ein Auto ein Kind angefahren" was folded into the building-site
noise. A plain "et" stays no boundary: "mon père est tombé et ne bouge plus" is one."""

from __future__ import annotations

from functools import cache

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.split import TopicOf, split_concerns
from nlp.urgent import detect_urgent
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@cache
def _urgent(text: str) -> bool:
    return detect_urgent(text).urgent


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Lärm von der Baustelle Hohlstrasse 40 ab 5 Uhr, und vorhin hat ein Auto ein Kind"
            " angefahren, es blutet",
            "Lärm von der Baustelle Hohlstrasse 40 ab 5 Uhr",
            "vorhin hat ein Auto ein Kind angefahren, es blutet",
        ),
        (
            "The bin at Idaplatz is full, and just now a car hit a child, he is bleeding",
            "The bin at Idaplatz is full",
            "just now a car hit a child, he is bleeding",
        ),
        (
            "La poubelle à l'Idaplatz est pleine, et tout à l'heure une voiture a renversé un"
            " enfant",
            "La poubelle à l'Idaplatz est pleine",
            "tout à l'heure une voiture a renversé un enfant",
        ),
        (
            "Il cestino in Piazza Idaplatz è pieno, e poco fa un'auto ha investito un bambino",
            "Il cestino in Piazza Idaplatz è pieno",
            "poco fa un'auto ha investito un bambino",
        ),
    ],
)
def test_a_turn_in_time_before_an_emergency_splits(
    topic_of: TopicOf, text: str, first: str, second: str
) -> None:
    assert split_concerns(text, topic_of, _urgent) == [first, second]


def test_a_turn_in_time_between_two_ordinary_concerns_splits(topic_of: TopicOf) -> None:
    text = "Der Kübel am Idaplatz ist voll und gerade eben ist die Lampe daneben ausgegangen"
    assert split_concerns(text, topic_of) == [
        "Der Kübel am Idaplatz ist voll",
        "gerade eben ist die Lampe daneben ausgegangen",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Au secours, mon père est tombé et ne bouge plus",
        "Mein Vater ist gestürzt und vorhin hat er noch geredet, jetzt bewegt er sich nicht",
        "Der Kübel ist voll und eben nicht geleert worden",
        "The lamp flickers and just now it went out completely",
    ],
)
def test_one_event_stays_one(topic_of: TopicOf, text: str) -> None:
    assert split_concerns(text, topic_of, _urgent) == [text]
    assert split_concerns(text, topic_of) == [text]


def test_the_noise_is_taken_up_after_the_emergency(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "Lärm von der Baustelle Hohlstrasse 40 ab 5 Uhr, und vorhin hat ein Auto ein Kind"
        " angefahren, es blutet"
    )
    assert "117" in chat.last[0].text
    emergency, noise = concerns(engine)
    assert emergency.urgent and emergency.status == Status.FORWARDED
    assert not noise.urgent and noise.text == "Lärm von der Baustelle Hohlstrasse 40 ab 5 Uhr"
    assert "Baustelle Hohlstrasse 40" in chat.text and "Ja, weiterleiten" in [
        b.label for b in chat.buttons
    ]
