"""A person who fell, or stayed lying, and does not get up is an emergency by rule
(nlp.urgent.fall): "Sie ist liegen geblieben und steht nicht mehr auf" was not flagged
at all (model 0.34), the French and Italian wording only by the model. An animal's fall
is no person's emergency ("the dog has fallen" got the emergency numbers as a fall): it
takes the injured animal's route (nlp.animals.FELL). And a bicycle on a site is no gas
leak ("Sur le site il y a un vélo": the model's likeliest kind, gas at 0.48, with no
word of gas or of danger: nlp.urgent.kind)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from tests.chat import Chat
from tests.conftest import concerns

PERSON_FALLS = [
    "Sie ist liegen geblieben und steht nicht mehr auf",
    "Meine Nachbarin ist gestürzt und steht nicht mehr auf",
    "Er ist hingefallen und kommt nicht mehr hoch",
    "d Grosi isch umgheit und stoht nüm uf",
    "er isch hiigheit und chunnt nümme ufe",
    "she fell and can't get up",
    "my neighbour fell in the stairwell and can't get back up",
    "elle est tombée et ne se relève pas",
    "ma voisine est tombée et n'arrive pas à se relever",
    "è caduta e non si rialza",
    "mio nonno è caduto e non riesce a rialzarsi",
]


@pytest.mark.parametrize("text", PERSON_FALLS)
def test_a_person_who_fell_and_does_not_get_up_is_a_fall_by_rule(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "fall", text
    assert verdict.reason not in (None, "model"), text  # a rule, whatever the model says


@pytest.mark.parametrize(
    "text",
    [
        "Letzte Woche ist sie gestürzt und stand nicht mehr auf",
        "Mein Schirm ist im Tram liegengeblieben",
        "Der Velohelm ist im Park liegen geblieben",
    ],
)
def test_a_past_fall_or_a_thing_left_lying_is_no_fall(text: str) -> None:
    assert not detect_urgent(text).urgent, text


ANIMAL_FALLS = [
    "the dog has fallen",
    "Der Hund ist gestürzt",
    "Der Hund ist gestürzt und steht nicht mehr auf",
    "Mis Büsi isch vom Balkon abegheit",
    "Le chat est tombé du balcon",
    "Il gatto è caduto dal balcone",
]


@pytest.mark.parametrize("text", ANIMAL_FALLS)
def test_an_animals_fall_is_no_persons_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "A dog has fallen into the lake",  # the drowning rule's
        "Der Hund ist in die Limmat gefallen",
        "a man has fallen and the dog is barking",  # a person
        "My dog fell and my husband is lying on the floor",
        "Der Hund ist gestürzt und blutet stark",  # bleeding: a word of danger left
        "The tree fell on a dog",
    ],
)
def test_a_fall_with_a_person_water_or_danger_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", ["Sur le site il y a un vélo", "Sur le chantier il y a un vélo"])
def test_a_bicycle_on_a_site_is_no_gas_leak(text: str) -> None:
    assert not detect_urgent(text).urgent, text


def test_gas_named_on_a_site_stays_urgent() -> None:
    verdict = detect_urgent("Sur le chantier ça sent fort le gaz, une conduite est percée")
    assert verdict.urgent and verdict.category == "gas"


def test_one_by_one_as_in_a_batch() -> None:
    texts = PERSON_FALLS + ANIMAL_FALLS + ["Sur le site il y a un vélo"]
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


def test_a_fallen_person_gets_the_emergency_numbers(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Sie ist liegen geblieben und steht nicht mehr auf")
    assert t("de", "emergency") in chat.text
    (concern,) = concerns(engine)
    assert concern.urgent and concern.emergency == "fall"


def test_a_fallen_dog_gets_the_injured_pets_route(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("the dog has fallen")
    assert t("en", "emergency") not in chat.text
    assert t("en", "elsewhere_hurt_pet") in chat.text
    assert not any(c.urgent for c in concerns(engine))


def test_a_bicycle_on_a_site_is_an_ordinary_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Sur le site il y a un vélo")
    assert t("fr", "emergency") not in chat.text
    assert not any(c.urgent for c in concerns(engine))
