"""What a new resident ran into in the trial of 2026-12-06
(docs/qa/new-user-trial-2026-12-06.md), each case as it was typed."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize("command", ["/abbrechen", "/stop", "/cancel", "/annulla"])
def test_cancel_command_withdraws_the_open_draft(
    dialog: Dialog, engine: Engine, command: str
) -> None:
    chat = Chat(dialog)
    chat.say("Die Parkbank ist kaputt")
    assert "Wo ist das genau?" in chat.text
    chat.say(command)
    assert "verworfen" in chat.text and "kenne ich nicht" not in chat.text
    [c] = concerns(engine)
    assert c.status == Status.WITHDRAWN
    chat.say("/abbrechen")  # nothing open any more
    assert "nichts offen" in chat.text


def test_cancel_command_calls_off_a_deletion(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("/loeschen")
    chat.say("/abbrechen")
    assert "ich lösche nichts" in chat.text and "Stimmt das?" in chat.text
    [c] = concerns(engine)
    assert c.status == Status.DRAFT and c.text
