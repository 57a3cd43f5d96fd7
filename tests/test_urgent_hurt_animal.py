"""An injured animal is no emergency of people (trial j, finding 14, and its
languages): "J'ai trouvé un hérisson blessé dans le parc" and "Ho trovato un gatto
ferito" raised the alarm from the rules "blessé", "ferito" (words about people), "Im
Park liegt ein verletzter Igel" from the model (0.55). With the hurt word going with
the animal, no person named and no danger besides, it is not urgent
(nlp.urgent.things.hurt_animal) and the resident hears where to turn
(bot.dialog.elsewhere). A person hurt, a bite, bleeding, a fire stay urgent."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from tests.chat import Chat
from tests.conftest import concerns

HURT_ANIMALS = [
    "Im Park liegt ein verletzter Igel",
    "J'ai trouvé un hérisson blessé dans le parc",
    "Ho trovato un gatto ferito vicino a Idaplatz",
    "Wir haben eine Katze gefunden, sie ist verletzt",
    "Der Igel ist verletzt",
    "We found a cat, it is injured",
    "Un pigeon blessé est sur le trottoir",
    "C'è un piccione ferito sul marciapiede",
    "Wir haben eine Katze gefunden, sie sitzt seit Tagen verletzt im Gebüsch beim Idaplatz",
]
STILL_URGENT = [
    "Ein Reh liegt verletzt auf der Strasse und blutet",
    "Er ist verletzt, mein Hund bellt",
    "Il mio vicino è ferito, il gatto miagola",
    "Ein Auto hat einen Hund angefahren, der Fahrer ist verletzt",
    "Ein Hund ist verletzt und ein Kind weint",
    "Ein Hund hat ein Kind gebissen, es ist verletzt",
    "Ein verletzter Hund liegt auf den Gleisen beim Tram 4",
    "Eine verletzte Katze sitzt auf dem Dach, es brennt",
    "Mein Hund ist verletzt, er atmet kaum",
    "Ein Mann ist schwer verletzt",
]


@pytest.mark.parametrize("text", HURT_ANIMALS)
def test_an_injured_animal_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize("text", STILL_URGENT)
def test_a_person_a_bite_or_a_danger_besides_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent


def test_one_by_one_as_in_a_batch() -> None:
    texts = HURT_ANIMALS + STILL_URGENT
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


# Whose the animal is (nlp.animals.without_owners): "Il cane del vicino è ferito" raised
# the alarm ("vicino" read as a person), "Der Hund des Nachbarn ist verletzt" too and was
# filed; both get the vet's advice, as "Der Igel ist verletzt" does.
OWNED = [
    "Il cane del vicino è ferito",
    "Der Hund des Nachbarn ist verletzt",
    "The neighbour's dog is hurt",
    "Le chien du voisin est blessé",
    "D Chatz vo de Nochbere isch verletzt",
]
OWNED_AND_MORE = [
    "Der Hund des Nachbarn hat ein Kind verletzt",
    "Der Hund des Nachbarn ist verletzt und blutet",
    "Der Hund des Nachbarn hat mich gebissen",
    "Der Hund ist verletzt, der Nachbar auch",
]


@pytest.mark.parametrize("text", OWNED)
def test_an_owners_injured_pet_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize("text", OWNED_AND_MORE)
def test_someone_hurt_besides_the_owners_pet_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Der Hund des Nachbarn ist verletzt", "de"), ("Il cane del vicino è ferito", "it")],
)
def test_the_owners_injured_pet_gets_the_vets_advice(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert [r.text for r in chat.last] == [t(lang, "elsewhere_hurt_pet")]
    assert concerns(engine) == []
