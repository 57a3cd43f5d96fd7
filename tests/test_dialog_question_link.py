"""A "?" in a link is no question: staff's "Siehe
https://www.stadt-zuerich.ch/abfall?x=1" counted as one (`store.repository.asks`),
so the resident's "Ja" afterwards was asked about as the answer to the city
("Ist das Ihre Antwort zu ZH-…?") and the dialog waited for it. A "?" ending
the sentence right after a link still asks."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from store import repository as repo
from tests.conftest import concerns
from tests.staff_helpers import replies, staff_asked

LINK = "Siehe https://www.stadt-zuerich.ch/abfall?x=1"


@pytest.mark.parametrize(
    "note",
    [
        LINK,
        "Siehe https://www.stadt-zuerich.ch/abfall?x=1&y=2.",
        "Infos: www.stadt-zuerich.ch/abfall?sprache=de",
        "Infos: stadt-zuerich.ch/entsorgung?sprache=de, wir leeren ihn morgen.",
        "(https://www.stadt-zuerich.ch/abfall?x=1)",
    ],
)
def test_a_question_mark_in_a_link_asks_nothing(note: str) -> None:
    assert not repo.asks(note)


@pytest.mark.parametrize(
    "note",
    [
        "Kennen Sie https://www.stadt-zuerich.ch/abfall?",
        "Passt https://www.stadt-zuerich.ch/abfall?x=1 für Sie?",
        "Siehe https://www.stadt-zuerich.ch/abfall?x=1 – welcher Kübel ist es?",
        "In welchem Hinterhof genau? Strasse und Hausnummer würden helfen.",
    ],
)
def test_a_question_beside_a_link_still_asks(note: str) -> None:
    assert repo.asks(note)


def test_yes_after_a_link_with_a_question_mark_is_small_talk(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(dialog, engine, LINK)
    resident.say("Ja")
    assert "Ist das Ihre Antwort" not in resident.text
    assert replies(engine, c.id) == [] and len(concerns(engine)) == 1


def test_yes_after_a_question_with_a_link_is_still_the_answer(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(dialog, engine, f"{LINK} – ist es der grosse Container?")
    resident.say("Ja")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
