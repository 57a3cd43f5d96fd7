"""An e-mail typed line by line (new-user trial i, finding 12): at "Was ist in der
Nähe?" (Weinbergstrasse 45 lies where Kreise 1 and 6 meet) the line "Ich bitte Sie
höflich, sich der Sache anzunehmen." got "Neues Anliegen oder Ort für ZH-…?", and
"Ort" made that sentence the place: the address given was gone."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

PLEA = "Ich bitte Sie höflich, sich der Sache anzunehmen."


@pytest.mark.parametrize("choice", ["button", "typed", "after a restart"])
def test_the_address_stays_the_place(dialog: Dialog, engine: Engine, choice: str) -> None:
    chat = Chat(dialog)
    chat.say("Sehr geehrte Damen und Herren")
    chat.say("An der Weinbergstrasse 45 stehen seit Wochen Velos auf dem Trottoir.")
    assert "in der Nähe" in chat.text
    chat.say(PLEA)
    assert "Ort für ZH-" in chat.text
    if choice == "typed":
        chat.say("Ort")
    else:
        if choice == "after a restart":
            chat.say("/start")
            assert "Ort für ZH-" in chat.text
        chat.press(chat.buttons[1].label)  # "Ort für ZH-…"
    [concern] = concerns(engine)
    assert concern.place_text == "Weinbergstrasse 45" and concern.kreis is None
    assert PLEA in (concern.text or "")  # the line belongs to the concern
    said = t("de", "place_detail_address_kept", place="Weinbergstrasse 45", kreise="1, 6")
    assert chat.last[0].text == said
    assert "Weinbergstrasse 45 (Kreis unklar)" in chat.text
    assert "höflich" not in chat.text


def test_the_street_stays_when_no_number_was_given(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Sitzbank an der Rousseaustrasse ist kaputt")
    chat.say(PLEA)
    assert "Ort für ZH-" in chat.text
    chat.say("Ort")
    [concern] = concerns(engine)
    assert concern.place_text == "Rousseaustrasse" and PLEA in (concern.text or "")
    assert chat.last[0].text == t("de", "place_detail_unresolved")


def test_a_landmark_there_is_still_joined_to_the_street(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("An der Weinbergstrasse 45 stehen seit Wochen Velos auf dem Trottoir.")
    chat.say("beim Dings")  # unknown, short: kept with the street for the office
    [concern] = concerns(engine)
    assert concern.place_text == "Weinbergstrasse beim Dings"
