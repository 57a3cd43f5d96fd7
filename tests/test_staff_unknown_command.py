"""A command the desk does not know, typed in a staff chat ("/liste", or a
resident's "/meine"), gets the desk's word, not the residents' help, and makes
no resident of the staff chat."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.texts import t
from bot.texts.staff import st
from store.db import session_scope
from store.models import Concern, Resident
from tests.chat import Chat
from tests.staff_helpers import ERZ, register


def _residents(engine: Engine) -> list[str]:
    with session_scope(engine) as s:
        return [r.chat_id for r in s.exec(select(Resident))]


def test_an_unknown_command_in_a_staff_chat_gets_the_desks_word(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    staff = Chat(dialog, ERZ)
    for name in ("liste", "meine", "loeschen", "abbrechen"):
        staff.say(f"/{name}")
        assert staff.text == st("staff_unknown_command", name=name)
    assert "Datenschutz" not in staff.text and t("de", "help") not in staff.text
    assert ERZ not in _residents(engine)
    with session_scope(engine) as s:
        assert list(s.exec(select(Concern))) == []
    staff.say("/hilfe")  # the desk's own commands as before
    assert "/eingang" in staff.text


def test_a_resident_typing_an_unknown_command_gets_the_residents_help(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    resident = Chat(dialog, "4242")
    resident.say("/liste")
    assert [r.text for r in resident.last] == [t("de", "unknown_command"), t("de", "help")]
