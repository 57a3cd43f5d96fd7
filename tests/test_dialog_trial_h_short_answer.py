"""QA trial h, finding 1 (docs/qa/new-user-trial-2026-12-07-h.md): "Ja", "Nein",
"jo", "👍" to a staff yes/no question were taken as small talk ("Gut. Schreiben
Sie mir einfach Ihr Anliegen …") and the office never got them. Now they are
asked about like any answer; "ok" after a staff message that asks nothing is
still small talk."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.conftest import concerns
from tests.staff_helpers import ERZ, outbox, replies, staff_asked


@pytest.mark.parametrize("answer", ["Ja", "Nein", "Ja genau", "jo", "👍"])
def test_a_short_answer_to_a_question_reaches_the_office(
    dialog: Dialog, engine: Engine, answer: str
) -> None:
    c, _, resident = staff_asked(dialog, engine, "Ist es der grosse Container?")
    before = len(outbox(engine, ERZ, "alert"))
    resident.say(answer)
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
    resident.press("Ja, an die Stelle senden")
    assert [e.note for e in replies(engine, c.id)] == [answer]
    alerts = outbox(engine, ERZ, "alert")[before:]
    assert len(alerts) == 1 and answer in (alerts[0].text or "")
    assert len(concerns(engine)) == 1


def test_typed_yes_to_the_offer_sends_it(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, "Ist er immer noch voll?")
    resident.say("jo")
    resident.say("ja")
    assert [e.note for e in replies(engine, c.id)] == ["jo"]


def test_ok_to_a_staff_message_that_asks_nothing_is_small_talk(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(dialog, engine, "Danke, wir leeren ihn morgen.")
    resident.say("ok")
    assert "Ist das Ihre Antwort" not in resident.text
    assert replies(engine, c.id) == []


def test_after_the_answer_a_yes_is_small_talk_again(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, "Ist es der grosse Container?")
    resident.say("Ja")
    resident.press("Ja, an die Stelle senden")
    resident.say("Danke")
    resident.say("ok")
    assert "Ist das Ihre Antwort" not in resident.text
    assert len(replies(engine, c.id)) == 1
