"""The same kind of thing at a place of its own, said as an afterthought in the
answer to the city: "Ja, der Kübel ist immer noch voll. Übrigens liegt am
Bullingerplatz Glas" about the bin at the Helvetiaplatz went to ERZ whole, with
or without a draft waiting (bot/dialog/answer_aside.py split off another topic
only). The glass at the Bullingerplatz is a concern of its own."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import replies, staff_asked

QUESTION = "Ist der Kübel immer noch voll?"
ANSWER = "Ja, der Kübel ist immer noch voll."
GLASS = "liegt am Bullingerplatz Glas"


def _reply(resident: Chat, reference: str | None, text: str) -> None:
    """A Telegram reply to the bot's message about `reference`."""
    resident.reply(reference, text)


def test_the_same_matter_at_another_place_is_split_off(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, QUESTION)
    _reply(resident, c.reference, f"{ANSWER} Übrigens {GLASS}")
    assert [e.note for e in replies(engine, c.id)] == [ANSWER]
    assert "«Liegt am Bullingerplatz Glas»" in resident.text
    _, glass = concerns(engine)
    assert glass.text == GLASS and glass.kreis == 4 and glass.place_text == "Bullingerplatz"


def test_with_a_draft_waiting_it_comes_after_the_draft(dialog: Dialog, engine: Engine) -> None:
    c, _, resident = staff_asked(dialog, engine, QUESTION)
    resident.say("Schlagloch an der Josefstrasse 12")  # waits for its confirmation
    _reply(resident, c.reference, f"{ANSWER} Übrigens {GLASS}")
    assert [e.note for e in replies(engine, c.id)] == [ANSWER]
    assert "Das Weitere nehme ich danach als eigenes Anliegen auf" in resident.text
    resident.press(t("de", "btn_confirm"))  # the pothole
    assert "Nun zu Ihrem nächsten Anliegen: «Liegt am Bullingerplatz Glas»" in resident.text
    resident.press(t("de", "btn_confirm"))
    _, pothole, glass = concerns(engine)
    assert pothole.status == glass.status == Status.FORWARDED
    assert glass.text == GLASS and glass.place_text == "Bullingerplatz"


def test_the_same_matter_at_the_same_place_stays_in_the_answer(
    dialog: Dialog, engine: Engine
) -> None:
    c, _, resident = staff_asked(dialog, engine, QUESTION)
    text = f"{ANSWER} Übrigens liegt am Helvetiaplatz auch Glas"
    _reply(resident, c.reference, text)
    assert [e.note for e in replies(engine, c.id)] == [text]
    assert len(concerns(engine)) == 1
