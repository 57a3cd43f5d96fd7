"""Thanks after a concern was forwarded is thanks, not more about the concern
(new-user trial h, finding 7): "merci viumou" was offered as an addition
("Gehört das zu Ihrem Anliegen ZH-…?")."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog, reply_to_city
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, file_concern, register

SAID = ["merci viumou", "Merci vüu mou", "tuusig dank", "Danggschön", "Hallo zäme"]


@pytest.mark.parametrize("text", SAID)
def test_thanks_after_forwarding_is_answered(dialog: Dialog, engine: Engine, text: str) -> None:
    register(engine)
    file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    assert "Gehört das zu" not in resident.text
    if text != "Hallo zäme":
        assert t("de", "smalltalk_thanks") in resident.text
    assert len(concerns(engine)) == 1


def test_the_addition_offer_itself_never_takes_small_talk(
    dialog: Dialog, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bot/dialog/addition.py refuses thanks and greetings on its own, whoever asks it
    (here the caller's own small-talk check is taken away)."""
    register(engine)
    file_concern(dialog)
    monkeypatch.setattr(reply_to_city, "smalltalk", lambda text: None)
    resident = Chat(dialog, RESIDENT)
    resident.say("merci viumou")
    assert "Gehört das zu" not in resident.text
