"""An emergency's "Wo ist das?" offers the place the resident gave in the last
hour (trial leftovers, item 1): "Abfallkübel voll in der Bäckeranlage", then
"da liegt jemand bewusstlos" offered only "Weiss ich nicht"
(bot/dialog/same_place.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.db import session_scope
from store.models import Concern, Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import file_concern

BIN = "Abfallkübel voll in der Bäckeranlage"
UNCONSCIOUS = "da liegt jemand bewusstlos"


def _same_place(chat: Chat) -> str:
    [label] = [b.label for b in chat.buttons if b.data.startswith("sp:")]
    return label


def _placed_like(engine: Engine) -> tuple[Concern, Concern]:
    bin_, emergency = concerns(engine)
    assert emergency.urgent and emergency.status == Status.FORWARDED
    assert (emergency.kreis, emergency.quartier, emergency.place_text) == (
        bin_.kreis,
        bin_.quartier,
        bin_.place_text,
    )
    return bin_, emergency


def test_the_place_of_the_last_hour_is_offered_and_taken(dialog: Dialog, engine: Engine) -> None:
    file_concern(dialog, BIN)
    chat = Chat(dialog)
    chat.say(UNCONSCIOUS)
    assert "144" in chat.last[0].text
    label = _same_place(chat)
    assert label == t("de", "btn_same_place", place="Bäckeranlage (Quartier Langstrasse, Kreis 4)")
    # Nothing else added: the same place, "Weiss ich nicht", the location.
    assert [b.label for b in chat.buttons] == [label, t("de", "btn_place_unknown")]
    chat.press(label)
    _placed_like(engine)
    assert "als dringend" in chat.text


@pytest.mark.parametrize(
    "typed",
    # "döt", "am glich Ort": Swiss German (trial J: "döt" went out without a place)
    ["gleicher Ort", "Am gleichen Ort wie vorher", "dort", "döt", "am glich Ort"],
)
def test_typed_same_place_takes_it(dialog: Dialog, engine: Engine, typed: str) -> None:
    file_concern(dialog, BIN)
    chat = Chat(dialog)
    chat.say(UNCONSCIOUS)
    chat.say(typed)
    _placed_like(engine)


def test_in_english(dialog: Dialog, engine: Engine) -> None:
    file_concern(dialog, "The litter bin at Idaplatz is overflowing")
    chat = Chat(dialog)
    chat.say("someone is lying unconscious on the ground")
    assert _same_place(chat).startswith("Same place as before: Idaplatz")
    chat.say("same place")
    _placed_like(engine)


def test_a_place_older_than_an_hour_is_not_offered(dialog: Dialog, engine: Engine) -> None:
    bin_ = file_concern(dialog, BIN)
    with session_scope(engine) as s:
        old = s.get(Concern, bin_.id)
        assert old is not None
        old.created_at = utcnow() - timedelta(minutes=70)
        s.add(old)
    chat = Chat(dialog)
    chat.say(UNCONSCIOUS)
    assert [b.label for b in chat.buttons] == [t("de", "btn_place_unknown")]
    chat.say("dort")  # no place offered: not taken from anywhere
    assert concerns(engine)[-1].kreis is None


def test_another_place_written_instead_is_stored_without_the_no(
    dialog: Dialog, engine: Engine
) -> None:
    # Trial J: "nein, am Limmatplatz" at the offered place was stored (and shown to
    # staff) as "nein, am Limmatplatz".
    file_concern(dialog, BIN)
    chat = Chat(dialog)
    chat.say(UNCONSCIOUS)
    chat.say("nein, am Limmatplatz")
    _, emergency = concerns(engine)
    assert (emergency.place_text, emergency.kreis) == ("Limmatplatz", 5)
