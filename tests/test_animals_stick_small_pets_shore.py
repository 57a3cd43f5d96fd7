"""Leftovers of the animal vocabulary (nlp.animals), read by where to turn
(bot.dialog.elsewhere) and the alarm (nlp.urgent.things):

- "cane" is the Italian dog and an English walking stick: "My grandmother lost her cane
  near the bus stop" got the lost-pet answer, and "My cane slipped on the ice and I hurt
  my hip" was an injured dog (no alarm, and the vet's advice). It is a dog only in an
  Italian text;
- a hamster or a guinea pig was in no list: "Mein Hamster ist entlaufen" got no answer
  of where to turn, "Im Hof liegt ein toter Hamster" the emergency numbers (the model);
  "ist weg" said of a pet was not known as gone ("Unser Meersäuli ist weg");
- "Eine verletzte Möwe sitzt am Seeufer" stayed urgent: "Seeufer" holds the rules' stem
  "ufe" (a hint of danger). The shore is a place; a person at it stays urgent.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.elsewhere import key_of
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.things import hurt_animal, lost_or_dead_thing
from tests.chat import Chat
from tests.conftest import concerns


def _nothing(_: str) -> bool:
    return False


WALKING_STICK = [
    "My grandmother lost her cane near the bus stop",
    "I lost my cane on tram 4",
    "Lost cane at the Idaplatz",
]


# No dog: a walking stick, lost property (tests/test_pet_clause_walking_stick.py).
@pytest.mark.parametrize("text", WALKING_STICK)
def test_an_english_cane_is_no_dog(text: str) -> None:
    assert key_of(text) == "elsewhere_lost"


def test_a_person_hurt_beside_a_cane_is_no_injured_dog() -> None:
    text = "My cane slipped on the ice and I hurt my hip"
    assert not hurt_animal(text.lower(), _nothing, _nothing)
    assert key_of(text) is None
    assert detect_urgent(text).urgent


ITALIAN_DOG = [
    ("Ho perso il mio cane al parco", "elsewhere_pet"),
    ("Il mio cane è scappato", "elsewhere_pet"),
    ("Il mio cane è ferito", "elsewhere_hurt_pet"),
]


@pytest.mark.parametrize(("text", "key"), ITALIAN_DOG)
def test_an_italian_cane_is_still_a_dog(text: str, key: str) -> None:
    assert key_of(text) == key
    assert not detect_urgent(text).urgent


def test_the_cane_in_the_dialog(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, chat_id="301")
    chat.say("My grandmother lost her cane near the bus stop")
    assert t("en", "elsewhere_pet") not in [r.text for r in chat.last]
    other = Chat(dialog, chat_id="302")
    other.say("Ho perso il mio cane al parco")
    assert other.last[0].text == t("it", "elsewhere_pet")


SMALL_PETS_GONE = [
    "Mein Hamster ist entlaufen",
    "Unser Meersäuli ist weg",
    "Unser Meerschweinchen ist seit gestern verschwunden",
    "Our hamster ran away",
    "Our guinea pig escaped",
    "Mon cochon d'Inde s'est échappé",
    "Il mio criceto è scappato",
    "Il mio porcellino d'India è scappato",
    "Unsere Katze ist seit gestern weg",
]


@pytest.mark.parametrize("text", SMALL_PETS_GONE)
def test_a_hamster_or_guinea_pig_gone_is_a_lost_pet(text: str) -> None:
    assert key_of(text) == "elsewhere_pet"
    assert not detect_urgent(text).urgent


def test_gone_is_said_of_the_pet_itself() -> None:
    assert key_of("Der Hund bellt, mein Velo ist weg") is None


def test_a_lost_hamster_in_the_dialog(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, chat_id="303")
    chat.say("Mein Hamster ist entlaufen")
    assert chat.last[0].text == t("de", "elsewhere_pet")
    assert concerns(engine) == []


# Like a dead rabbit ("Im Hof liegt ein totes Kaninchen"): no alarm, the waste office's.
@pytest.mark.parametrize(
    "text", ["Im Hof liegt ein toter Hamster", "Ein totes Meerschweinchen liegt im Tram"]
)
def test_a_dead_hamster_is_no_emergency(text: str) -> None:
    assert lost_or_dead_thing(text.lower(), _nothing, _nothing)
    assert not detect_urgent(text).urgent
    assert key_of(text) is None


def test_an_injured_hamster_goes_to_the_vet() -> None:
    assert key_of("Mein Hamster ist verletzt") == "elsewhere_hurt_pet"
    assert not detect_urgent("Mein Hamster ist verletzt").urgent


AT_THE_SHORE = [
    "Eine verletzte Möwe sitzt am Seeufer",
    "Ein verletzter Igel liegt am Ufer",
    "Am Limmatufer sitzt eine verletzte Ente",
]


@pytest.mark.parametrize("text", AT_THE_SHORE)
def test_an_injured_bird_at_the_shore_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent
    assert key_of(text) == "elsewhere_hurt_wild"


PEOPLE_AT_THE_SHORE = [
    "Ein Kind ist am Seeufer ins Wasser gefallen",
    "Ein Mann liegt verletzt am Seeufer",
    "Eine verletzte Möwe am Seeufer, der Läufer daneben blutet",
    "Ein verletzter Hund am Seeufer, jemand ertrinkt",
]


@pytest.mark.parametrize("text", PEOPLE_AT_THE_SHORE)
def test_a_person_at_the_shore_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent


def test_the_gull_in_the_dialog(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, chat_id="304")
    chat.say("Eine verletzte Möwe sitzt am Seeufer")
    assert chat.last[0].text == t("de", "elsewhere_hurt_wild")
    assert concerns(engine) == []


def test_one_by_one_as_in_a_batch() -> None:
    texts = WALKING_STICK + SMALL_PETS_GONE + AT_THE_SHORE + PEOPLE_AT_THE_SHORE
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


# One list of people and of death for both readers (nlp.animals): the alarm did not know
# "pedestrians" (only "pedestrian"), where to turn not the Swiss "toti" (dead).
def test_pedestrians_are_people_for_the_alarm_too() -> None:
    for text in ("A man saw an injured fox on the road", "Pedestrians saw an injured fox"):
        assert not hurt_animal(text.lower(), _nothing, _nothing)


def test_a_dead_animal_in_swiss_german_is_no_injured_one() -> None:
    assert key_of("Eine tote Taube, sie ist verletzt") is None
    assert key_of("Eine toti Taube, sie isch verletzt") is None


# For the alarm too (nlp.animals.no_english_walking_stick): "An old man with a cane has
# fallen" was a dog attack ("cane … fallen"), a fall it is; an Italian or unclear "cane"
# that bites stays a dog attack.
@pytest.mark.parametrize(
    "text",
    [
        "An old man with a cane has fallen",
        "My neighbour with a cane has fallen down the stairs",
        "An old man with a cane fell",
    ],
)
def test_a_fall_with_a_cane_is_no_dog_attack(text: str) -> None:
    result = detect_urgent(text)
    assert (result.urgent, result.category) == (True, "fall")


@pytest.mark.parametrize(
    "text", ["Il cane mi ha morso", "Un cane ha morso un bambino", "cane attacca"]
)
def test_a_biting_cane_is_still_a_dog_attack(text: str) -> None:
    assert detect_urgent(text).category == "dog_attack"


def test_staff_read_a_fall_with_a_cane(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("An old man with a cane has fallen")
    assert chat.last[0].text == t("en", "emergency")
    [concern] = concerns(engine)
    assert (concern.urgent, concern.emergency) == (True, "fall")
