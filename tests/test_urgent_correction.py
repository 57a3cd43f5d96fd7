"""A place corrected at the confirmation is no emergency: "ah nei, es isch doch a de
Weinbergstrass" got the emergency numbers and an urgent "Notfall: Feuer" concern,
and the waiting concern kept the wrong place (new-user trial i, finding 2). The model
alone gives such correction openers about 0.4; up to CORRECTION_WORDS words, a text
that opens with one needs a word of danger, harm or help for the model's verdict."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.urgent import detect_urgent
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "ah nei, es isch doch a de Weinbergstrass",
        "ah nein, es ist doch an der Weinbergstrasse",
        "oh sorry i meant it is at Weinbergstrasse",
    ],
)
def test_a_place_correction_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Nein, mein Mann atmet nicht mehr",
        "ah nei, es brennt scho wieder im Keller",
        "sorry, da liegt ein Mann am Boden und blutet",
        "Nein! Mein Kind ist verschwunden, Weinbergstrasse",
    ],
)
def test_an_emergency_after_a_correction_word_stays_one(text: str) -> None:
    assert detect_urgent(text).urgent


def test_the_place_is_corrected_at_the_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es het sit zwei Wuche es Schlagloch i de Strass")
    chat.say("Am Limmatplatz")
    chat.say("ah nei, es isch doch a de Weinbergstrass")
    assert "117" not in chat.text
    assert "Weinbergstrasse" in chat.text
    (concern,) = concerns(engine)
    assert not concern.urgent


def test_the_langstrasse_is_no_word_of_fear() -> None:
    from nlp.urgent.detector import _hints_at_danger

    assert not _hints_at_danger("ah nein, es ist doch an der langstrasse 120")
    assert not _hints_at_danger("a de langstrass")
    assert _hints_at_danger("an der langstrasse, ich habe angst")
