"""An emergency is never held for its place; the place can follow
(trial 2026-12-06 b: "Danke" at "Wo ist das?" sent it out, the resident was
not told it went without a place, and "Josefstrasse 12" typed next was kept
as the start of a new concern)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from store.models import Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import COORD, outbox, register

MAN_DOWN = "da liegt ein Mann am Boden und bewegt sich nicht"


@pytest.mark.parametrize("answer", ["Danke", "Weiss ich nicht"])
def test_an_emergency_sent_without_a_place_says_so(
    dialog: Dialog, engine: Engine, answer: str
) -> None:
    chat = Chat(dialog)
    chat.say(MAN_DOWN)
    chat.say(answer)
    assert "als dringend" in chat.text and "vorerst ohne Ort" in chat.text
    assert "trage es nach" in chat.text and "Gern geschehen" not in chat.text
    [c] = concerns(engine)
    assert c.urgent and c.status == Status.FORWARDED


def test_the_place_typed_afterwards_is_added_and_the_kreis_hears_of_it(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    chat = Chat(dialog, chat_id="100")
    chat.say(MAN_DOWN)
    chat.say("Danke")
    assert not outbox(engine, COORD, "alert")  # Kreis unknown: not the Kreis 3-5 office yet
    chat.say("Josefstrasse 12")
    assert "nachgetragen" in chat.text and "Kreis 5" in chat.text and "117" in chat.text
    [c] = concerns(engine)  # no second concern, no fragment kept
    assert c.kreis == 5 and c.place_text == "Josefstrasse 12" and c.status == Status.FORWARDED
    assert c.office == "qk_kreise_3_4_5"
    [alert] = outbox(engine, COORD, "alert")
    assert "Ort nachgetragen" in alert.text and "DRINGEND" in alert.text
    chat.say("Danke")
    assert "Gern geschehen" in chat.text and len(concerns(engine)) == 1


def test_a_location_shared_afterwards_is_added(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, chat_id="100", channel="telegram")
    chat.say("Es brennt im Keller!")
    chat.say("Weiss ich nicht")
    chat.location(47.3769, 8.5417)  # Hauptbahnhof, Kreis 1
    assert "nachgetragen" in chat.text
    [c] = concerns(engine)
    assert c.kreis == 1 and c.lat == pytest.approx(47.3769)


def test_in_french_too(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Au secours, il y a le feu dans la cave!")
    chat.say("Merci")
    assert "sans lieu" in chat.text
    chat.say("Josefstrasse 12")
    assert "ajouté le lieu" in chat.text
    [c] = concerns(engine)
    assert c.kreis == 5


def test_a_new_concern_after_it_is_not_taken_for_its_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(MAN_DOWN)
    chat.say("Danke")
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    assert "nachgetragen" not in chat.text and "Stimmt das?" in chat.text
    emergency, bin_ = concerns(engine)
    assert emergency.kreis is None and bin_.kreis == 4


def test_an_emergency_with_its_place_is_not_amended(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Keller an der Josefstrasse 12!")
    assert "vorerst ohne Ort" not in chat.text
    chat.say("Idaplatz")
    assert "nachgetragen" not in chat.text
    [c] = concerns(engine)
    assert c.kreis == 5


def test_the_timeout_says_it_went_without_a_place(
    dialog: Dialog, engine: Engine, settings: Settings
) -> None:
    chat = Chat(dialog)
    chat.say(MAN_DOWN)  # nobody answers "Wo ist das?"
    soon = utcnow() + timedelta(minutes=settings.urgent_draft_timeout_minutes + 1)
    [notice] = dialog.maintenance(soon)
    assert "vorerst ohne Ort" in notice.reply.text
    chat.say("Josefstrasse 12")
    assert "nachgetragen" in chat.text
    [c] = concerns(engine)
    assert c.kreis == 5


def test_the_place_typed_when_the_waiting_concern_is_back_goes_to_the_emergency(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Il cestino in Josefstrasse 12 è pieno")  # at its confirmation
    chat.say("aiuto! c'è un incendio nella cantina")
    chat.say("Danke")  # the emergency goes out without a place; the bin comes back
    assert "senza luogo" in chat.text and "È corretto?" in chat.text
    chat.say("Idaplatz")
    assert "ho aggiunto il luogo" in chat.text and "È corretto?" in chat.text
    assert "nuova segnalazione" not in chat.text  # not asked "new concern or place?"
    bin_, fire = concerns(engine)
    assert fire.urgent and fire.kreis == 3 and bin_.kreis == 5 and bin_.status == Status.DRAFT


def test_suicidal_talk_is_not_told_about_a_missing_place(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Ich habe keine Kraft mehr und will nicht mehr leben")
    assert "143" in chat.text and "als dringend" in chat.text
    assert "vorerst ohne Ort" not in chat.text and "Wo ist das" not in chat.text


def test_a_place_after_suicidal_talk_names_143_again(dialog: Dialog, engine: Engine) -> None:
    """The place is added to the report (useful to the city), and the answer
    names Die Dargebotene Hand again (the report's kind, "suicide", is stored)."""
    chat = Chat(dialog)
    chat.say("Ich habe keine Kraft mehr und will nicht mehr leben")
    chat.say("Josefstrasse 12")
    assert "nachgetragen" in chat.text and "143" in chat.text and "144" in chat.text
    [c] = concerns(engine)
    assert c.urgent and c.kreis == 5


def test_a_fires_place_names_the_numbers_but_not_143(dialog: Dialog, engine: Engine) -> None:
    """A fire's late place: the numbers again, no "Geht es Ihnen selbst nicht gut"."""
    chat = Chat(dialog)
    chat.say("Es brennt im Keller, es kommt Rauch raus!")
    chat.press("Weiss ich nicht")  # forwarded without a place
    chat.say("Josefstrasse 12")
    assert "nachgetragen" in chat.text and "118" in chat.text
    assert "143" not in chat.text and "Dargebotene" not in chat.text
    [c] = concerns(engine)
    assert c.urgent and c.emergency in {"fire", "smoke"} and c.kreis == 5
