"""A person lying somewhere is an emergency whatever the word for them (nlp.persons,
nlp.urgent.lying_person): "Da liegt ein Bettler" (the model 0.42), "Da liegt ein
Rentner" (0.49), "Am Idaplatz liegt ein alter Mann" (0.25) were not flagged where "Da
liegt ein Mann" is. Persons named by role count where "Mann" and "Frau" do, also as the
one who does not move or respond (nlp.urgent.person_state). Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.lying_person import CATEGORY, lying_person
from tests.chat import Chat
from tests.conftest import concerns

LYING = [
    "Da liegt ein Bettler",
    "Da liegt ein Rentner",
    "Am Idaplatz liegt ein alter Mann",
    "Am Idaplatz liegt ein Rentner",
    "Am Idaplatz liegt eine Rentnerin",
    "Vor dem Coop liegt ein Obdachloser",
    "Dert liit en Bättler",
    "Bim Bahnhof liit en alte Maa",
    "Ein Rentner liegt vor dem Eingang",
]
STILL_AND_SILENT = [
    "Die Rentnerin reagiert nicht mehr",
    "Der Velofahrer rührt sich nicht",
]
NOT_URGENT = [
    "Mein Nachbar liegt im Spital",
    "Gestern lag ein Bettler vor dem Haus",
    "Letzte Woche lag ein Obdachloser beim Bahnhof",
    "Da liegt ein Sack von einem Rentner",
    "Vor dem Haus des Rentners liegt Sperrmüll",
    "Die Rentnerin reagiert nicht auf meine Mails",
]
# Where a person rests (the model alone may still flag one: "Im Park liegt eine
# Rentnerin in der Sonne" 0.62).
RESTING = [
    "im park liegt eine rentnerin in der sonne",
    "am strand liegt ein tourist auf dem badetuch",
    "mein grossvater liegt im bett",
]


@pytest.mark.parametrize("text", LYING + STILL_AND_SILENT)
def test_a_person_named_by_role_lying_or_not_moving_is_an_emergency(text: str) -> None:
    assert detect_urgent(text).urgent


@pytest.mark.parametrize("text", NOT_URGENT)
def test_resting_the_past_or_a_thing_of_a_person_is_not(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize("text", RESTING)
def test_a_person_resting_is_no_lying_person(text: str) -> None:
    assert lying_person(text) is None


def test_a_person_lying_and_nothing_else_is_a_fall() -> None:
    assert {detect_urgent(text).category for text in LYING[:4]} == {CATEGORY}


def test_one_by_one_as_in_a_batch() -> None:
    texts = LYING + STILL_AND_SILENT + NOT_URGENT
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


def test_the_resident_gets_the_emergency_numbers(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Da liegt ein Bettler")
    assert chat.last[0].text == t("de", "emergency")
    [concern] = concerns(engine)
    assert (concern.urgent, concern.emergency) == (True, CATEGORY)
