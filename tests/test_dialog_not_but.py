"""At the confirmation, "nein, nicht der Abfall, es ist die Lampe" corrects the topic
of the waiting concern, as "ich meinte …" does (new-user trial i, finding 7: it
became a second concern, and the wrong one came back afterwards)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("first", "correction"),
    [
        (
            "Bim Idaplatz isch alles voller Abfall",
            "nei, es isch nöd de Abfall, es isch d Lampe wo nöd brennt",
        ),
        (
            "Der Kübel am Idaplatz ist voll",
            "nein, nicht der Abfall, es ist die Lampe die nicht brennt",
        ),
        ("The bin at Idaplatz is full", "no, not the bin, it's the street light that is out"),
    ],
)
def test_not_this_but_that_corrects_the_topic(
    dialog: Dialog, engine: Engine, first: str, correction: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)
    chat.say(correction)
    [concern] = concerns(engine)
    assert (concern.topic, concern.office, concern.kreis) == ("beleuchtung", "ewz", 3)
    chat.say("Ja")
    [concern] = concerns(engine)
    assert concern.office == "ewz" and concern.forwarded_at is not None


def test_not_only_this_is_no_correction(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.say("nein, nicht nur der Kübel, es ist auch die Lampe daneben kaputt")
    assert any(c.topic == "abfall" for c in concerns(engine))
