"""A late answer to the city's question (beyond `reply_window_days`) was asked
about with "Ist das Ihre Antwort zu ZH-…?" and no date: after a week or two
away, which question? (trial leftovers, item 7). It names the day the city
asked, as the Swiss write it ("vom 3. Dezember"); within the window nothing
changes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.dialog.context import Ctx
from bot.dialog.late_answer import asked_on
from store import repository as repo
from store.db import session_scope
from store.models import Concern, EventKind, RoutingEvent, utcnow
from store.repository import ZURICH
from tests.chat import Chat
from tests.staff_helpers import ERZ, RESIDENT, register, staff_asked
from tests.test_dialog_late_answer import ANSWER, QUESTION, _days_later

MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"


def _asked_at(engine: Engine) -> datetime:
    with session_scope(engine) as s:
        [question] = s.exec(select(RoutingEvent).where(RoutingEvent.kind == EventKind.ANSWER))
        return question.at


def _answered_late(dialog: Dialog, engine: Engine) -> tuple[Concern, Chat, str]:
    """Staff asked, the resident answers 9 days later: the concern, the resident's
    chat and the question's day as the bot writes it ("3. Dezember")."""
    c, _, resident = staff_asked(dialog, engine, QUESTION)
    _days_later(engine, 9)
    day = _asked_at(engine).astimezone(ZURICH)
    resident.say(ANSWER)
    return c, resident, f"{day.day}. {MONTHS.split()[day.month - 1]}"


def test_a_late_answer_is_asked_about_with_the_day_of_the_question(
    dialog: Dialog, engine: Engine
) -> None:
    c, resident, said = _answered_late(dialog, engine)
    assert resident.text == f"Ist das Ihre Antwort auf die Frage vom {said} zu {c.reference}?"


def test_within_the_window_the_question_has_no_date(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, QUESTION)
    resident.say(ANSWER)
    assert resident.text == f"Ist das Ihre Antwort zu {c.reference}?"


@pytest.mark.parametrize(
    ("lang", "day", "expected"),
    [
        ("de", 3, "3. Dezember"),
        ("de", 1, "1. Dezember"),
        ("en", 3, "3 December"),
        ("fr", 1, "1er décembre"),
        ("it", 24, "24 dicembre"),
    ],
)
def test_the_day_is_written_in_the_residents_language(
    dialog: Dialog, engine: Engine, lang: str, day: int, expected: str
) -> None:
    c, _, _ = staff_asked(dialog, engine, QUESTION)
    asked = datetime(2025, 12, day, 10, 0, tzinfo=ZURICH)
    with session_scope(engine) as s:
        [question] = s.exec(select(RoutingEvent).where(RoutingEvent.kind == EventKind.ANSWER))
        question.at = asked
        s.add(question)
    assert utcnow() - asked > timedelta(days=dialog.settings.reply_window_days)
    with session_scope(engine) as s:
        resident = repo.find_resident(s, channel="telegram", chat_id=RESIDENT)
        assert resident is not None
        resident.language = lang
        conv = repo.lock_conversation(s, channel="telegram", chat_id=RESIDENT)
        assert asked_on(dialog, Ctx(s, resident, conv), c) == expected


def test_an_english_resident_reads_it_in_english(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    chat = Chat(dialog, RESIDENT)
    chat.say("The bin at Helvetiaplatz is overflowing")
    chat.press("Yes, pass it on")
    with session_scope(engine) as s:
        [c] = s.exec(select(Concern))
        reference = c.reference
    Chat(dialog, ERZ).say(f"/antwort {reference} Welcher Kübel genau?")
    _days_later(engine, 9)
    day = _asked_at(engine).astimezone(ZURICH)
    chat.say("The one near the playground")
    assert f"Is this your answer to the question of {day.day} " in chat.text
    assert reference in chat.text


# Helper dialog2's brief, item 6: after a restart the question came again without
# the day, while the first time it named it.
def test_the_question_again_after_a_restart_names_the_day_too(
    dialog: Dialog, engine: Engine
) -> None:
    c, resident, said = _answered_late(dialog, engine)
    again = dialog.resume("telegram", RESIDENT)
    assert again[0].text == (
        f"Noch offen: «{ANSWER}». Ist das Ihre Antwort auf die Frage vom {said} zu {c.reference}?"
    )
    resident.say("/start")  # the same when the resident comes back with /start
    assert f"Ist das Ihre Antwort auf die Frage vom {said} zu {c.reference}?" in resident.text


def test_within_the_window_the_question_again_has_no_date(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, QUESTION)
    resident.say(ANSWER)
    again = dialog.resume("telegram", RESIDENT)
    assert again[0].text == f"Noch offen: «{ANSWER}». Ist das Ihre Antwort zu {c.reference}?"
