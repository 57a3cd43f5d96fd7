"""The lead's try of 2026-12-07: "Ich möchte das zurückziehen" after a forwarded
concern got "Ich höre zu: Was ist los, und wo?", and a bare "zurückziehen" was filed
as a new concern and asked "Wo ist das genau?". A pronoun at the verb, or the verb
alone, asks about withdrawing as "… meine Meldung zurückziehen" does; an article
naming a thing ("retirer la voiture", "das Velo zurücknehmen") stays a concern."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.dialog import Dialog
from bot.dialog.withdrawal import asked
from store.db import session_scope
from store.models import Concern, Status
from tests.chat import Chat

LAMP = "Strassenlampe kaputt an der Josefstrasse 12"


def _statuses(engine: Engine) -> list[Status]:
    with session_scope(engine) as s:
        return [c.status for c in s.exec(select(Concern).order_by(col(Concern.id)))]


@pytest.mark.parametrize(
    "said",
    [
        "Ich möchte das zurückziehen",
        "zurückziehen",
        "Stornieren bitte",
        "Können Sie es bitte zurückziehen?",
        "cancel it please",
        "Je voudrais l'annuler",
        "Vorrei ritirarla",
    ],
)
def test_withdrawing_it_is_asked_about(dialog: Dialog, engine: Engine, said: str) -> None:
    chat = Chat(dialog)
    chat.say(LAMP)
    chat.press("Ja, weiterleiten")
    chat.say(said)
    assert "ZH-2026-000001" in chat.last[0].text, chat.text  # "Soll ich … zurückziehen?"
    assert chat.buttons, chat.text  # [Ja, zurückziehen] [Nein]
    assert _statuses(engine) == [Status.FORWARDED]  # asked, nothing filed or withdrawn yet
    chat.press(chat.buttons[0].label)
    assert _statuses(engine) == [Status.WITHDRAWN]


@pytest.mark.parametrize(
    "text",
    [
        "Können Sie das Velo zurücknehmen, das vor dem Haus steht? Josefstrasse 12",
        "Pouvez-vous retirer la voiture abandonnée devant le 12 Josefstrasse?",
        "Potete ritirare la spazzatura in via Josef 12?",
        "Der Bus 32 wurde gestrichen",
    ],
)
def test_a_thing_to_take_away_is_no_withdrawal(text: str) -> None:
    assert not asked(text)
