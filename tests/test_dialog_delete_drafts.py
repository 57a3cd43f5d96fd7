"""A resident who deletes their data while a concern waits for their confirmation:
the draft is withdrawn, not forwarded "unbestätigt" after the timeout as a card
without text or place (new-user trial i, finding 6). An emergency still goes."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from store.models import Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns


def test_the_waiting_draft_is_withdrawn_not_forwarded(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog)
    chat.say("Strassenlampe kaputt an der Langstrasse 100")  # waits at its confirmation
    chat.say("/loeschen")
    chat.say("Ja")
    later = utcnow() + timedelta(minutes=settings.draft_timeout_minutes + 1)
    assert dialog.maintenance(later) == []
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN and c.text is None and c.forwarded_at is None


def test_an_emergency_waiting_for_its_place_still_goes(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Keller!")  # the bot asks where
    chat.say("/loeschen")
    chat.say("Ja")
    soon = utcnow() + timedelta(minutes=settings.urgent_draft_timeout_minutes + 1)
    dialog.maintenance(soon)
    [c] = concerns(engine)
    assert c.urgent and c.status == Status.FORWARDED
