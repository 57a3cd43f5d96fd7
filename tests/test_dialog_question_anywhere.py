"""New-user trial k, leftover: "?" anywhere in the city's latest answer is a
question, one definition in the store (`store.repository.asks`) for the short
answer and the answer naming a place (`bot.dialog.open_question`). "Ja" after
"In welchem Hinterhof genau? Strasse und Hausnummer würden helfen." was small
talk ("Gut. Schreiben Sie mir einfach Ihr Anliegen …"): only a "?" at the end
counted there. A short word after a plain remark is still small talk.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from store import repository as repo
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, outbox, replies, staff_asked

WHICH_YARD = "Grüezi, in welchem Hinterhof genau? Strasse und Hausnummer würden helfen."


def _reply(dialog: Dialog, reference: str, text: str) -> str:
    """A Telegram reply to the bot's message about `reference`."""
    return "\n".join(r.text for r in Chat(dialog, RESIDENT).reply(reference, text))


def test_asks_is_a_question_mark_anywhere() -> None:
    assert repo.asks(WHICH_YARD)
    assert repo.asks("Ist es der grosse Container?")
    assert not repo.asks("Danke, wir leeren ihn morgen.")
    assert not repo.asks(None)


def test_yes_after_a_question_that_does_not_end_with_it_is_the_answer(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(dialog, engine, WHICH_YARD)
    before = len(outbox(engine, ERZ, "alert"))
    resident.say("Ja")
    assert f"Ist das Ihre Antwort zu {c.reference}?" in resident.text
    resident.press("Ja, an die Stelle senden")
    assert [e.note for e in replies(engine, c.id)] == ["Ja"]
    [alert] = outbox(engine, ERZ, "alert")[before:]
    assert "Ja" in (alert.text or "")
    assert len(concerns(engine)) == 1


def test_a_telegram_yes_to_a_closed_concern_after_such_a_question_reaches_the_office(
    dialog: Dialog, engine: Engine
) -> None:
    c, staff, _ = staff_asked(dialog, engine, WHICH_YARD)
    assert c.reference is not None
    staff.say(f"/status {c.reference} erledigt")
    said = _reply(dialog, c.reference, "Ja")
    assert "weitergeleitet" in said
    assert [e.note for e in replies(engine, c.id)] == ["Ja"]


@pytest.mark.parametrize("short", ["Danke", "ok", "Ja"])
def test_a_short_word_after_a_plain_remark_is_small_talk(
    dialog: Dialog, engine: Engine, short: str
) -> None:
    c, _, resident = staff_asked(dialog, engine, "Danke, wir holen die Sachen morgen ab.")
    resident.say(short)
    assert "Ist das Ihre Antwort" not in resident.text
    assert replies(engine, c.id) == [] and len(concerns(engine)) == 1
