"""A closed concern's office corrected by staff (new-user trial f, finding 8):
the record and the new office change, the resident, told it is done, gets no
"now with Tiefbauamt" and no "back with ERZ" after an undo."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts.staff import st
from tests.chat import Chat
from tests.staff_helpers import ERZ, RESIDENT, concern, file_concern, outbox, register


def test_rerouting_a_done_concern_does_not_tell_the_resident(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/status {c.reference} erledigt")
    assert len(outbox(engine, RESIDENT, "notice")) == 1  # "erledigt"
    reply = staff.say(f"/umleiten {c.reference} gsz")
    assert concern(engine, c.id).office == "gsz"
    assert st("moved_closed_quiet") in reply[0].text
    staff.say("/rueckgaengig")
    assert concern(engine, c.id).office == "erz"
    assert len(outbox(engine, RESIDENT, "notice")) == 1  # still only "erledigt"


def test_rerouting_an_open_concern_still_tells_the_resident(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    reply = Chat(dialog, ERZ).say(f"/umleiten {c.reference} gsz")
    assert st("moved_closed_quiet") not in reply[0].text
    [notice] = outbox(engine, RESIDENT, "notice")
    assert "Grün Stadt Zürich" in (notice.text or "")
