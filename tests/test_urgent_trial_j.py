"""False alarms of the new-user trial of 2026-12-07 (j, findings 5-7): a street light
that "brennt immer noch nicht" after "erledigt" raised the fire alarm (a denied burn is
an idiom, nlp.urgent.cues); "I lost my wallet on tram 4" and "… liegt eine tote Taube
und eine verlorene Jacke" were urgent from the model alone (a lost thing or a dead
animal with no person named, nlp.urgent.things)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import COORD, RESIDENT, file_concern, register

LAMP_OUT = [
    "Sie brennt immer noch nicht",
    "Es brennt immer noch nicht",
    "Sie brennt wieder nicht",
    "Die brennt schon wieder nicht",
    "Sie brennt nicht mehr",
    "Warum brennt sie immer noch nicht?",
    "Ich melde, dass sie nicht mehr brennt",
    "Si brännt immer no nöd",
    "Si brännt nöd",
    "Es brännt nümme",
]
FIRES = [
    "Es brennt immer noch",
    "Es brennt!",
    "Es brennt nicht nur im Keller, auch im Dach",
    "Es brennt und ich komme nicht raus",
    "Es brennt nicht weit von hier im Wald",
    "Es brennt noch nicht lange aber stark",
    "Es brennt nicht mehr, aber ein Mann liegt bewusstlos am Boden",
]


@pytest.mark.parametrize("text", LAMP_OUT)
def test_a_burn_that_is_denied_is_a_light_that_is_out(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize("text", FIRES)
def test_a_fire_stays_a_fire(text: str) -> None:
    assert detect_urgent(text).urgent


LOST_OR_DEAD = [
    "I lost my wallet on tram 4",
    "I lost my keys on the tram",
    "I lost my jacket on tram 4",
    "I forgot my umbrella on tram 4",
    "Vor dem Schulhaus Limmat liegt eine tote Taube und eine verlorene Jacke",
    "Vor dem Schulhaus liegt eine verlorene Jacke",
    "Vor dem Schulhaus liegt eine tote Taube und eine Jacke",
    "Da liegt eine verlorene Jacke",
    "Auf dem Trottoir liegt eine verlorene Mütze",
]
PEOPLE = [
    "I lost my kid on tram 4",
    "I lost my child on tram 4",
    "My son got lost on tram 4",
    "Ho perso mia figlia sul tram 4",
    "Ich habe mein Kind im Tram verloren",
    "He lost consciousness on the tram",
    "I lost my wallet on tram 4 and a man is lying on the tracks",
    "Da liegt ein Toter auf der Strasse",
    "Il est mort dans le tram",
]


@pytest.mark.parametrize("text", LOST_OR_DEAD)
def test_a_lost_thing_or_a_dead_animal_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize("text", PEOPLE)
def test_a_lost_or_dead_person_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent


def test_one_by_one_as_in_a_batch() -> None:
    texts = LAMP_OUT + FIRES + LOST_OR_DEAD + PEOPLE
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


def test_the_lamp_still_out_after_done_is_offered_again(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    lamp = file_concern(dialog, "Die Strassenlampe an der Josefstrasse 12 brennt nicht")
    Chat(dialog, COORD).say(f"/status {lamp.reference} erledigt Lampe ersetzt")
    resident = Chat(dialog, RESIDENT)
    resident.say("Sie brennt immer noch nicht")
    assert "Notfall" not in resident.text and "118" not in resident.text
    assert lamp.reference in resident.text and "Josefstrasse 12" in resident.text
    resident.press(t("de", "btn_again_yes"))
    new = max(concerns(engine), key=lambda c: c.id)
    assert new.id != lamp.id and not new.urgent and new.status == Status.FORWARDED
    assert (new.topic, new.office) == (lamp.topic, lamp.office)
