"""The address repeated at the "what is nearby" question is kept once: the place read
"Weinbergstrasse Weinbergstrasse 45 (Kreis unklar)" (new-user trial i, finding 12)."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat
from tests.conftest import concerns


def test_the_repeated_address_is_kept_once(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Gehweg an der Weinbergstrasse 45 ist durch E-Trottinetts blockiert")
    assert "in der Nähe" in chat.last[-1].text
    chat.say("Weinbergstrasse 45")
    assert "Weinbergstrasse Weinbergstrasse" not in chat.text
    [concern] = concerns(engine)
    assert concern.place_text == "Weinbergstrasse 45" and concern.kreis is None


def test_a_landmark_after_the_street_is_still_joined(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Sitzbank an der Rousseaustrasse ist kaputt")
    chat.say("beim Dings")  # unknown: kept with the street for the office
    [concern] = concerns(engine)
    assert concern.place_text is not None and concern.place_text.startswith("Rousseaustrasse")
