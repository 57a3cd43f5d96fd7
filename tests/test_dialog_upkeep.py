"""Drafts do not rot; concerns held by the rate limit are released."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from store.db import session_scope
from store.models import Conversation, Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns


def test_unconfirmed_draft_is_forwarded_after_the_timeout(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    assert dialog.maintenance() == []  # not yet
    later = utcnow() + timedelta(minutes=settings.draft_timeout_minutes + 1)
    [notice] = dialog.maintenance(later)
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.unconfirmed and c.office == "erz"
    assert (notice.channel, notice.chat_id) == ("telegram", "100")
    assert c.reference in notice.reply.text and "ohne Ihre Bestätigung" in notice.reply.text
    with session_scope(engine) as s:
        conv = s.get(Conversation, ("telegram", "100"))
        assert conv is not None and conv.state == "idle"
    assert dialog.maintenance(later) == []  # forwarded once


def test_urgent_draft_goes_out_quickly(dialog: Dialog, engine: Engine, settings: Settings) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Keller!")  # no place: the bot asks where, nobody answers
    soon = utcnow() + timedelta(minutes=settings.urgent_draft_timeout_minutes + 1)
    assert len(dialog.maintenance(soon)) == 1
    [c] = concerns(engine)
    assert c.urgent and c.status == Status.FORWARDED and c.unconfirmed


def test_confirmed_concern_is_not_touched(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.press("Ja, weiterleiten")
    later = utcnow() + timedelta(minutes=settings.draft_timeout_minutes + 1)
    assert dialog.maintenance(later) == []
    assert not concerns(engine)[0].unconfirmed


def test_queued_second_concern_is_not_lost(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog)
    chat.say(
        "Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke "
        "Josefstrasse 12 nicht"
    )
    later = utcnow() + timedelta(minutes=settings.draft_timeout_minutes + 1)
    notices = dialog.maintenance(later)
    rows = concerns(engine)
    assert len(rows) == 2 and all(r.status == Status.FORWARDED for r in rows)
    assert rows[1].topic == "beleuchtung" and len(notices) == 2


def test_rate_limited_concern_is_released(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog)
    for i in range(settings.rate_limit_per_hour):
        chat.say(f"Abfallkübel Nummer {i} am Idaplatz ist voll")
        chat.press("Ja, weiterleiten")
    chat.say("Noch ein voller Kübel am Idaplatz")
    assert concerns(engine)[-1].status == Status.RATE_LIMITED
    assert dialog.maintenance() == []  # the hour is not over
    [notice] = dialog.maintenance(utcnow() + timedelta(minutes=61))
    held = concerns(engine)[-1]
    assert held.status == Status.FORWARDED and held.topic == "abfall" and held.kreis == 3
    assert held.reference in notice.reply.text


def test_maintenance_skips_a_chat_that_is_writing_right_now(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("row locks that skip are PostgreSQL's")
    from store import repository as repo

    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    later = utcnow() + timedelta(minutes=settings.draft_timeout_minutes + 1)
    with session_scope(engine) as busy:
        repo.lock_conversation(busy, channel="telegram", chat_id="100")
        assert dialog.maintenance(later) == []  # does not wait, does not deadlock
        assert concerns(engine)[0].status == Status.DRAFT
    assert len(dialog.maintenance(later)) == 1
