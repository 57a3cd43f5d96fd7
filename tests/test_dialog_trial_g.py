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


@pytest.mark.parametrize(
    ("start", "answer", "street"),
    [
        ("Schlagloch an der Badenerstrasse", "Ja, aber Nr. 14", "Badenerstrasse 14"),
        (
            "Parkierte Autos auf dem Trottoir an der Zweierstrasse",
            "Ja, aber es ist bei Nr. 14",
            "Zweierstrasse 14",
        ),
        ("Lampe an der Badenerstrasse", "Ja, aber bei Nr. 14", "Badenerstrasse 14"),
        ("Pothole on Badenerstrasse", "yes, number 14", "Badenerstrasse 14"),
    ],
)
def test_a_yes_before_the_house_number_is_dropped(
    dialog: Dialog, engine: Engine, start: str, answer: str, street: str
) -> None:
    chat = Chat(dialog)
    chat.say(start)
    [concern] = concerns(engine)
    assert concern.kreis is None  # asked for the house number
    chat.say(answer)
    [concern] = concerns(engine)
    assert concern.place_text == street and concern.kreis is not None
    lang = "en" if answer.startswith("yes") else "de"
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]  # the confirmation


def test_thanks_after_crisis_talk_is_not_the_house_number(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Schlagloch an der Zweierstrasse")
    chat.say("Ich kann nicht mehr, ich will nicht mehr leben")
    again = dialog.resume("telegram", chat.chat_id)  # the held draft, brought back
    assert "Zweierstrasse" in again[-1].text
    chat.say("Danke, es geht wieder")
    hole = min(concerns(engine), key=lambda c: c.id)
    assert hole.place_text is None and hole.kreis is None
    assert chat.last[0].text == t("de", "smalltalk_thanks")
    assert "Zweierstrasse" in chat.last[-1].text  # the house-number question again
    chat.say("14")
    hole = min(concerns(engine), key=lambda c: c.id)
    assert hole.place_text == "Zweierstrasse 14" and hole.kreis == 4


def test_thanks_then_a_landmark_is_still_read_as_the_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Schlagloch an der Zweierstrasse")
    chat.say("Danke, es ist beim Kiosk")
    [hole] = concerns(engine)
    assert hole.place_text is not None and "Kiosk" in hole.place_text


def test_daneben_in_an_emergency_takes_the_place_just_given(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Lampe kaputt an der Josefstrasse 12")
    chat.press(t("de", "btn_confirm"))
    chat.say("Die Lampe flackert und es brennt jetzt ein Müllcontainer daneben!")
    assert t("de", "urgent_ask_place") not in chat.text
    _, fire = sorted(concerns(engine), key=lambda c: c.id)
    assert fire.urgent and fire.status == Status.FORWARDED
    assert fire.place_text == "Josefstrasse 12" and fire.kreis == 5


FR_QUESTION = "Bonjour, quand est-ce que la poubelle à l'Idaplatz sera vidée?"
FR_FIRE = "Au secours, il y a un incendie dans la cave à la Josefstrasse 20!"


def test_a_greeting_before_a_question_does_not_fold_it_into_the_emergency(
    classifier: ConcernClassifier,
) -> None:
    urgent = cache(lambda part: detect_urgent(part).urgent)
    parts = split_concerns(f"{FR_QUESTION} {FR_FIRE}", classifier.topic, urgent)
    assert parts == [FR_QUESTION, FR_FIRE]


def test_a_french_question_and_an_emergency_in_one_message(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(f"{FR_QUESTION} {FR_FIRE}")
    assert chat.last[0].text == t("fr", "emergency")
    assert t("fr", "next_concern", text=FR_QUESTION) in chat.text
    fire, question = sorted(concerns(engine), key=lambda c: c.id)
    assert fire.urgent and fire.status == Status.FORWARDED
    assert question.text == FR_QUESTION and not question.urgent
