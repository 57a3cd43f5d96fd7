"""An answer to the city's question after `reply_window_days` (new-user trial m,
finding 5): while the concern is open and the question is the city's latest word
about it, the resident's answer is still offered ("Ist das Ihre Antwort zu
ZH-…?") and reaches the office; a statement, a closed concern or a status set
since keep the window."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from store.db import session_scope
from store.models import Concern, RoutingEvent
from tests.chat import Chat
from tests.staff_helpers import ERZ, RESIDENT, file_concern, register, replies, staff_asked

QUESTION = "Danke für die Meldung. Welcher Kübel genau: der beim Spielplatz oder der beim Kiosk?"
ANSWER = "Es ist der beim Spielplatz"


def _days_later(engine: Engine, days: int) -> None:
    """Everything that happened, `days` earlier (the resident is back from holiday)."""
    with session_scope(engine) as s:
        for event in s.exec(select(RoutingEvent)):
            event.at -= timedelta(days=days)
            s.add(event)
        for concern in s.exec(select(Concern)):
            concern.created_at -= timedelta(days=days)
            concern.updated_at -= timedelta(days=days)
            if concern.forwarded_at is not None:
                concern.forwarded_at -= timedelta(days=days)
            s.add(concern)


def _count(engine: Engine) -> int:
    with session_scope(engine) as s:
        return len(list(s.exec(select(Concern))))


def test_an_open_question_is_answered_nine_days_later(dialog: Dialog, engine: Engine) -> None:
    c, staff, resident = staff_asked(dialog, engine, QUESTION)
    _days_later(engine, 9)
    resident.say(ANSWER)
    assert "Ist das Ihre Antwort auf die Frage vom " in resident.text  # its day: item 7
    assert f" zu {c.reference}?" in resident.text
    resident.press("Ja, an die Stelle senden")
    assert "Ihre Antwort an Entsorgung + Recycling Zürich weitergeleitet" in resident.text
    assert [e.note for e in replies(engine, c.id)] == [ANSWER]
    assert f"Antwort an die Stadt: {ANSWER}" in staff.say(f"/zeige {c.reference}")[0].text
    assert _count(engine) == 1  # no placeless draft


def test_a_question_of_a_closed_concern_keeps_the_window(dialog: Dialog, engine: Engine) -> None:
    c, staff, resident = staff_asked(dialog, engine, QUESTION)
    staff.say(f"/status {c.reference} erledigt")
    _days_later(engine, 9)
    resident.say(ANSWER)
    assert "Ist das Ihre Antwort" not in resident.text
    assert replies(engine, c.id) == []


def test_a_status_after_the_question_keeps_the_window(dialog: Dialog, engine: Engine) -> None:
    # "in Bearbeitung" since: the question is no longer the city's latest word.
    c, staff, resident = staff_asked(dialog, engine, QUESTION)
    staff.say(f"/status {c.reference} in_bearbeitung")
    _days_later(engine, 9)
    resident.say(ANSWER)
    assert "Ist das Ihre Antwort" not in resident.text


def test_a_statement_is_answerable_within_the_window_only(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/antwort {c.reference} Wir leeren den Kübel am Dienstag.")
    _days_later(engine, 9)
    resident = Chat(dialog, RESIDENT)
    resident.say("Am Dienstag bin ich leider nicht da")
    assert "Ist das Ihre Antwort" not in resident.text


def test_within_the_window_a_closed_concerns_question_is_still_offered(
    dialog: Dialog, engine: Engine
) -> None:
    c, staff, resident = staff_asked(dialog, engine, QUESTION)
    staff.say(f"/status {c.reference} erledigt")
    _days_later(engine, 5)
    resident.say(ANSWER)
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
