"""Place corrections without "ich meinte" (trial leftovers, items 2 and 3).

At the confirmation card, "eher Idaplatz", "Idaplatz, nicht Langstrasse" and
"nicht Langstrasse sondern Idaplatz" were asked "Ist «…» ein neues Anliegen
oder der Ort …?"; "nein, Idaplatz" and "sorry, Badenerstrasse 5" set the place
already and still do. Right after forwarding, "Es ist eher beim Helvetiaplatz"
moves the forwarded concern (it did already); "eher Idaplatz" got "Ich höre zu"."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, file_concern, outbox, register

BIN = "Der Abfallkübel an der Langstrasse 10 ist voll"  # Kreis 4


@pytest.mark.parametrize(
    ("text", "kreis", "place"),
    [
        ("eher Idaplatz", 3, "Idaplatz"),
        ("Idaplatz, nicht Langstrasse", 3, "Idaplatz"),
        ("nicht Langstrasse sondern Idaplatz", 3, "Idaplatz"),
        ("nicht an der Langstrasse, sondern am Idaplatz", 3, "Idaplatz"),
        ("nein, nicht Langstrasse, Idaplatz", 3, "Idaplatz"),
        ("nein, Idaplatz", 3, "Idaplatz"),
        ("sorry, Badenerstrasse 5", 4, "Badenerstrasse 5"),
    ],
)
def test_a_place_correction_at_the_card(
    dialog: Dialog, engine: Engine, text: str, kreis: int, place: str
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]
    chat.say(text)
    [draft] = concerns(engine)  # no second concern, no question about one
    assert "neues Anliegen" not in chat.text
    assert (draft.kreis, draft.place_text) == (kreis, place)
    assert place in chat.text and t("de", "btn_confirm") in [b.label for b in chat.buttons]
    chat.press(t("de", "btn_confirm"))
    [forwarded] = concerns(engine)
    assert forwarded.status == Status.FORWARDED and forwarded.kreis == kreis


def test_a_street_and_its_number_apart_stay_one_address(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.say("Ja, aber es ist eher bei der Nr. 14 an der Idastrasse")
    [draft] = concerns(engine)
    assert (draft.kreis, draft.place_text) == (3, "Idastrasse 14")


def test_more_than_a_place_at_the_card_is_not_a_correction(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.say("eher Lärm am Idaplatz, nicht Abfall")
    [draft] = concerns(engine)
    assert draft.kreis == 4  # the place is not moved by another matter


@pytest.mark.parametrize(
    ("text", "kreis", "place"),
    [("Es ist eher beim Helvetiaplatz", 4, "Helvetiaplatz"), ("eher Idaplatz", 3, "Idaplatz")],
)
def test_rather_there_after_forwarding_corrects_the_place(
    dialog: Dialog, engine: Engine, text: str, kreis: int, place: str
) -> None:
    register(engine)
    bin_ = file_concern(dialog, BIN)
    assert bin_.status == Status.FORWARDED and bin_.kreis == 4
    before = len(outbox(engine, ERZ, "alert"))
    chat = Chat(dialog, RESIDENT)
    chat.say(text)
    [c] = concerns(engine)  # no new draft
    assert c.id == bin_.id and c.kreis == kreis and place in (c.place_text or "")
    assert "korrigiert" in chat.text
    [alert] = outbox(engine, ERZ, "alert")[before:]
    assert (alert.text or "").startswith("Ort korrigiert durch die Person")
