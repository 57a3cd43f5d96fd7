"""A question about how to report an emergency, or what to do in one, gets the emergency
numbers and files nothing (nlp.urgent.how_to, bot.dialog.general_questions): "Wie melde
ich einen Brand?" was kept as the start of a concern, "Was mache ich bei einem Notfall?"
filed as one, "Comment signaler un incendie?" raised the fire alarm. "Es brennt! Wie
melde ich das?" stays an emergency. Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_urgent
from tests.chat import Chat
from tests.conftest import concerns

QUESTIONS = [
    "Wie melde ich einen Brand?",
    "Wie melde ich einen Notfall?",
    "Was mache ich bei einem Notfall?",
    "Wo melde ich einen Unfall?",
    "How do I report a fire?",
    "What should I do in an emergency?",
    "Come segnalo un incendio?",
]


@pytest.mark.parametrize("text", [*QUESTIONS, "Comment signaler un incendie?"])
def test_a_question_how_to_report_an_emergency_is_none(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Es brennt! Wie melde ich das?",
        "Wie melde ich, dass es bei uns brennt?",
        "How do I report that there is a fire in my kitchen?",
        "Wie melde ich einen Brand, der gerade brennt?",
    ],
)
def test_a_question_about_one_that_is_there_is_an_emergency(text: str) -> None:
    assert detect_urgent(text).urgent


@pytest.mark.parametrize("text", QUESTIONS)
def test_the_dialog_gives_the_numbers_and_files_nothing(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "117" in chat.text and "118" in chat.text and "144" in chat.text
    assert t("de", "emergency") not in chat.text
    assert concerns(engine) == []


def test_an_emergency_with_the_question_is_filed_urgent(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt! Wie melde ich das?")
    assert t("de", "emergency") in chat.text
    assert [c.urgent for c in concerns(engine)] == [True]


@pytest.mark.parametrize(
    "text", ["Wie melde ich den Brand in meinem Keller?", "How do I report the fire in our flat?"]
)
def test_a_fire_in_ones_own_place_is_an_emergency_even_asked_how(text: str) -> None:
    # "Wie melde ich den Brand in meinem Keller?" was not urgent (0.13; helper urgent2's note).
    assert detect_urgent(text).urgent


def test_a_question_after_the_fire_is_none() -> None:
    assert not detect_urgent("Wie melde ich den Schaden nach dem Brand in unserer Wohnung?").urgent
