"""New-user trial l (docs/qa/new-user-trial-2026-12-07-l.md), finding 9, last
point: while "Ist das Ihre Antwort zu ZH-…?" waited, a shared venue or pin got
"Danke für den Standort. Was ist Ihr Anliegen dort?" and the question was no
longer asked. Now the location is kept for a new concern and the question
comes again; "Nein, neues Anliegen" then files the text there.
"""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import staff_asked

BERTASTRASSE = (47.3728, 8.5131)  # Bertastrasse 22 (Kreis 3)


def test_a_location_while_the_answer_question_waits_asks_it_again(
    dialog: Dialog, engine: Engine
) -> None:
    c, _staff, resident = staff_asked(dialog, engine, "Welcher Container genau?")
    resident.say("Der grüne neben dem Eingang")
    question = f"Ist das Ihre Antwort zu {c.reference}?"
    assert question in resident.text
    resident.location(*BERTASTRASSE)
    assert question in resident.text and "Der grüne neben dem Eingang" in resident.text
    assert t("de", "location_kept") not in resident.text
    assert "Standort" in resident.text
    resident.press("Nein, neues Anliegen")  # the text is a new concern, at that place
    _first, second = concerns(engine)
    assert second.status == Status.DRAFT and second.lat is not None and second.kreis == 3


def test_a_location_without_a_question_asks_for_the_concern(dialog: Dialog) -> None:
    resident = Chat(dialog)
    resident.location(*BERTASTRASSE)
    assert resident.text == t("de", "location_kept")
