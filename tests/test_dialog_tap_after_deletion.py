"""After /loeschen, a tap on an old button made a new resident record (trial
leftovers, item 5). A tap alone makes none: the resident hears, politely and
in the language of the chat's app, that the button is no longer current; a
message written afterwards is a resident's again."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.texts import t
from store import repository as repo
from store.db import session_scope
from store.models import Conversation, Resident
from tests.chat import Chat
from tests.conftest import concerns


def _residents(engine: Engine) -> list[Resident]:
    with session_scope(engine) as s:
        return list(s.exec(select(Resident)).all())


@pytest.mark.parametrize("old", ["Ja, weiterleiten", "Ort ändern"])
def test_a_tap_after_deletion_makes_no_record(dialog: Dialog, engine: Engine, old: str) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    card = chat.buttons  # the confirmation card's buttons, still in the chat
    chat.say("/loeschen")
    chat.press("Ja, löschen")
    assert "gelöscht" in chat.text
    deleted = _residents(engine)  # anonymised, kept for the statistics
    assert all(r.deleted_at is not None for r in deleted)
    chat.buttons = card
    chat.press(old)  # a button of before the deletion
    assert _residents(engine) == deleted  # no new record
    assert chat.text == t("de", "tap_no_record")
    with session_scope(engine) as s:
        assert s.exec(select(Conversation)).first() is None
        assert repo.find_resident(s, channel="telegram", chat_id="100") is None
    chat.say("Die Strassenlampe am Idaplatz ist dunkel")  # writing again: a resident
    assert len(_residents(engine)) == len(deleted) + 1
    assert concerns(engine)[-1].text == "Die Strassenlampe am Idaplatz ist dunkel"


def test_a_known_residents_old_tap_is_answered_as_before(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    card = chat.buttons
    chat.press("Ja, weiterleiten")
    chat.buttons = card
    chat.press("Ort ändern")  # the concern went out: not the no-record answer
    assert chat.text != t("de", "tap_no_record")
    assert len(_residents(engine)) == 1
