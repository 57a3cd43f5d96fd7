"""A neighbour not seen for days who is away (new-user trial j, finding 11): "ich
habe meinen Nachbarn seit Tagen nicht gesehen, er ist in den Ferien" raised no
alarm (right) but was filed and asked "Wo ist das genau?". Now nothing is filed:
the resident hears that the police (117) can look if they worry, and what else
the bot can do. A welfare emergency and a message with another matter besides
are handled as before."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.reassured import KEY, key_of
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ich habe meinen Nachbarn seit Tagen nicht gesehen, er ist in den Ferien", "de"),
        (
            "Ich habe meinen Nachbarn seit Tagen nicht gesehen, aber er ist bestimmt nur"
            " verreist, kein Grund zur Sorge",
            "de",
        ),
        ("Ich ha min Nachbar sit Täg nöd gseh, er isch i de Ferie", "de"),
        ("I haven't seen my neighbour for days, he is on holiday", "en"),
        ("Je n'ai pas vu ma voisine depuis des jours, elle est en vacances", "fr"),
        ("Il mio vicino non si vede da giorni, è in vacanza", "it"),
        ("Non vedo il mio vicino da giorni, è in vacanza", "it"),
        ("Je ne vois plus mon voisin depuis une semaine, il est en vacances", "fr"),
    ],
)
def test_away_is_answered_and_nothing_filed(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    assert key_of(text) == KEY
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t(lang, KEY)
    assert "117" in chat.text
    assert concerns(engine) == []


def test_no_sign_of_life_is_still_an_emergency(dialog: Dialog, engine: Engine) -> None:
    text = (
        "Ich habe meine Nachbarin seit einer Woche nicht gesehen, ihre Zeitungen stapeln"
        " sich vor der Tür"
    )
    assert key_of(text) is None
    chat = Chat(dialog)
    chat.say(text)
    assert t("de", KEY) not in chat.text
    assert [c.urgent for c in concerns(engine)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Der Kübel am Idaplatz ist voll, und ich habe meinen Nachbarn seit Tagen nicht gesehen,"
        " er ist in den Ferien",
        "Der Kübel am Idaplatz ist voll. Ausserdem habe ich meinen Nachbarn seit Tagen nicht"
        " gesehen, er ist in den Ferien",
        "Mein Nachbar ist in den Ferien",  # not a welfare matter at all
        "Die Kübel am Idaplatz sind seit Tagen nicht geleert worden, die Leute sind in den Ferien",
    ],
)
def test_another_matter_is_not_answered_so(text: str) -> None:
    assert key_of(text) is None


def test_with_a_matter_besides_it_is_filed(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "Der Kübel am Idaplatz ist voll, und ich habe meinen Nachbarn seit Tagen nicht gesehen,"
        " er ist in den Ferien"
    )
    assert t("de", KEY) not in chat.text
    assert len(concerns(engine)) == 1
