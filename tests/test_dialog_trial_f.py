"""What the new-user trial of 2026-12-06 (f) found wrong in the dialog's emergency
handling: an emergency after a question and a street was filed as furniture, a
no-show raised the alarm, and "this is not an emergency" had no way out
(bot.dialog.not_emergency)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from bot.texts.staff import st
from store.models import EventKind, Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import COORD, RESIDENT, events, outbox, register

FALL = "Mein Vater ist gestürzt und kommt nicht mehr hoch"  # no place: "Wo ist das?"


def test_an_emergency_after_a_question_and_a_street_gets_the_numbers(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(
        "Where can I dispose of old furniture? Help, my father fell and is not moving, "
        "Zurlindenstrasse 12"
    )
    assert t("en", "emergency") == chat.last[0].text
    assert any(c.urgent for c in concerns(engine))


def test_nobody_came_is_no_emergency(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("The sofa is still there, nobody came")
    assert t("en", "emergency") not in chat.text
    assert not any(c.urgent for c in concerns(engine))


@pytest.mark.parametrize(
    ("denial", "lang"),
    [
        ("das ist kein Notfall", "de"),
        ("kein Notfall", "de"),
        ("isch kein Notfall", "de"),
        ("this is not an emergency!", "en"),  # English from now on, as for any line
        ("Das ist doch kein Notfall, nur ein Spiel", "de"),
    ],
)
def test_not_an_emergency_at_its_place_question_makes_it_an_ordinary_concern(
    dialog: Dialog, engine: Engine, denial: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(FALL)
    assert t("de", "urgent_ask_place") in chat.text
    chat.say(denial)
    assert chat.last[0].text == t(lang, "not_emergency")
    assert t(lang, "ask_place") in chat.text  # the ordinary place question
    [concern] = concerns(engine)
    assert not concern.urgent and concern.emergency is None and concern.status == Status.DRAFT
    chat.say("Zurlindenstrasse 12")
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]  # confirmed as usual
    chat.press(t(lang, "btn_confirm"))
    [concern] = concerns(engine)
    assert concern.status == Status.FORWARDED and not concern.urgent
    assert concern.kreis == 3 and not concern.office.startswith("qk_")  # its topic's office
    assert any(e.kind == EventKind.RESIDENT and e.after.get("urgent") is False
               for e in events(engine, concern.id))  # fmt: skip


@pytest.mark.parametrize(
    ("start", "denial", "lang"),
    [
        ("My father fell and can't get up", "this is not an emergency", "en"),
        ("Mon père est tombé et n'arrive plus à se relever", "ce n'est pas une urgence", "fr"),
        ("Mio padre è caduto e non riesce ad alzarsi", "non è un'emergenza", "it"),
    ],
)
def test_the_way_out_in_other_languages(
    dialog: Dialog, engine: Engine, start: str, denial: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(start)
    assert t(lang, "emergency") == chat.last[0].text
    chat.say(denial)
    assert chat.last[0].text == t(lang, "not_emergency")
    [concern] = concerns(engine)
    assert not concern.urgent and concern.status == Status.DRAFT


def test_not_an_emergency_after_it_went_out_tells_the_office(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    chat = Chat(dialog, RESIDENT)
    chat.say("Es brennt im Keller an der Josefstrasse 12!")
    [fire] = concerns(engine)
    assert fire.urgent and fire.status == Status.FORWARDED
    chat.say("Das ist doch kein Notfall, nur ein Spiel")
    assert chat.last[0].text == t("de", "not_emergency_sent", reference=fire.reference)
    [fire] = concerns(engine)
    assert not fire.urgent and fire.status == Status.FORWARDED
    notice = st("not_emergency_notice", reference=fire.reference, topic="Brand")
    told = [m.text for m in outbox(engine, COORD) if m.text.startswith(str(fire.reference))]
    assert len(told) == 1 and told[0].split(" (")[0] == notice.split(" (")[0]
    assert "kein Notfall" in told[0]


def test_kein_notfall_with_a_new_concern_files_the_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Keller an der Josefstrasse 12!")
    chat.say("Kein Notfall, aber der Abfallkübel am Helvetiaplatz ist übervoll")
    fire, bin_ = concerns(engine)
    assert fire.urgent  # not taken back: the message is about something else
    assert "Helvetiaplatz" in (bin_.text or "") and not bin_.urgent


def test_kein_notfall_with_nothing_urgent_is_not_answered_as_a_take_back(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("kein Notfall")
    assert t("de", "not_emergency") not in chat.text


@pytest.mark.parametrize(
    "explained",
    [
        "das ist kein Notfall, er hat nur Spass gemacht",
        "Sorry, not an emergency, my friend was just joking",
    ],
)
def test_not_an_emergency_with_an_explanation_is_taken_back(
    dialog: Dialog, engine: Engine, explained: str
) -> None:
    register(engine)
    chat = Chat(dialog, RESIDENT)
    chat.say("mein Kollege sagt es brennt beim Bahnhof Altstetten")
    [fire] = concerns(engine)
    assert fire.urgent
    chat.say(explained)
    [fire] = concerns(engine)  # no new concern from the explanation
    assert not fire.urgent


def test_kein_notfall_then_a_report_in_the_same_message_files_it(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt im Keller an der Josefstrasse 12!")
    chat.say("Kein Notfall. Der Abfallkübel am Helvetiaplatz ist übervoll")
    fire, bin_ = concerns(engine)
    assert fire.urgent and "Helvetiaplatz" in (bin_.text or "")
