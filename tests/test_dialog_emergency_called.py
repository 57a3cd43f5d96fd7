"""An emergency and a question in one message, and the news of the call at a
place question (new-user trial l, finding 8)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.called import says_called
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


def test_the_open_place_question_comes_after_the_opening_hours(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(
        "Wann isch d Gmeindsverwaltig offe? Und übrigens, min Nachbar liit im Treppehuus "
        "und schnuufet nümm"
    )
    texts = [r.text for r in chat.last]
    assert "144" in texts[0] and t("de", "opening_hours") in texts
    assert texts[-1] == t("de", "urgent_ask_place")  # the open question last
    assert chat.last[-1].request_location
    [c] = concerns(engine)
    assert c.urgent and c.status == Status.DRAFT


@pytest.mark.parametrize(
    ("fire", "called", "ack", "asked"),
    [
        ("Es brennt im Keller!", "Ich habe die Feuerwehr angerufen", "de", "de"),
        ("Es brennt im Chäller!", "Ich ha d Füürwehr aagrüeft", "de", "de"),
        ("Fire in the basement!", "I called the fire brigade", "en", "en"),
        ("Fire in the basement!", "I called the police", "en", "en"),
        ("Au secours, il y a le feu dans la cave!", "J'ai appelé les pompiers", "fr", "fr"),
        ("Aiuto! c'è un incendio nella cantina", "Ho chiamato i pompieri", "it", "it"),
    ],
)
def test_the_call_at_the_emergencys_place_question_is_acknowledged(
    dialog: Dialog, engine: Engine, fire: str, called: str, ack: str, asked: str
) -> None:
    chat = Chat(dialog)
    chat.say(fire)
    assert chat.last[-1].text == t(asked, "urgent_ask_place")
    chat.say(called)
    texts = [r.text for r in chat.last]
    assert texts == [t(ack, "called_ack"), t(asked, "urgent_ask_place")]  # no new alarm
    [c] = concerns(engine)  # still waiting for its place, nothing taken as one
    assert c.urgent and c.status == Status.DRAFT and c.place_text is None
    chat.say("Josefstrasse 12")
    [c] = concerns(engine)
    assert c.kreis == 5 and c.status == Status.FORWARDED


def test_the_call_at_the_next_concerns_place_question_is_no_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Wann wird bei uns das Altpapier geleert? Übrigens brennt es im Keller nebenan")
    chat.say("Zypressenstrasse 30")  # the fire goes out; now the question's place
    asked = chat.last[-1]
    assert "Welches Quartier" in asked.text
    chat.say("Ich habe die Feuerwehr angerufen")
    assert "kenne ich leider nicht" not in chat.text
    assert chat.last[0].text == t("de", "called_ack")
    assert chat.last[-1].text == asked.text and chat.last[-1].buttons == asked.buttons
    fire, question = concerns(engine)
    assert question.status == Status.DRAFT and question.place_text is None
    assert fire.place_text == "Zypressenstrasse 30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich habe die Feuerwehr angerufen", True),
        ("Ja, ich habe die Polizei schon angerufen!", True),
        ("Wir haben die Sanität gerufen", True),
        ("I've already called 144", True),
        ("On a déjà appelé les secours", True),
        ("Abbiamo già chiamato l'ambulanza", True),
        ("Ich habe die Polizei angerufen, er hat ein Messer", False),  # more: read as usual
        ("Ich habe die Feuerwehr angerufen wegen dem Rauch im Treppenhaus", False),
        ("Hohlstrasse 120", False),
        ("Soll ich die Feuerwehr anrufen?", False),
    ],
)
def test_says_called(text: str, expected: bool) -> None:
    assert says_called(text) is expected
