"""A place answer is shown without the word that led to it: "bim Bucheggplatz", "Am
Limmatplatz" were shown as typed (new-user trial i, finding 13). What is no place
stays as written."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ("bim Bucheggplatz", "Bucheggplatz"),
        ("Am Limmatplatz", "Limmatplatz"),
        ("beim Idaplatz", "Idaplatz"),
        ("Haltestelle Schaffhauserplatz", "Haltestelle Schaffhauserplatz"),
    ],
)
def test_the_place_without_its_preposition(
    dialog: Dialog, engine: Engine, answer: str, shown: str
) -> None:
    chat = Chat(dialog)
    chat.say("De Robidog isch scho wieder übervoll")
    chat.say(answer)
    [concern] = concerns(engine)
    assert concern.place_text == shown
    assert f", {shown} (Quartier" in chat.last[-1].text
