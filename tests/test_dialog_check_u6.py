"""The lead's last check of the evening's fixes (U6, after trial f): "non
importa" at the place question threw the concern away; "Es ist kein Notfall,
der Nachbar grilliert nur im Garten" was filed as a new concern while the fire
stayed urgent; the reply question was gone after a restart and a typed "1" was
sent to staff as part of the answer; "Ich hätt e Frog wäg em Abfall" was filed
on its own."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import EventKind, Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, events, register, replies, staff_asked


def test_non_importa_at_the_place_question_keeps_the_concern(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("La lampada è rotta")
    chat.say("non importa")
    [lamp] = concerns(engine)
    assert lamp.status == Status.DRAFT and lamp.place_text is None
    assert t("it", "btn_confirm") in [b.label for b in chat.buttons]


def test_kein_notfall_with_an_explanation_that_has_a_topic(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    chat = Chat(dialog, RESIDENT)
    chat.say("Es brennt im Hinterhof an der Weststrasse 20")
    chat.say("Es ist kein Notfall, der Nachbar grilliert nur im Garten")
    [fire] = concerns(engine)  # no second concern from the explanation
    assert not fire.urgent
    [calmed] = [e for e in events(engine, fire.id) if e.kind == EventKind.RESIDENT]
    assert "grilliert nur im Garten" in (calmed.note or "")  # kept for staff


def test_the_reply_question_comes_back_after_a_restart_and_1_is_the_button(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(dialog, engine, "Welcher Kübel genau?")
    resident.say("Der beim Spielplatz")
    again = dialog.resume("telegram", RESIDENT)
    assert f"Ist das Ihre Antwort zu {c.reference}?" in again[0].text
    resident.say("1")
    [reply] = replies(engine, c.id)
    assert reply.note == "Der beim Spielplatz"


def test_a_swiss_german_announced_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Ich hätt e Frog wäg em Abfall")
    assert chat.text == t("de", "question_about")
    assert concerns(engine) == []
