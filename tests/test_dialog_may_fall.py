"""Something that may fall or collapse any moment is a danger while it lasts: the line
on calling the police comes before the question, as for a traffic light that is out
(new-user trial i, finding 5: "Der Baum … neigt sich seit dem Sturm gefährlich über die
Strasse" got only the confirmation). Not an emergency: the concern goes its way."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.notes import danger_now
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Der Baum vor dem Haus neigt sich seit dem Sturm gefährlich über die Strasse",
        "Ein grosser Ast droht auf den Veloweg herunterzufallen",
        "De Baum bim Spielplatz chönnt jederzit umgheie",
        "The big tree at Idaplatz is leaning dangerously and could fall on the playground",
        "L'arbre devant l'école menace de tomber sur le trottoir",
        "Il muro del giardino rischia di crollare sul marciapiede",
    ],
)
def test_may_fall_is_a_danger(text: str) -> None:
    assert danger_now(text) == "danger_may_fall"


@pytest.mark.parametrize(
    "text",
    [
        "Der Baum vor dem Haus sollte geschnitten werden",
        "Die Bank im Park ist kaputt",
        "Im Herbst fallen viele Blätter auf den Weg",
    ],
)
def test_everyday_is_none(text: str) -> None:
    assert danger_now(text) is None


def test_the_line_comes_before_the_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(
        "Der Baum vor dem Haus neigt sich seit dem Sturm gefährlich über die Strasse,"
        " Scheuchzerstrasse 100"
    )
    assert chat.last[0].text == t("de", "danger_may_fall")
    assert "Stimmt das?" in chat.last[-1].text
    [concern] = concerns(engine)
    assert not concern.urgent and concern.office == "gsz"
