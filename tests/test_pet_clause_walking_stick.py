"""Where to turn (bot.dialog.elsewhere), two findings of the topics review:

- a word of going paired with a pet anywhere in the text: "Der Hund des Nachbarn bellt
  die ganze Nacht, und der Kübel ist verschwunden" got the lost-pet answer and nothing
  was filed. The going must be the pet's: in its clause, or in a clause of no subject of
  its own that follows one about the pet;
- a walking stick was no lost item: "Ich habe meinen Gehstock im Tram liegen lassen"
  was filed as a concern about public transport (a jacket stays out on purpose:
  nlp.lost_property).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.elsewhere import key_of
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

ANOTHER_THING_GONE = [
    "Der Hund des Nachbarn bellt die ganze Nacht, und der Kübel ist verschwunden",
    "Der Hund des Nachbarn bellt die ganze Nacht und jetzt ist der Kübel verschwunden",
    "Der Hund des Nachbarn bellt die ganze Nacht: der Kübel ist verschwunden",
    "Le chien du voisin aboie toute la nuit et la poubelle a disparu",
    "The neighbour's dog barks all night and the bin is missing",
    "Il cane del vicino abbaia tutta la notte e il cestino è scomparso",
]


@pytest.mark.parametrize("text", ANOTHER_THING_GONE)
def test_a_thing_gone_beside_a_pet_is_no_lost_pet(text: str) -> None:
    assert key_of(text) is None


PET_GONE = [
    ("Meine Katze ist seit gestern verschwunden", "de"),
    ("Hund entlaufen", "de"),
    ("Unsere Katze ging gestern raus und ist seither verschwunden", "de"),
    ("Vermisst: grauer Kater, Kreis 4", "de"),
    ("chat perdu", "fr"),
    ("Chat perdu à Wipkingen, tigré gris", "fr"),
    ("Mon chat est sorti et a disparu", "fr"),
    ("Mon chat est sorti hier soir et il a disparu", "fr"),
    ("Unsere Katze ging raus und ist an der Ecke verschwunden", "de"),
    ("gatto scomparso", "it"),
    ("lost my dog", "en"),
    ("Our dog got out and ran away near the park", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PET_GONE)
def test_a_pet_gone_is_still_a_lost_pet(text: str, lang: str) -> None:
    assert key_of(text) == "elsewhere_pet"


# Found or lost, said of another thing: "found a wallet" is lost property.
def test_a_thing_found_on_a_walk_with_the_dog_is_lost_property() -> None:
    assert key_of("I walked my dog and found a wallet") == "elsewhere_lost"


def test_the_bin_gone_beside_the_dog_is_filed(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, chat_id="311")
    chat.say(ANOTHER_THING_GONE[0])
    texts = [r.text for r in chat.last]
    assert t("de", "elsewhere_pet") not in texts
    assert any("Wo ist das genau?" in x for x in texts)
    assert len(concerns(engine)) >= 1


def test_a_cat_gone_in_the_dialog(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog, chat_id="312")
    chat.say("Meine Katze ist seit gestern verschwunden")
    assert chat.last[0].text == t("de", "elsewhere_pet")
    assert concerns(engine) == []


WALKING_STICK_LEFT = [
    ("Ich habe meinen Gehstock im Tram liegen lassen", "de"),
    ("Ich habe meinen Stock im Bus 31 vergessen", "de"),
    ("Mein Vater hat seinen Spazierstock im Tram verloren", "de"),
    ("My grandmother lost her walking stick on tram 4", "en"),
    ("My grandmother lost her cane near the bus stop", "en"),
    ("J'ai oublié ma canne dans le tram", "fr"),
    ("Ho dimenticato il mio bastone sul tram", "it"),
]


@pytest.mark.parametrize(("text", "lang"), WALKING_STICK_LEFT)
def test_a_walking_stick_left_behind_is_lost_property(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    assert key_of(text) == "elsewhere_lost"
    chat = Chat(dialog, chat_id="313")
    chat.say(text)
    assert chat.last[0].text == t(lang, "elsewhere_lost")
    assert concerns(engine) == []


# A floor ("im 3. Stock"), a potted plant ("Blumenstock"), the Italian dog: no stick.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Im 3. Stock hat jemand vergessen, das Licht im Treppenhaus zu löschen", None),
        ("Ich habe meinen Blumenstock auf dem Balkon vergessen", None),
        ("Ho perso il mio cane al parco", "elsewhere_pet"),
    ],
)
def test_no_walking_stick(text: str, key: str | None) -> None:
    assert key_of(text) == key
