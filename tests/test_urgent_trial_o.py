"""False alarm of the new-user trial of 2026-12-07 (o, finding 1).

A resident who says where they are before saying what is wrong ("Ich bin gerade an der
Josefstrasse 12", then "Da liegt ein Sofa auf dem Trottoir") got the emergency numbers
and an urgent card with no matter in it: the model scored the line 0.82, and the guard
for short lines with no word of danger stopped at six words (nlp.urgent.whereabouts)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_many, detect_urgent
from tests.chat import Chat
from tests.conftest import concerns

WHEREABOUTS = [
    "Ich bin gerade an der Josefstrasse 12",
    "Ich stehe gerade vor dem Haus Josefstrasse 12",
    "Ich bin gerade an der Langstrasse 100",
    "Ich bin gerade vor dem Coop an der Langstrasse",
    "Hallo, ich bin gerade an der Josefstrasse 12",
    "I am at Langstrasse 100 right now",
]
DANGER = [
    "Ich bin gerade an der Langstrasse 100 und da liegt ein Mann am Boden",
    "Ich bin gerade an der Josefstrasse 12 und es brennt",
    "Ich bin gerade an der Josefstrasse 12, hier brennt ein Auto",
    "Ich stehe gerade vor dem Haus Josefstrasse 12 es brennt",
    "I am at Langstrasse 100 right now, someone is bleeding",
    "Ich bin gerade am Bahnhof Hardbrücke, ein Mann liegt auf den Gleisen",
    "Ich bin gerade am Idaplatz. Da liegt ein Mann",
    "Ich bin gerade an der Langstrasse 100 ein Mann liegt am Boden und bewegt sich nicht",
    # Where one is may be the danger: never taken for mere whereabouts.
    "Ich stehe jetzt auf dem Dach",
    "I am on the roof of the Prime Tower right now",
    "Ich stehe gerade auf dem Geländer der Hardbrücke",
    "Ich bin gerade am Ende meiner Kräfte",
    "Ich stehe gerade am Fenster im 5. Stock",
]
# The two lines of the dialog read together (the first kept as the concern's start).
TOGETHER = [
    "Ich bin gerade an der Josefstrasse 12 Da liegt ein Sofa auf dem Trottoir",
    "Ich bin gerade an der Josefstrasse 12. Da liegt ein Sofa auf dem Trottoir",
    "Ich stehe gerade vor dem Haus Josefstrasse 12 der Velo liegt quer auf dem Trottoir",
]


@pytest.mark.parametrize("text", WHEREABOUTS)
def test_saying_where_one_is_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", TOGETHER)
def test_where_one_is_and_a_thing_lying_there_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize("text", DANGER)
def test_where_one_is_and_a_danger_stays_urgent(text: str) -> None:
    assert detect_urgent(text).urgent, text


def test_one_by_one_as_in_a_batch() -> None:
    texts = WHEREABOUTS + DANGER + TOGETHER
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


def test_the_place_first_then_the_matter(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Ich bin gerade an der Josefstrasse 12")
    assert t("de", "emergency") not in chat.text
    assert not concerns(engine)
    chat.say("Da liegt ein Sofa auf dem Trottoir")
    chat.press(t("de", "btn_confirm"))
    [concern] = concerns(engine)
    assert not concern.urgent and concern.place_text == "Josefstrasse 12"
    assert concern.topic == "abfall"
