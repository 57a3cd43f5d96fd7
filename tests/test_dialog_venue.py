"""A venue named with the place ("beim Kino Corso an der Josefstrasse 12") is
kept in the place staff read: the concern's place text was the street alone
("Josefstrasse 12"), or nothing where "Langstrasse" reads as the Quartier."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, outbox, register


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Der Abfalleimer beim Restaurant Xy an der Langstrasse ist übervoll",
            "Restaurant Xy an der Langstrasse",
        ),
        (
            "Der Abfalleimer beim Kino Corso an der Josefstrasse 12 ist übervoll",
            "Kino Corso an der Josefstrasse 12",
        ),
        ("Der Kübel am Idaplatz beim Restaurant Xy ist voll", "Restaurant Xy, Idaplatz"),
        (
            "Der Abfalleimer vor dem Restaurant Xy am Idaplatz ist übervoll",
            "Restaurant Xy am Idaplatz",
        ),
    ],
)
def test_the_venue_stays_in_the_place_staff_read(
    dialog: Dialog, engine: Engine, text: str, place: str
) -> None:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    resident.press(resident.buttons[0].label)  # "Ja, weiterleiten" in the language written
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.place_text == place
    [card] = outbox(engine, ERZ, "alert")
    assert place in (card.text or "")


def test_a_venue_that_is_the_place_is_not_said_twice(dialog: Dialog, engine: Engine) -> None:
    resident = Chat(dialog, RESIDENT)
    resident.say("Die Dusche im Hallenbad City ist kaputt")
    [c] = concerns(engine)
    assert c.place_text == "Hallenbad City"
