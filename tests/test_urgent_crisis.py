"""Suicidal talk in every language the bot answers in (new-user trial d, finding 1
and 2): the crisis answer with 143, in the resident's language; everyday
hyperbole ("ce bruit va me tuer") is no alarm."""

from __future__ import annotations

import pytest

from bot.dialog import Dialog
from bot.language import detect_language
from bot.texts import t
from nlp.urgent import detect_urgent
from tests.chat import Chat

CRISIS = [
    "I want to kill myself",
    "I don't want to live anymore",
    "I'm thinking about suicide",
    "I can't go on, I want to end it all",
    "Je veux me suicider",
    "Je vais me tuer",
    "Je ne veux plus vivre",
    "Non voglio più vivere",
    "Voglio suicidarmi",
    "I mag nümme läbe",
    "Ich cha nümme, ich wott nüme läbe",
    "i wett mi umbringe",
    "Ich will mich umbringen",
]

HYPERBOLE = [
    "Ce bruit va me tuer",
    "On ne peut plus vivre ici avec ce bruit",
    "Voglio vivere in un quartiere pulito",
    "I killed it myself, the wasp nest is gone",
    "I want to live in a quiet street",
    "Hier lässt es sich gut läbe",
    "The noise is killing me",
]


@pytest.mark.parametrize("text", CRISIS)
def test_suicidal_talk_is_a_crisis(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "suicide", text


@pytest.mark.parametrize("text", HYPERBOLE)
def test_everyday_hyperbole_is_no_alarm(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I am going to kill myself tonight", "en"),
        ("I want to kill myself", "en"),
        ("Voglio suicidarmi", "it"),
        ("Voglio farla finita", "it"),
        ("Je veux me suicider", "fr"),
        ("I mag nümme läbe", "de"),
    ],
)
def test_the_crisis_answer_is_in_the_residents_language(
    dialog: Dialog, text: str, lang: str
) -> None:
    assert detect_language(text) == lang
    chat = Chat(dialog)
    chat.say(text)
    assert t(lang, "emergency_suicide") in chat.text
