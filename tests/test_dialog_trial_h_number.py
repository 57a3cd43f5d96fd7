"""QA trial h, finding 7: a bare number at the confirmation replaced the
concern's house number without a word ("Josefstrasse 12" became 5). It is
still taken, and now said so, with the way back ("Ort ändern")."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


def test_a_bare_number_that_replaces_one_is_said_so(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt Josefstrasse 12")
    chat.say("5")
    assert chat.last[0].text == t("de", "number_changed", new="5", old="12")
    assert "Josefstrasse 5" in chat.last[-1].text
    [lamp] = concerns(engine)
    assert lamp.place_text == "Josefstrasse 5"


def test_a_number_with_nr_is_just_taken(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt Josefstrasse 12")
    chat.say("Nr. 7")
    assert all(r.text != t("de", "number_changed", new="7", old="12") for r in chat.last)
    assert "Josefstrasse 7" in chat.last[0].text
