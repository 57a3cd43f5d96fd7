"""Someone on a window ledge or a roof's edge is urgent, of the kind "suicide"
(Suizidgefahr: the answer gives Sanität 144 and Polizei 117), a child "fall" (nlp.urgent.
on_ledge): "Ein Mann steht auf dem Fenstersims" was no alarm (a short text with no word
of danger), "A man is standing on a window ledge on the 6th floor" and "Un homme est
debout sur le rebord de la fenêtre au 5e étage" were flagged by the model as a fire
(Feuer, 118). Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from tests.chat import Chat
from tests.conftest import concerns

MISSED = [
    "Ein Mann steht auf dem Fenstersims",
    "Jemand steht draussen auf dem Fenstersims",
    "En Maa staht uf em Fenstersims",
]
# Flagged before, as a fire, an unconscious person, a child on the tracks or "other".
WRONG_KIND = [
    "Ein Mann steht auf dem Fenstersims im fünften Stock und schaut runter",
    "A man is standing on a window ledge on the 6th floor",
    "Un homme est debout sur le rebord de la fenêtre au 5e étage",
    "Un uomo è in piedi sul davanzale al quinto piano",
    "Ein Mann sitzt auf dem Fensterbrett im 6. Stock, die Beine draussen",
]
NOT_URGENT = [
    "Die Katze sitzt auf dem Fenstersims",
    "Tauben sitzen auf dem Fenstersims und gurren",
    "Der Fensterputzer steht auf dem Sims",
    "Ein Dachdecker steht auf der Dachkante",
    "Gestern stand ein Mann auf dem Fenstersims",
    "Eine Frau sitzt auf dem Fensterbrett und liest",
    "Auf dem Fenstersims stehen Blumentöpfe, die könnten runterfallen",
    "Wie kann ich Tauben vom Fenstersims fernhalten?",
]


@pytest.mark.parametrize("text", MISSED + WRONG_KIND)
def test_a_person_on_a_ledge_is_urgent_of_the_kind_suicide(text: str) -> None:
    result = detect_urgent(text)
    assert (result.urgent, result.category) == (True, "suicide"), text


def test_a_child_on_a_ledge_may_fall() -> None:
    result = detect_urgent("Ein Kind steht auf dem Fenstersims, bitte kommt schnell")
    assert (result.urgent, result.category) == (True, "fall")


def test_a_danger_the_text_names_keeps_its_kind() -> None:
    result = detect_urgent("Ein Mann steht auf dem Fenstersims, aus der Wohnung kommt Rauch")
    assert (result.urgent, result.category) == (True, "smoke")


@pytest.mark.parametrize("text", NOT_URGENT)
def test_animals_workers_the_past_and_things_are_not(text: str) -> None:
    assert not detect_urgent(text).urgent, text


def test_one_by_one_as_in_a_batch() -> None:
    texts = MISSED + WRONG_KIND + NOT_URGENT
    expected = [(r.urgent, r.category) for r in map(detect_urgent, texts)]
    assert [(r.urgent, r.category) for r in detect_many(texts)] == expected


def test_the_resident_gets_the_police_and_the_ambulance(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("A man is standing on a window ledge on the 6th floor")
    assert chat.last[0].text == t("en", "emergency_suicide")
    assert "118" not in chat.last[0].text
    [concern] = concerns(engine)
    assert (concern.urgent, concern.emergency) == (True, "suicide")
