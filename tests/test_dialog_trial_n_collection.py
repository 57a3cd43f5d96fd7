"""New-user trial n, § 7: "Wann kommt die Grünabfuhr?" and the other names of a
collection (Papierabfuhr, Kehrichtabfuhr, Sonderabfall-Sammlung, Christbaum-Abfuhr,
Cargo-Tram, "le ramassage", "la raccolta") get the collection calendar, in a new
chat and at an open card; and a question at the card that the bot cannot answer
no longer promises that the office will answer it (it was never stored)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel am Idaplatz ist übervoll"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Wann kommt die Grünabfuhr?", "de"),
        ("Wann ist die Papierabfuhr im Kreis 3?", "de"),
        ("Wann ist die Kehrichtabfuhr?", "de"),
        ("Wann ist die nächste Sonderabfall-Sammlung?", "de"),
        ("Wann ist die Christbaum-Abfuhr?", "de"),
        ("Wann werden die Christbäume abgeholt?", "de"),
        ("Wann fährt das Cargo-Tram?", "de"),
        ("Quand est le prochain ramassage?", "fr"),
        ("Quando c'è la raccolta?", "it"),
    ],
)
def test_a_named_collection_gets_the_calendar_and_is_not_filed(
    dialog: Dialog, engine: Engine, question: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(question)
    assert [r.text for r in chat.last] == [t(lang, "collection_dates")]
    assert concerns(engine) == []


@pytest.mark.parametrize(
    "question", ["Wann kommt die Grünabfuhr?", "Wann kommt eigentlich die Grünabfuhr?"]
)
def test_the_green_waste_question_at_the_card_gets_the_calendar(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.say(question)
    assert chat.last[0].text == t("de", "collection_dates")
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]  # the card again
    chat.press(t("de", "btn_confirm"))
    [concern] = concerns(engine)
    assert concern.status == Status.FORWARDED
    assert "Grünabfuhr" not in concern.text


def test_a_missed_green_waste_collection_is_still_a_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Wann kommt die Grünabfuhr am Idaplatz endlich?")
    assert t("de", "collection_dates") not in chat.text
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    ("lang", "first", "question"),
    [
        ("de", BIN, "Wo?"),
        ("en", "The bin at Idaplatz is overflowing", "Why?"),
        ("fr", "La poubelle de la Langstrasse 100 déborde", "Pourquoi?"),
        ("it", "Il cestino in Langstrasse 100 è pieno", "Perché?"),
    ],
)
def test_a_question_at_the_card_promises_no_answer_from_the_office(
    dialog: Dialog, lang: str, first: str, question: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)
    chat.say(question)
    said = chat.last[0].text
    assert said.startswith(t(lang, "question_at_confirm", reference="", topic="", place="")[:20])
    for promise in ("meldet sich", "get back to you", "vous répondra", "vi contatterà"):
        assert promise not in said
