"""A concern taken over and then moved: the new office starts afresh
("weitergeleitet" again), and the resident reads that in the same notice as the
move (trial 2026-12-06: told of the move, not that "in Bearbeitung" was gone)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.staff.codec import StaffAction, encode
from store import outbox as store_outbox
from store.db import session_scope
from store.models import Status
from tests.chat import Chat
from tests.staff_helpers import ERZ, RESIDENT, concern, file_concern, outbox, register


def _take(dialog: Dialog, concern_id: int | None) -> Chat:
    """ "Übernehmen", and its notice ("in Bearbeitung") sent: held a few minutes,
    a move meanwhile would replace it (tests/test_staff_one_notice.py)."""
    staff = Chat(dialog, ERZ)
    staff._send(staff._incoming("callback", data=encode(StaffAction.TAKE, concern_id or 0)))
    with session_scope(dialog.engine) as s:
        for notice in outbox(dialog.engine, RESIDENT, "notice"):
            store_outbox.mark_sent(s, notice.id or 0)
    return staff


def test_a_move_after_take_over_tells_the_new_status_in_one_notice(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = _take(dialog, c.id)
    assert len(outbox(engine, RESIDENT, "notice")) == 1  # "in Bearbeitung"
    staff.say(f"/umleiten {c.reference} gsz Bitte prüfen")
    assert concern(engine, c.id).status == Status.FORWARDED
    notices = outbox(engine, RESIDENT, "notice")
    assert len(notices) == 2  # one for the move, status included
    assert notices[-1].text == (
        f"Ihr Anliegen {c.reference} ist jetzt bei: Grün Stadt Zürich, und hat damit "
        "einen neuen Stand: weitergeleitet.\nBemerkung der Stadt: Bitte prüfen"
    )
    # Undone after the notice went out (bot.staff.held): back at ERZ and in
    # progress again, said the same way.
    with session_scope(engine) as s:
        store_outbox.mark_sent(s, notices[-1].id or 0)
    staff.say("/rueckgaengig")
    assert concern(engine, c.id).status == Status.IN_PROGRESS
    notices = outbox(engine, RESIDENT, "notice")
    assert len(notices) == 3
    assert notices[-1].text == (
        f"Ihr Anliegen {c.reference} ist jetzt bei: Entsorgung + Recycling Zürich, und hat "
        "damit einen neuen Stand: in Bearbeitung."
    )


def test_a_move_that_keeps_the_status_only_says_where(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/umleiten {c.reference} gsz")
    [notice] = outbox(engine, RESIDENT, "notice")
    assert notice.text == f"Ihr Anliegen {c.reference} ist jetzt bei: Grün Stadt Zürich."


def test_the_notice_is_in_the_residents_language(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog, "The bin at Helvetiaplatz is overflowing")
    assert (c.status, c.language) == (Status.FORWARDED, "en")
    staff = _take(dialog, c.id)
    staff.say(f"/umleiten {c.reference} gsz")
    assert outbox(engine, RESIDENT, "notice")[-1].text == (
        f"Your concern {c.reference} is now with: Grün Stadt Zürich, and so has a new "
        "status: passed on."
    )
