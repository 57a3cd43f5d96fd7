"""The resident's home street is not the concern's place when the concern names
a place of its own the gazetteer does not know (new-user trial k, finding 9):
"Ich wohne an der Zurlindenstrasse. Der Spielplatz im Bullingerhof …" went to
Kreis 3 (the home) without a question; the Bullingerhof is in Kreis 4."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.residence import unknown_place
from nlp.classifier import ConcernClassifier
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Ich wohne an der Zurlindenstrasse. Der Spielplatz im Bullingerhof ist total verdreckt,"
        " überall Scherben",
        "I live on Zurlindenstrasse. The playground at Bullingerhof is full of broken glass",
        "J'habite à la Zurlindenstrasse. L'aire de jeux au Bullingerhof est pleine de verre cassé",
    ],
)
def test_an_unknown_named_place_is_asked_about(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    [c] = concerns(engine)
    assert c.kreis is None  # not the home's Kreis 3
    assert len(chat.buttons) == 1 and "Kreis 3" not in chat.text  # "Wo ist das genau?"
    chat.say("Bullingerstrasse 20")
    [c] = concerns(engine)
    assert c.kreis == 4


@pytest.mark.parametrize(
    "text",
    [
        # an everyday word, or a typo of one: the home is where it is
        "Ich wohne an der Zurlindenstrasse. Der Spielplatz im Hinterhof ist total verdreckt",
        "Ich wohne an der Zurlindenstrasse. Im Hitnerhof liegt überall Abfall herum",
    ],
)
def test_an_everyday_place_word_keeps_the_home(dialog: Dialog, engine: Engine, text: str) -> None:
    chat = Chat(dialog)
    chat.say(text)
    [c] = concerns(engine)
    assert c.kreis == 3


def test_a_name_is_unknown_an_everyday_word_is_not(classifier: ConcernClassifier) -> None:
    known = classifier.knows_word
    assert unknown_place("Der Spielplatz im Bullingerhof", known) == "Bullingerhof"
    assert unknown_place("Der Spielplatz im Hinterhof", known) is None
    assert (
        unknown_place("Der Spielplatz im hinterhof", known) is None
    )  # a name is written capitalised
    assert unknown_place("Die Bank beim Schulhof", known) is None
