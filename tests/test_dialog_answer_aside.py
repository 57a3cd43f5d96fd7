"""New-user trial k, finding 6 left over: "Und sie ist jetzt ganz aus. Übrigens liegt
da auch Glas" as a Telegram reply to EWZ's question went to EWZ whole; the glass
is a matter of its own (bot/dialog/answer_aside.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.db import session_scope
from store.models import Concern, Role, Status
from store.staff import add_staff
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, file_concern, outbox, replies

EWZ = "910"
LAMP = "Die Strassenlampe vor der Bäckerstrasse 20 flackert"
QUESTION = "Grüezi, flackert sie oder ist sie ganz aus?"
GLASS = "liegt da auch Glas"


def _asked(dialog: Dialog, engine: Engine) -> Concern:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=EWZ, office="ewz", role=Role.STAFF)
    c = file_concern(dialog, LAMP)
    assert c.office == "ewz" and c.kreis == 4
    Chat(dialog, EWZ).say(f"/antwort {c.reference} {QUESTION}")
    return c


def _reply(dialog: Dialog, reference: str | None, text: str) -> Chat:
    """A Telegram reply to the bot's message about `reference`; the resident's chat."""
    chat = Chat(dialog, RESIDENT)
    chat.reply(reference, text)
    return chat


def test_the_afterthought_in_a_reply_is_a_concern_of_its_own(
    dialog: Dialog, engine: Engine
) -> None:
    c = _asked(dialog, engine)
    resident = _reply(dialog, c.reference, f"Und sie ist jetzt ganz aus. Übrigens {GLASS}")
    assert "weitergeleitet" in resident.text
    assert "Das Weitere nehme ich als eigenes Anliegen auf: «Liegt da auch Glas»" in resident.text
    assert [e.note for e in replies(engine, c.id)] == ["Und sie ist jetzt ganz aus."]
    answer = outbox(engine, EWZ, "alert")[-1].text or ""
    assert "ganz aus" in answer and "Glas" not in answer
    # Its place: the lamp's, offered (not whichever concern came last).
    same = [b.label for b in resident.buttons if "Bäckerstrasse 20" in b.label]
    assert same, resident.text
    resident.press(same[0])
    resident.press(t("de", "btn_confirm"))
    lamp, glass = concerns(engine)
    assert glass.text == GLASS and glass.topic == "abfall"
    assert (glass.kreis, glass.place_text) == (4, "Bäckerstrasse 20")
    assert glass.status == Status.FORWARDED
    assert lamp.status == Status.FORWARDED and lamp.text == LAMP


def test_dort_in_the_afterthought_takes_the_answered_concern_s_place(
    dialog: Dialog, engine: Engine
) -> None:
    c = _asked(dialog, engine)
    resident = _reply(dialog, c.reference, "Ganz aus. Übrigens liegt dort auch viel Glas")
    assert t("de", "btn_confirm") in [b.label for b in resident.buttons], resident.text
    _, glass = concerns(engine)
    assert (glass.kreis, glass.place_text) == (4, "Bäckerstrasse 20")


def test_the_offered_answer_is_split_too(dialog: Dialog, engine: Engine) -> None:
    c = _asked(dialog, engine)
    resident = Chat(dialog, RESIDENT)
    resident.say("Ganz aus. Übrigens liegt da auch Glas")
    resident.press("Ja, an die Stelle senden")
    assert [e.note for e in replies(engine, c.id)] == ["Ganz aus."]
    assert len(concerns(engine)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Sie ist ganz aus. Übrigens ist sie auch schief",  # the same lamp: points back
        "Ganz aus. Übrigens danke für die schnelle Antwort",  # no matter of its own
        "Ganz aus, übrigens schon seit Montag",  # no concern
    ],
)
def test_an_afterthought_about_the_same_thing_stays_in_the_answer(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    c = _asked(dialog, engine)
    _reply(dialog, c.reference, text)
    assert [e.note for e in replies(engine, c.id)] == [text]
    assert len(concerns(engine)) == 1
