"""A place written in capitals or small letters is shown as the city writes it:
"IDAPLATZ (Quartier Sihlfeld, Kreis 3)" (new-user trial i, finding 13)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("DER ABFALLKÜBEL BEIM SPIELPLATZ AM IDAPLATZ IST SCHON WIEDER VOLL!!!", "Idaplatz"),
        ("lampe kaputt an der josefstrasse 12", "Josefstrasse 12"),
    ],
)
def test_the_city_spelling(dialog: Dialog, engine: Engine, text: str, shown: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert f", {shown} (Quartier" in chat.last[-1].text
    [concern] = concerns(engine)
    assert concern.place_text == shown
