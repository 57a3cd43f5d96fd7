"""One notice of where a concern ends up (trial leftovers, item 4): a second
move within the 3-minute hold sent the resident two "ist jetzt bei" notices,
and a status set and undone at once two notices ("erledigt", then
"weitergeleitet"). A further change while a notice is held replaces it, and
none is left when the concern ends where the resident last heard it was
(bot/staff/notice.py, bot/staff/held.py)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts.staff import st
from store import outbox as store_outbox
from store.db import session_scope
from store.models import Status
from tests.chat import Chat
from tests.staff_helpers import ADMIN, ERZ, GSZ, RESIDENT, concern, file_concern, outbox, register


def _texts(engine: Engine) -> list[str | None]:
    return [m.text for m in outbox(engine, RESIDENT, "notice")]


def test_two_moves_within_the_hold_are_one_notice(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/umleiten {c.reference} gsz")
    Chat(dialog, GSZ).say(f"/umleiten {c.reference} taz Bitte prüfen")
    assert concern(engine, c.id).office == "taz"
    assert _texts(engine) == [
        f"Ihr Anliegen {c.reference} ist jetzt bei: Tiefbauamt.\nBemerkung der Stadt: Bitte prüfen"
    ]


def test_moves_back_to_where_it_was_are_no_notice(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/umleiten {c.reference} gsz")
    Chat(dialog, GSZ).say(f"/umleiten {c.reference} erz")  # not an undo: a move of its own
    assert concern(engine, c.id).office == "erz"
    assert _texts(engine) == []


def test_the_second_move_undone_leaves_the_first(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/umleiten {c.reference} gsz")
    gsz = Chat(dialog, GSZ)
    gsz.say(f"/umleiten {c.reference} taz")
    gsz.say("/rueckgaengig")
    assert concern(engine, c.id).office == "gsz"
    assert _texts(engine) == [f"Ihr Anliegen {c.reference} ist jetzt bei: Grün Stadt Zürich."]


def test_a_status_undone_at_once_never_reaches_the_resident(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/status {c.reference} erledigt Geleert")
    assert len(_texts(engine)) == 1  # held
    staff.say("/rueckgaengig")
    assert concern(engine, c.id).status == Status.FORWARDED
    assert staff.text.endswith(st("undone_quiet"))
    assert _texts(engine) == []


def test_two_statuses_within_the_hold_are_the_last(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/status {c.reference} in_bearbeitung")
    Chat(dialog, ADMIN).say(f"/status {c.reference} erledigt Geleert")
    assert _texts(engine) == [
        f"Ihr Anliegen {c.reference} hat einen neuen Stand: erledigt.\nBemerkung der Stadt: Geleert"
    ]


def test_a_status_undone_after_its_notice_went_out_is_announced(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/status {c.reference} erledigt")
    [notice] = outbox(engine, RESIDENT, "notice")
    with session_scope(engine) as s:
        store_outbox.mark_sent(s, notice.id or 0)
    staff.say("/rueckgaengig")
    assert st("undone_quiet") not in staff.text
    assert (
        _texts(engine)[-1] == f"Ihr Anliegen {c.reference} hat einen neuen Stand: weitergeleitet."
    )
