"""An emergency on a street that runs through several Kreise goes out at once,
to the shared coordination office; the house number written next is added to it
(new-user trial l, finding 1: "Hohlstrasse 120" got "Ich höre zu: Was ist los,
und wo?" and never reached the urgent concern)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from store.db import session_scope
from store.models import Role, Status
from store.staff import add_staff
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import COORD, outbox, register

SHARED = "990"  # the coordination office for concerns of no Kreis (qk_unknown)


def _register(engine: Engine) -> None:
    register(engine)
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=SHARED, office="qk_unknown", role=Role.COORDINATOR)


@pytest.mark.parametrize(
    ("emergency", "address", "said", "added"),
    [
        (
            "Hilfe, im Hinterhof an der Hohlstrasse liegt ein Mann am Boden und bewegt sich nicht",
            "Hohlstrasse 120",
            "Die Hohlstrasse führt durch mehrere Kreise",
            "nachgetragen",
        ),
        (
            "Hilfe, im Hinterhof a de Hohlstrass liit en Maa am Bode und bewegt sich nümm",
            "Hohlstrass 120",
            "Die Hohlstrasse führt durch mehrere Kreise",
            "nachgetragen",
        ),
        (
            "Help, a man is lying on the ground in the backyard on Hohlstrasse and not moving",
            "Hohlstrasse 120",
            "Hohlstrasse runs through several districts",
            "I added the place",
        ),
        (
            "Au secours, un homme est par terre dans la cour à la Hohlstrasse et ne bouge plus",
            "Hohlstrasse 120",
            "Hohlstrasse traverse plusieurs Kreis",
            "j'ai ajouté le lieu",
        ),
        (
            "Aiuto, un uomo è a terra nel cortile in Hohlstrasse e non si muove",
            "Hohlstrasse 120",
            "Hohlstrasse attraversa diversi Kreis",
            "ho aggiunto il luogo",
        ),
    ],
)
def test_the_house_number_after_it_is_added_and_the_offices_hear_of_it(
    dialog: Dialog, engine: Engine, emergency: str, address: str, said: str, added: str
) -> None:
    _register(engine)
    chat = Chat(dialog)
    chat.say(emergency)
    assert said in chat.text  # went out at once, and the number is welcome
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.kreis is None and c.office == "qk_unknown"
    [first] = outbox(engine, SHARED, "alert")
    chat.say(address)
    assert added in chat.text and "Kreis 4" in chat.text and "117" in chat.text
    [c] = concerns(engine)  # no new concern, no line kept for the next one
    assert c.kreis == 4 and c.place_text == "Hohlstrasse 120" and c.office == "qk_kreise_3_4_5"
    for chat_id in (SHARED, COORD):  # the office that had it, the one of Kreis 4
        update = outbox(engine, chat_id, "alert")[-1]
        assert update.id != first.id and "Ort nachgetragen" in update.text
        assert "Hohlstrasse 120" in update.text and "Kreis 4" in update.text
    chat.say("Danke")  # small talk now: no second concern
    assert len(concerns(engine)) == 1 and chat.last[0].text.startswith(
        ("Gern", "You", "Avec", "Prego")
    )


def test_the_gas_smell_at_the_seebahnstrasse(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Im Treppenhaus an der Seebahnstrasse riecht es stark nach Gas")
    assert "Die Seebahnstrasse führt durch mehrere Kreise" in chat.text
    chat.say("Seebahnstrasse 155")
    assert "nachgetragen" in chat.text and "Was ist los" not in chat.text
    [c] = concerns(engine)
    assert c.urgent and c.kreis == 3 and c.place_text == "Seebahnstrasse 155"


def test_the_number_alone_is_read_on_its_street(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hilfe, im Hinterhof an der Hohlstrasse liegt ein Mann am Boden und bewegt sich nicht")
    chat.say("Nr. 120")
    assert "nachgetragen: Hohlstrasse 120" in chat.text
    [c] = concerns(engine)
    assert c.kreis == 4 and c.place_text == "Hohlstrasse 120"


def test_the_street_as_the_answer_to_where_then_the_number(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Keller!")
    chat.say("Hohlstrasse")  # at "Wo ist das?": out at once, with the street
    assert "Die Hohlstrasse führt durch mehrere Kreise" in chat.text
    assert "nicht erkannt" not in chat.text  # the street was recognised
    chat.say("Hohlstrasse 120")
    assert "nachgetragen" in chat.text
    [c] = concerns(engine)
    assert c.kreis == 4 and c.place_text == "Hohlstrasse 120"


def test_a_location_shared_afterwards_is_added(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Im Treppenhaus an der Seebahnstrasse riecht es stark nach Gas")
    chat.location(47.3769, 8.5417)  # Hauptbahnhof, Kreis 1
    assert "nachgetragen" in chat.text
    [c] = concerns(engine)
    assert c.kreis == 1


def test_a_new_concern_after_it_is_not_its_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hilfe, im Hinterhof an der Hohlstrasse liegt ein Mann am Boden und bewegt sich nicht")
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    assert "nachgetragen" not in chat.text and "Stimmt das?" in chat.text
    emergency, bin_ = concerns(engine)
    assert emergency.kreis is None and emergency.place_text == "Hohlstrasse"
    assert bin_.kreis == 4 and not bin_.urgent


def test_the_street_again_settles_nothing(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hilfe, im Hinterhof an der Hohlstrasse liegt ein Mann am Boden und bewegt sich nicht")
    chat.say("Badenerstrasse")  # another street across Kreise: no Kreis to add
    assert "nachgetragen" not in chat.text
    [c] = concerns(engine)
    assert c.place_text == "Hohlstrasse" and c.kreis is None
