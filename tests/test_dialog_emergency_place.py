"""An emergency and a calm matter at two places in one message: the emergency keeps
the whole text but its own place (new-user trial j, finding 16: two places in
Kreise 3 and 5 made no Kreis, and the urgent card went to the shared coordination
office, the emergency's place lost)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Der Kübel beim Idaplatz ist voll. Ausserdem liegt beim Limmatplatz ein Mann bewusstlos"
        " am Boden",
        "Zwei Sachen: der Kübel beim Idaplatz ist voll, und beim Limmatplatz liegt ein Mann"
        " bewusstlos am Boden",
    ],
)
def test_the_emergency_keeps_its_own_place(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "117" in chat.text
    emergency, bin_ = concerns(engine)
    assert emergency.urgent and emergency.status == "forwarded"
    assert (emergency.kreis, emergency.place_text) == (5, "Limmatplatz")
    assert emergency.office == "qk_kreise_3_4_5"
    assert "Kübel" in (emergency.text or "")  # the whole message, as before
    assert not bin_.urgent and (bin_.kreis, bin_.place_text) == (3, "Idaplatz")


def test_an_emergency_there_takes_the_other_part_s_place(dialog: Dialog, engine: Engine) -> None:
    # "dort": the emergency's part names no place of its own; the message's place stands.
    chat = Chat(dialog)
    chat.say("Die Parkbank beim Idaplatz ist kaputt. Ausserdem liegt dort ein Mann bewusstlos")
    emergency = concerns(engine)[0]
    assert emergency.urgent and emergency.kreis == 3
