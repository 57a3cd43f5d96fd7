"""An emergency goes out at once, without the resident's confirmation, by
design: its staff card said "(ohne Bestätigung der Person weitergeleitet)", as
if the resident had failed to confirm. It now says it went as an emergency
without asking back (as the digest does, `urgent_at_once`); a draft that went
out unconfirmed otherwise keeps the old line."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from bot.texts.staff import STAFF
from store.models import utcnow
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import COORD, ERZ, outbox, register, staff_chat

FIRE = "Es brennt im Hinterhof an der Langstrasse 120!"
AT_ONCE, UNCONFIRMED = STAFF["card_urgent_at_once"], STAFF["card_unconfirmed"]


def test_an_emergency_card_says_it_went_at_once_as_an_emergency(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    Chat(dialog, "101").say(FIRE)
    [alert] = outbox(engine, COORD, "alert")
    assert "als Notfall ohne Rückfrage weitergeleitet" in (alert.text or "")
    assert UNCONFIRMED not in (alert.text or "")
    [fire] = concerns(engine)
    assert fire.urgent and fire.unconfirmed
    shown = staff_chat(dialog, COORD).say(f"/zeige {fire.reference}")[0].text
    assert AT_ONCE in shown and UNCONFIRMED not in shown


def test_an_ordinary_draft_sent_unconfirmed_keeps_the_old_line(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    register(engine)
    Chat(dialog, "102").say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    later = utcnow() + timedelta(minutes=settings.draft_timeout_minutes + 1)
    assert len(dialog.maintenance(later)) == 1  # left unconfirmed: sent on by the timeout
    [alert] = outbox(engine, ERZ, "alert")
    assert UNCONFIRMED in (alert.text or "") and AT_ONCE not in (alert.text or "")
    [bin_] = concerns(engine)
    assert not bin_.urgent and bin_.unconfirmed
    shown = staff_chat(dialog, ERZ).say(f"/zeige {bin_.reference}")[0].text
    assert UNCONFIRMED in shown and AT_ONCE not in shown
