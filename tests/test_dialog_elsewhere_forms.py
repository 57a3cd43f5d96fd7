"""More ways of saying a pet is gone or a thing was left behind, answered with where
to turn and not filed: "Unsere Katze ist verschwunde" (Swiss German), "Our dog has
been missing since Sunday", "Lost dog near the Idaplatz", "weg" in a clause about the
pet ("Ich suche meine Katze, sie ist seit gestern weg"), "Mein Spazierstock ist im Bus
liegen geblieben". A thing that is gone, or litter that stays lying, is a concern as
before."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.elsewhere import key_of
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

PET = [
    ("Unsere Katze ist verschwunde", "de"),
    ("Üsi Chatz isch sit geschter verschwunde", "de"),
    ("Our dog has been missing since Sunday", "en"),
    ("Our cat has been missing for two days", "en"),
    ("Lost dog near the Idaplatz", "en"),
    ("Missing cat, grey tabby, Kreis 4", "en"),
    ("Vermisste Katze im Kreis 4", "de"),
    ("Ich suche meine Katze, sie ist seit gestern weg", "de"),
    ("Ich suche meinen Hund, er ist seit heute Morgen weg", "de"),
    ("Il nostro gatto è sparito", "it"),
    ("Notre chien a disparu", "fr"),
]
LOST = [
    ("Mein Spazierstock ist im Bus liegen geblieben", "de"),
    ("Mein Portemonnaie ist im Bus liegengeblieben", "de"),
    ("Ich habe meinen Regenschirm im Tram vergessen", "de"),
    ("J'ai oublié mon parapluie dans le tram", "fr"),
    ("Ho dimenticato lo zaino sul bus", "it"),
]


@pytest.mark.parametrize(
    ("text", "key", "lang"),
    [(text, "elsewhere_pet", lang) for text, lang in PET]
    + [(text, "elsewhere_lost", lang) for text, lang in LOST],
)
def test_where_to_turn_and_nothing_filed(
    dialog: Dialog, engine: Engine, text: str, key: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t(lang, key)
    assert concerns(engine) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Kübel ist weg",
        "Der Hund des Nachbarn bellt, und das Velo ist weg",
        "Der Hund bellt, mein Velo ist weg",
        "Ich war mit dem Hund im Park, jetzt ist es weg",
        "Im Park bleibt immer Abfall liegen",
        "Der Abfall ist liegen geblieben",
        "The dog bags are missing at the Robidog on Idaplatz",
        "Missing dog bags at the Robidog station",
    ],
)
def test_a_city_matter_is_no_lost_pet_or_thing(dialog: Dialog, engine: Engine, text: str) -> None:
    assert key_of(text) is None
    Chat(dialog).say(text)
    [filed] = concerns(engine)
    assert filed.text == text
