"""The answer to the city's question naming a place, typed while a draft waits
for its confirmation: "Ja, der Kübel am Idaplatz ist immer noch voll" to ERZ's
"Ist er immer noch voll?" became a new concern (the waiting pothole put aside)
and never reached ERZ. It is asked about as in an idle conversation ("Ist das
Ihre Antwort zu ZH-…?"); "Nein" files it as before; a text of another matter
at a place of its own is still a new concern."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, file_concern, outbox, register, replies

BIN = "Der Abfallkübel am Idaplatz ist übervoll"
QUESTION = "Ist er immer noch voll?"
POTHOLE = "Schlagloch an der Josefstrasse 12"
ANSWER = "Ja, der Kübel am Idaplatz ist immer noch voll"


def _asked_with_a_draft(dialog: Dialog, engine: Engine, *, draft_first: bool) -> Chat:
    """ERZ asks about the bin; the resident's pothole waits for its confirmation
    (started before the question, or after it)."""
    register(engine)
    bin_ = file_concern(dialog, BIN)
    resident = Chat(dialog, RESIDENT)
    if draft_first:
        resident.say(POTHOLE)
    Chat(dialog, ERZ).say(f"/antwort {bin_.reference} {QUESTION}")
    if not draft_first:
        resident.say(POTHOLE)
    assert "Stimmt das?" in resident.text
    return resident


@pytest.mark.parametrize("draft_first", [False, True])
def test_the_answer_with_a_place_at_a_waiting_draft_reaches_the_office(
    dialog: Dialog, engine: Engine, draft_first: bool
) -> None:
    resident = _asked_with_a_draft(dialog, engine, draft_first=draft_first)
    bin_, pothole = concerns(engine)
    before = len(outbox(engine, ERZ, "alert"))
    resident.say(ANSWER)
    assert resident.text == t("de", "reply_ask", reference=bin_.reference)
    resident.press(t("de", "btn_reply_yes"))
    assert "Danke, ich habe Ihre Antwort an Entsorgung + Recycling Zürich weitergeleitet." in (
        resident.text
    )
    assert "Stimmt das?" in resident.text  # the pothole's question again
    [reply] = replies(engine, bin_.id)
    assert reply.note == ANSWER
    assert any(ANSWER in (a.text or "") for a in outbox(engine, ERZ, "alert")[before:])
    assert [c.id for c in concerns(engine)] == [bin_.id, pothole.id]  # no new concern
    resident.press(t("de", "btn_confirm"))
    assert concerns(engine)[1].status == Status.FORWARDED


def test_no_files_it_as_before(dialog: Dialog, engine: Engine) -> None:
    resident = _asked_with_a_draft(dialog, engine, draft_first=False)
    resident.say(ANSWER)
    resident.press(t("de", "btn_reply_no"))
    bin_, pothole, new = concerns(engine)
    assert new.text == ANSWER and new.status == Status.DRAFT
    assert pothole.status == Status.DRAFT  # taken up after the new one
    assert not replies(engine, bin_.id)


def test_another_matter_at_a_place_of_its_own_is_a_new_concern(
    dialog: Dialog, engine: Engine
) -> None:
    resident = _asked_with_a_draft(dialog, engine, draft_first=False)
    resident.say("Die Strassenlampe an der Weststrasse 30 ist seit Tagen kaputt")
    assert "Ist das Ihre Antwort" not in resident.text
    assert len(concerns(engine)) == 3
