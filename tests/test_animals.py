"""One vocabulary of animals (nlp.animals) for its two readers: where to turn
(bot.dialog.elsewhere) and no alarm for a pet gone, a dead or an injured animal
(nlp.urgent.things). Before, each had a list of its own: the alarm did not know
budgies, rabbits, parrots or tortoises as pets, nor "humpelt", "limping", "boite",
"zoppica" or a broken wing as hurt; where to turn did not know rats, gulls or a
"chat" without a determiner, took the vet ("Tierarzt") for an animal, and neither
knew a bird that flew away ("entflogen")."""

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


# A bird that flew away: neither reader knew "entflogen", "flew away", "s'est envolé",
# "volato via"; "Katzen" was a pet only when hurt.
FLOWN_OR_GONE = [
    "Mein Wellensittich ist entflogen",
    "Der Papagei der Nachbarin ist davongeflogen",
    "Our budgie flew away this morning",
    "Notre perroquet s'est envolé",
    "Il mio pappagallo è volato via",
    "Die Katzen der Nachbarin sind weggelaufen",
]


@pytest.mark.parametrize("text", FLOWN_OR_GONE)
def test_a_pet_that_flew_or_ran_away_gets_where_to_turn(text: str) -> None:
    assert key_of(text) == "elsewhere_pet"
    assert not detect_urgent(text).urgent


# The model flagged these ("tram", "escaped"); a rabbit also held "bit", a bite.
@pytest.mark.parametrize(
    "text",
    [
        "Our rabbit ran away on the tram",
        "Our rabbit escaped on tram 4",
        "Mon lapin s'est échappé dans le tram 4",
        "Il mio coniglio è scappato sul tram 4",
        "We found a dog on tram 4",
        "Ein toter Wellensittich liegt im Tram",
    ],
)
def test_a_pet_gone_found_or_dead_raises_no_alarm(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Mein Wellensittich ist entflogen",
        "Unsere Schildkröte ist ausgebüxt",
        "Uns ist eine Katze zugelaufen",
        "Im Hof liegt ein totes Kaninchen",
        "Un capriolo morto sulla strada",
    ],
)
def test_the_alarm_rule_knows_the_pets_and_animals(text: str) -> None:
    assert lost_or_dead_thing(text.lower(), _nothing, _nothing)


# An injured pet or wild animal: the rule "ist verletzt", "ferito" or the model raised
# the alarm for the animals the alarm's list did not know, and for the hurt words it
# did not know.
INJURED = [
    ("Mein Büsi ist verletzt", "elsewhere_hurt_pet"),
    ("Unser Kaninchen ist verletzt", "elsewhere_hurt_pet"),
    ("Der Wellensittich ist verletzt", "elsewhere_hurt_pet"),
    ("Mein Papagei ist verletzt", "elsewhere_hurt_pet"),
    ("Die Schildkröte ist verletzt", "elsewhere_hurt_pet"),
    ("A rabbit is hurt in the park", "elsewhere_hurt_pet"),
    ("Il capriolo è ferito", "elsewhere_hurt_wild"),
    ("Ein Hund humpelt auf der Strasse beim Idaplatz", "elsewhere_hurt_pet"),
    ("A dog is limping on the road near the tram stop", "elsewhere_hurt_pet"),
    ("Un chien boite sur la route", "elsewhere_hurt_pet"),
    ("Un cane zoppica in strada", "elsewhere_hurt_pet"),
    ("Ein Fuchs mit gebrochenem Bein liegt auf der Strasse", "elsewhere_hurt_wild"),
]


@pytest.mark.parametrize(("text", "key"), INJURED)
def test_an_injured_animal_raises_no_alarm_and_gets_where_to_turn(text: str, key: str) -> None:
    assert not detect_urgent(text).urgent
    assert key_of(text) == key
    assert hurt_animal(text.lower(), _nothing, _nothing)


def test_an_injured_cat_in_the_dialog(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Mein Büsi ist verletzt")
    assert chat.last[0].text == t("de", "elsewhere_hurt_pet")
    assert concerns(engine) == []


# Where to turn did not know these animals: a rat, a gull, a "chat" with no "le"/"un".
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Im Park liegt eine verletzte Ratte", "elsewhere_hurt_wild"),
        ("Eine verletzte Möwe sitzt am Seeufer", "elsewhere_hurt_wild"),
        ("Ce chat est blessé", "elsewhere_hurt_pet"),
        ("Chat blessé dans la cour", "elsewhere_hurt_pet"),
    ],
)
def test_where_to_turn_knows_the_animals_of_the_alarm(text: str, key: str) -> None:
    assert key_of(text) == key


# Not an animal: the vet is a person ("Tierarzt" was a wild animal to where to turn), a
# chat's history is no cat.
def test_the_vet_is_no_animal() -> None:
    assert key_of("Der Tierarzt ist verletzt") is None
    assert detect_urgent("Der Tierarzt ist verletzt").urgent


def test_a_chat_is_no_cat() -> None:
    text = "Mein Chat-Verlauf ist verschwunden"
    assert key_of(text) is None
    assert not lost_or_dead_thing(text.lower(), _nothing, _nothing)


# Kept as they were: a bite, a person, a danger; a stray (roaming) dog is no found pet
# for the alarm (it may be a danger), though where to turn names the shelters.
@pytest.mark.parametrize(
    "text",
    [
        "Ein Kaninchen hat mein Kind gebissen",
        "Ein totes Kaninchen liegt auf den Tramgleisen",
        "A stray dog is in our garden",
    ],
)
def test_a_bite_a_danger_or_a_roaming_dog_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent


def test_one_by_one_as_in_a_batch() -> None:
    texts = FLOWN_OR_GONE + [text for text, _ in INJURED]
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]
