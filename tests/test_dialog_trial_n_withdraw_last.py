"""New-user trial n, § 8: at the withdrawal list, "die letzte", "the last one",
"l'ultima", "la dernière" name the last line as shown (the list reads newest
first), asked about first like "die erste"; "die vorletzte" the line above it."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.test_dialog_trial_m_lists import _three, picked_from_the_list  # the same three


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ("die letzte", 2),
        ("the last one", 2),
        ("l'ultima", 2),
        ("l ultima", 2),
        ("la dernière", 2),
        ("die letschti", 2),
        ("die vorletzte", 1),
        ("l'avant-dernière", 1),
    ],
)
def test_the_last_names_the_bottom_line_as_shown(
    dialog: Dialog, engine: Engine, said: str, line: int
) -> None:
    chat = Chat(dialog)
    shown = picked_from_the_list(chat, engine, said)
    assert f"Soll ich Ihr Anliegen {shown[line]} (" in chat.text
    assert all(c.status == Status.FORWARDED for c in concerns(engine))  # asked first


def test_the_last_one_is_withdrawn_after_yes(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _three(chat)
    chat.say("Ich möchte meine Meldung zurückziehen")
    chat.say("die letzte")
    chat.say("Ja")
    assert [c.status for c in concerns(engine)] == [
        Status.WITHDRAWN,
        Status.FORWARDED,
        Status.FORWARDED,
    ]
