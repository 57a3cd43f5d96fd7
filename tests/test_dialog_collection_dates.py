"""A question about the collection dates is answered with the city's collection
calendar, not filed as a concern; a missed collection stays a concern."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Wann wird am Idaplatz das Altpapier abgeholt?", "de"),
        ("Wenn chunnt de Karton?", "de"),
        ("Wann ist die Kartonsammlung im Kreis 3?", "de"),
        ("When is the paper collection in Wipkingen?", "en"),
        ("Quand passe le ramassage du papier à Wipkingen?", "fr"),
        ("Quando passa la raccolta della carta?", "it"),
    ],
)
def test_a_collection_date_question_gets_the_calendar_and_is_not_filed(
    dialog: Dialog, engine: Engine, question: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(question)
    assert [r.text for r in chat.last] == [t(lang, "collection_dates")]
    assert "entsorgungskalender" in chat.text
    assert concerns(engine) == []


@pytest.mark.parametrize(
    "complaint",
    [
        "Der Karton wurde am Idaplatz nicht abgeholt",
        "Wann wird das Altpapier am Idaplatz endlich abgeholt?",
    ],
)
def test_a_missed_collection_is_still_a_concern(
    dialog: Dialog, engine: Engine, complaint: str
) -> None:
    chat = Chat(dialog)
    chat.say(complaint)
    assert t("de", "collection_dates") not in chat.text
    [concern] = concerns(engine)
    assert concern.topic == "abfall" and concern.status == Status.DRAFT


def test_a_collection_date_question_at_the_confirmation_keeps_the_card(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Die Parkbank beim Idaplatz ist kaputt")
    chat.say("Wann wird das Altpapier abgeholt?")
    assert chat.last[0].text == t("de", "collection_dates")
    assert any(b.label == t("de", "btn_confirm") for b in chat.buttons)
