"""What the new-user trial of 2026-12-07 (g) found wrong in the dialog: "sorry das
ist kein Notfall, es ist ein ausgebranntes Auto" raised a second alarm and a longer
explanation became a new concern (docs/qa/new-user-trial-2026-12-07-g.md, finding 6);
"Ja, aber Nr. 14" at a street's house-number question was stored as the place
(finding 9); "daneben" in an emergency (finding 8), "Danke, es geht wieder" at the
house-number question after crisis talk (finding 13) and a French question before an
emergency (finding 7)."""

from __future__ import annotations

from functools import cache

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.classifier import ConcernClassifier
from nlp.split import split_concerns
from nlp.urgent import detect_urgent
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, register

CAR_FIRE = "Es brennt ein Auto an der Josefstrasse 20"


@pytest.mark.parametrize(
    "explained",
    [
        "sorry das ist kein Notfall, es ist ein ausgebranntes Auto",
        "Das ist kein Notfall, das Auto ist nur ausgebrannt und steht seit Tagen da",
        "Ups, kein Notfall, es ist ein ausgebranntes Auto",
    ],
)
def test_kein_notfall_with_an_explanation_raises_no_second_alarm(
    dialog: Dialog, engine: Engine, explained: str
) -> None:
    register(engine)
    chat = Chat(dialog, RESIDENT)
    chat.say(CAR_FIRE)
    [fire] = concerns(engine)
    assert fire.urgent and fire.status == Status.FORWARDED
    chat.say(explained)
    assert t("de", "emergency") not in chat.text
    assert chat.last[0].text == t("de", "not_emergency_sent", reference=fire.reference)
    [fire] = concerns(engine)  # no new concern from the explanation
    assert not fire.urgent


def test_a_leading_filler_before_the_denial_at_the_place_question(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Mein Vater ist gestürzt und kommt nicht mehr hoch")
    assert t("de", "urgent_ask_place") in chat.text
    chat.say("Oh, nein, das ist kein Notfall, er ist nur ausgerutscht und lacht schon wieder")
    assert chat.last[0].text == t("de", "not_emergency")
    [concern] = concerns(engine)
    assert not concern.urgent and concern.status == Status.DRAFT


def test_the_explanation_alone_still_raises_the_alarm(dialog: Dialog, engine: Engine) -> None:
    """Without an urgent concern to take back the detector's verdict stands."""
    chat = Chat(dialog)
    chat.say("sorry das ist kein Notfall, es ist ein ausgebranntes Auto")
    assert chat.last[0].text == t("de", "emergency")


def test_a_named_danger_after_the_denial_still_raises_the_alarm(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(CAR_FIRE)
    chat.say("Kein Notfall mehr beim Auto, aber jetzt brennt es im Keller!")
    assert chat.last[0].text == t("de", "emergency")
