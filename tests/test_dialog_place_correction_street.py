"""A forwarded concern's place corrected to a street across Kreise ("Nein, es
ist an der Badenerstrasse, nicht am Hardplatz") became a new draft, the
forwarded concern kept the wrong place. Now the concern gets the street (its
Kreis kept where the street runs through it, otherwise unknown), the house
number is asked, and the answer moves the concern to the office of its Kreis.
The other forms of a correction ("Nicht am Hardplatz, sondern am Lochergut")
correct it too, also with a name that is a place only after "am" ("Nicht
Central, sondern Lochergut" became a new concern).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, OTHER_COORD, RESIDENT, outbox, register


def _forwarded(dialog: Dialog, engine: Engine, text: str) -> Chat:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    resident.press(t("de", "btn_confirm"))
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED
    return resident


def test_a_street_in_the_concerns_kreis_keeps_it_and_asks_the_number(
    dialog: Dialog, engine: Engine
) -> None:
    resident = _forwarded(dialog, engine, "Der Abfalleimer am Hardplatz ist übervoll")
    before = len(outbox(engine, ERZ, "alert"))
    resident.say("Nein, es ist an der Badenerstrasse, nicht am Hardplatz")
    [c] = concerns(engine)  # no new draft
    assert (c.place_text, c.kreis, c.office) == ("Badenerstrasse", 4, "erz")
    assert "korrigiert" in resident.text and "Welche Hausnummer" in resident.text
    [alert] = outbox(engine, ERZ, "alert")[before:]
    assert "Badenerstrasse" in (alert.text or "")
    resident.say("Nr. 120")
    [c] = concerns(engine)
    assert (c.place_text, c.kreis, c.office) == ("Badenerstrasse 120", 4, "erz")


def test_a_street_elsewhere_moves_the_concern_once_its_number_is_known(
    dialog: Dialog, engine: Engine
) -> None:
    resident = _forwarded(
        dialog, engine, "Wir möchten ein Quartierfest auf dem Bucheggplatz organisieren"
    )
    [c] = concerns(engine)
    assert c.office == "qk_waidberg"
    before = len(outbox(engine, OTHER_COORD, "alert"))
    resident.say("Nicht am Bucheggplatz, sondern an der Badenerstrasse")
    [c] = concerns(engine)
    assert (c.place_text, c.kreis, c.office) == ("Badenerstrasse", None, "qk_unknown")
    assert "Die Badenerstrasse führt durch mehrere Kreise (3, 4, 9)" in resident.text
    [line] = outbox(engine, OTHER_COORD, "alert")[before:]  # where it went
    assert "ZH-2026-000001" in (line.text or "")
    resident.say("Nr. 500")
    [c] = concerns(engine)  # the number is no addition nor a new concern
    assert (c.place_text, c.kreis, c.office) == ("Badenerstrasse 500", 9, "qk_kreis_9")
    assert "Kreis 9" in resident.text and "ZH-2026-000001" in resident.text


HARDPLATZ = "Der Abfalleimer am Hardplatz ist übervoll"
CENTRAL = "Der Abfalleimer am Central ist übervoll"


@pytest.mark.parametrize(
    ("first", "correction", "place"),
    [
        (HARDPLATZ, "Nicht am Hardplatz, sondern am Lochergut", "Lochergut"),
        (HARDPLATZ, "Nicht Hardplatz, sondern Idaplatz", "Idaplatz"),
        (HARDPLATZ, "Sorry, I meant Idaplatz not Hardplatz", "Idaplatz"),
        # "Central" is a place only after "am": "nicht Central" was read as more
        # than a place, and the line became a new concern.
        (CENTRAL, "Nicht Central, sondern Lochergut", "Lochergut"),
        (CENTRAL, "Sorry, I meant Lochergut not Central", "Lochergut"),
    ],
)
def test_not_here_but_there_corrects_the_place(
    dialog: Dialog, engine: Engine, first: str, correction: str, place: str
) -> None:
    resident = _forwarded(dialog, engine, first)
    resident.say(correction)
    [c] = concerns(engine)
    assert c.place_text == place and "ZH-2026-000001" in resident.text
