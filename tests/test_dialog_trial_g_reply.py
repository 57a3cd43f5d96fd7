"""QA trial g (docs/qa/new-user-trial-2026-12-07-g.md): a staff question stays
answerable after an emergency in between (finding 4) and after the concern was
closed (finding 5); lines typed while "Ist das Ihre Antwort zu ZH-…?" waits are
not joined into the answer (finding 3)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, file_concern, outbox, register, replies, staff_asked


def test_an_emergency_in_between_leaves_the_question_open(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, "Seit wann ist er voll?")
    resident.say("Hilfe es brennt ein Auto an der Josefstrasse 20!")
    assert "117" in resident.text
    resident.say("Seit Montag")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
    resident.say("1")
    assert [e.note for e in replies(engine, c.id)] == ["Seit Montag"]
    assert len(concerns(engine)) == 2  # the first and the emergency, no third


def test_a_draft_taken_back_leaves_the_question_open(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, "Seit wann ist er voll?")
    resident.say("Die Strassenlampe an der Josefstrasse 12 ist kaputt")
    resident.say("abbrechen")
    resident.say("Seit Montag")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text


def test_done_after_the_question_still_takes_the_answer(dialog: Dialog, engine: Engine) -> None:
    c, staff, resident = staff_asked(dialog, engine, "Welcher Kübel genau?")
    staff.say(f"/status {c.reference} erledigt Geleert.")
    before = len(outbox(engine, ERZ, "alert"))
    resident.say("Der grosse bei der Haltestelle")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
    resident.press("Ja, an die Stelle senden")
    assert [e.note for e in replies(engine, c.id)] == ["Der grosse bei der Haltestelle"]
    alerts = outbox(engine, ERZ, "alert")[before:]
    assert len(alerts) == 1 and "Der grosse bei der Haltestelle" in (alerts[0].text or "")
    assert len(concerns(engine)) == 1


def test_rejected_after_the_question_still_takes_the_answer(dialog: Dialog, engine: Engine) -> None:
    c, staff, resident = staff_asked(dialog, engine, "Welcher Kübel genau?")
    staff.say(f"/status {c.reference} abgelehnt Nicht unser Kübel.")
    resident.say("Der grosse bei der Haltestelle")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text


def test_a_withdrawn_concern_takes_no_answer(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, "Welcher Kübel genau?")
    resident.say(f"{c.reference} zurückziehen")
    resident.say("Der grosse bei der Haltestelle")
    assert "Ist das Ihre Antwort" not in resident.text


def test_a_second_line_is_asked_about_and_the_first_is_a_concern(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(
        dialog, engine, "Ist es der grosse Container oder der kleine Kübel?"
    )
    resident.say("Schlagloch")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
    resident.say("Der grosse Container")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
    pothole = concerns(engine)[-1]
    assert pothole.id != c.id and pothole.text == "Schlagloch"  # its own concern
    resident.press("Ja, an die Stelle senden")
    assert [e.note for e in replies(engine, c.id)] == ["Der grosse Container"]
    assert "Wo ist das genau?" in resident.text  # the pothole's question again


def test_a_place_for_the_waiting_draft_is_not_joined_to_the_answer(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say("Schlagloch")  # waits for its place
    Chat(dialog, ERZ).say(f"/antwort {c.reference} Ist es der grosse Container?")
    resident.say("Ja, der grosse Container")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
    resident.say("Badenerstrasse 120")
    pothole = concerns(engine)[-1]
    assert pothole.place_text == "Badenerstrasse 120"
    assert replies(engine, c.id) == []  # nothing sent unasked
    resident.press("Ja, weiterleiten")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text  # asked again
    resident.press("Ja, an die Stelle senden")
    assert [e.note for e in replies(engine, c.id)] == ["Ja, der grosse Container"]


def test_small_talk_while_asked_gets_the_question_again(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, "Welcher Kübel genau?")
    resident.say("Der grosse bei der Haltestelle")
    resident.say("Danke")
    assert f"«Der grosse bei der Haltestelle». Ist das Ihre Antwort zu {c.reference}?" in (
        resident.text
    )
    assert len(concerns(engine)) == 1
    resident.say("ja")
    assert [e.note for e in replies(engine, c.id)] == ["Der grosse bei der Haltestelle"]
