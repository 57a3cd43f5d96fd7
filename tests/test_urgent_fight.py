"""A fight going on now is an emergency (police 117); fights that recur or are past are a
safety concern for the office (nlp.urgent.fight). "Vor der Bar gibt es eine Schlägerei"
was filed as an ordinary concern. Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_urgent
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Vor der Bar gibt es eine Schlägerei",
        "Es gibt eine Schlägerei beim Bahnhof",
        "Beim Bahnhof prügeln sich zwei Männer",
        "Da schlägt einer auf eine Frau ein",
        "Vor dä Bar häts e Schlägerei",
        "There is a fight outside the bar",
        "Il y a une bagarre devant le bar",
        "C'è una rissa davanti al bar",
        "Jedes Wochenende Schlägereien, und gerade prügeln sich wieder zwei",
    ],
)
def test_a_fight_going_on_now_is_an_emergency(text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent, result
    assert result.category == "violence"


@pytest.mark.parametrize(
    "text",
    [
        "Jedes Wochenende gibt es Schlägereien vor der Bar",
        "Jedes Wochenende prügeln sich Jugendliche vor der Bar",
        "Immer wieder gibt es eine Schlägerei vor der Bar",
        "Am Wochenende gibt es oft Schlägereien",
        "There are fights outside the bar every weekend",
        "Il y a souvent une bagarre devant le bar",
        "Letzte Woche gab es eine Schlägerei",
        "Ich habe Angst, dass es eine Schlägerei gibt",
    ],
)
def test_fights_that_recur_or_are_past_are_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


def test_the_dialog_gives_the_numbers_for_a_fight_now(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Vor der Bar gibt es eine Schlägerei")
    assert t("de", "emergency") in chat.text
    assert [c.urgent for c in concerns(engine)] == [True]


def test_the_dialog_files_recurring_fights_as_a_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Jedes Wochenende gibt es Schlägereien vor der Bar")
    assert t("de", "emergency") not in chat.text
    assert [c.urgent for c in concerns(engine)] == [False]
