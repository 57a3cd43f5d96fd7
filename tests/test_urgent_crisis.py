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
    # new-user trial g (2026-12-07): no 143, asked "Wo ist das genau?"
    "ich will mir das leben nehmen",
    "Ich möchte mir das Leben nehmen",
    "Ich bringe mich um",
    "i wott mer s läbe näh",
    "I want to take my own life",
    "Je veux mettre fin à mes jours",
]

HYPERBOLE = [
    "Ce bruit va me tuer",
    "On ne peut plus vivre ici avec ce bruit",
    "Voglio vivere in un quartiere pulito",
    "I killed it myself, the wasp nest is gone",
    "I want to live in a quiet street",
    "Hier lässt es sich gut läbe",
    "The noise is killing me",
    "Der Lärm bringt mich noch um",
    "Die Lampe vor dem Fenster bringt mich um den Schlaf",
    "Der Nachbar bringt mich um mit seiner Musik",
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


@pytest.mark.parametrize(
    "text",
    [
        "Ich mag nicht mehr, ich will sterben",
        "Ich wott sterbe",
        "I ha kei Bock meh z läbe",
        "Non ce la faccio più, voglio morire",
        "Ho voglia di morire",
        "Mi voglio togliere la vita",
    ],
)
def test_wanting_to_die_is_a_crisis(text: str) -> None:  # new-user trial e
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "suicide", text


@pytest.mark.parametrize(
    "text", ["Wir sterben vor Lärm hier", "Ich will nicht sterben wegen dieser Kreuzung"]
)
def test_dying_of_noise_is_no_crisis(text: str) -> None:
    assert not detect_urgent(text).urgent, text


def test_after_the_crisis_answer_the_waiting_concern_is_not_taken_up(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt")
    chat.say("ich will nicht mehr leben")
    assert t("de", "emergency_suicide") in chat.text
    assert "Lampe kaputt" not in chat.text  # not "Nun zu Ihrem nächsten Anliegen: …"


@pytest.mark.parametrize(
    "text",
    [
        "Ich stecke im Lift fest, Hohlstrasse 10",
        "Jemand steckt im Lift fest",
        "I'm stuck in the lift at Hohlstrasse 10",
        "Der Baum vor der Hohlstrasse 50 ist umgestürzt und blockiert die Strasse",
    ],
)
def test_stuck_in_a_lift_and_a_tree_across_the_road(text: str) -> None:  # trial e
    assert detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", ["Der Lift steckt seit Tagen fest", "Der Lift ist defekt"])
def test_a_broken_lift_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent, text


PREVENTION = [
    "Suizidprävention",
    "Angebote zur Suizidprävention im Quartier",
    "Gibt es Angebote zur Suizidpraevention für Jugendliche?",
    "Workshop Suizid-Prävention im GZ",
    "Prävention von Suizid bei Jugendlichen",
    "suicide prevention courses in the neighbourhood",
    "prévention du suicide dans le quartier",
    "prevenzione del suicidio nel quartiere",
]


@pytest.mark.parametrize("text", PREVENTION)
def test_a_question_about_prevention_is_no_crisis(text: str) -> None:
    """Trial brief: 'Angebote zur Suizidprävention' got the 143 answer."""
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "ich denke an Suizid",
        "I'm thinking about suicide",
        "Ich denke an Suizid. Gibt es Prävention?",
    ],
)
def test_suicidal_talk_next_to_prevention_still_is(text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent and result.category == "suicide"


def test_prevention_offers_in_the_dialog_are_a_concern(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Angebote zur Suizidprävention im Quartier")
    assert "143" not in chat.text and "⚠️" not in chat.text
