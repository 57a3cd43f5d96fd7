"""A thing lying somewhere is litter, a person lying there an emergency (new-user
trial k, finding 5): "Und daneben liegt noch ein Sofa" after a full bin got the
emergency numbers and went out at once as DRINGEND, as "daneben" took the bin's place.
Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_urgent
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Und daneben liegt noch ein Sofa",
        "Und daneben liegt noch ein Sack",
        "Daneben liegt noch ein Sack",
        "Und daneben liegt noch ein Abfallsack",
        "Und daneben liegt noch ein Velo",
        "Und dort liegt noch ein Sack",
        "Und daneben liegt noch eine alte Matratze",
        "Ein Sofa liegt daneben",
        "Und dänebe liit no en Sack",
        "Es liit e Sofa dänebe",
        "And there's a bag lying next to it",
        "There's a sofa lying next to it",
        "A bag is lying next to the bin",
        "E accanto c'è un sacco per terra",
        "Und daneben liegt noch Abfall",
    ],
)
def test_a_thing_lying_there_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Und daneben liegt noch ein Mann am Boden",
        "Und daneben liegt noch eine Frau",
        "Und daneben liegt noch einer",  # a pronoun: a person perhaps
        "Da liegt jemand",
        "Und dänebe liit no en Maa",
        "And there's a man lying next to it",
        "And someone is lying next to it",
        # Persons no list names: the ending of an agent noun keeps the alarm.
        "Und daneben liegt noch ein Jogger",
        "Und daneben liegt noch ein Betrunkener",
        "Und daneben liegt noch eine Touristin",
        # A dangerous thing.
        "Und daneben liegt noch ein Stromkabel",
        "Und daneben liegt noch eine Gasflasche",
        # More than a lying is said (typos such as residents make in a hurry).
        "Es Kabl liit offe uf em Trottoir und funkt",
        "A persn lying on the path, not respnding",
        "im bad liit es chnd am bode und rüert sich nöd",
    ],
)
def test_a_person_or_a_danger_lying_there_still_is(text: str) -> None:
    assert detect_urgent(text).urgent


def test_the_sofa_next_to_the_full_bin_is_asked_about(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("Und daneben liegt noch ein Sofa")
    assert t("de", "emergency") not in chat.text
    assert "Stimmt das?" in chat.text  # confirmed by the resident, not sent at once
    assert [c.urgent for c in concerns(engine)] == [False, False]
