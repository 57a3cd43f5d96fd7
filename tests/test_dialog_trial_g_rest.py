"""The rest of what new-user trial g found in the dialog
(docs/qa/new-user-trial-2026-12-07-g.md): "pothole" alone was answered in German
and the conversation stayed so (finding 16); "an der Zweierstrasse" was taken as
Kreis 3 without a house number (finding 10; tests/test_gazetteer_data.py);
"beide" at the withdrawal list got "Welches meinen Sie?" with no way to withdraw
both, and a topic the classifier was not sure enough of named a different office
without saying why (finding 17)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.dialog import Dialog
from bot.texts import t
from store.db import session_scope
from store.models import Concern, Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, file_concern, register


def test_one_english_word_is_answered_in_english(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("pothole")
    assert chat.last[0].text == t("en", "ask_place")
    chat.say("Weststr 14")
    assert chat.text.startswith("I understood:")
    chat.press(t("en", "btn_confirm"))
    [hole] = concerns(engine)
    assert hole.reference in chat.text and chat.text.startswith("Thank you!")


def test_one_german_word_stays_german(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Schlagloch")
    assert chat.last[0].text == t("de", "ask_place")


def test_zweierstrasse_alone_asks_for_the_house_number(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Glascontainer an der Zweierstrasse ist voll")
    [glass] = concerns(engine)
    assert glass.kreis is None and "(3, 4)" in chat.text  # "führt durch mehrere Kreise"
    chat.say("9")
    [glass] = concerns(engine)
    assert glass.kreis == 4 and glass.place_text == "Zweierstrasse 9"


def _statuses(engine: Engine) -> list[Status]:
    with session_scope(engine) as s:
        return [c.status for c in s.exec(select(Concern).order_by(col(Concern.id)))]


@pytest.mark.parametrize("both", ["beide", "alle zwei", "both"])
def test_both_withdraws_one_at_a_time(dialog: Dialog, engine: Engine, both: str) -> None:
    register(engine)
    kuebel = file_concern(dialog)
    lamp = file_concern(dialog, "Die Strassenlampe an der Josefstrasse 12 ist kaputt")
    resident = Chat(dialog, RESIDENT)
    resident.say("Ich möchte meine Meldung zurückziehen")
    resident.say(both)
    assert resident.last[0].text == t("de", "withdraw_one_at_a_time")
    assert t("de", "withdraw_ask_which") in resident.text  # the list again
    assert _statuses(engine) == [Status.FORWARDED, Status.FORWARDED]  # nothing yet
    resident.press(f"{lamp.reference} · Beleuchtung · Josefstrasse 12")
    assert _statuses(engine) == [Status.FORWARDED, Status.WITHDRAWN]
    assert f"Soll ich Ihr Anliegen {kuebel.reference} (" in resident.text  # the other one
    resident.say("ja")
    assert _statuses(engine) == [Status.WITHDRAWN, Status.WITHDRAWN]


def test_a_topic_not_sure_enough_for_its_office_says_who_passes_it_on(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Grüezi mitenand, bi de Bäckeranlage hätts Glasscherbe uf em Spielplatz")
    [shards] = concerns(engine)
    assert shards.topic == "gruen" and shards.office == "qk_kreise_3_4_5"  # routing's triage
    assert "von dort geht es an die zuständige Stelle" in chat.text


def test_a_sure_topic_names_its_office_plainly(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    assert "Entsorgung + Recycling Zürich weiter. Stimmt das?" in chat.text
