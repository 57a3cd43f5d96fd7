"""New-user trial o, § 2: "Has the city received it?" and "What is my reference
number?" list the resident's concerns (bot/dialog/sayings.py). Before, each became a
new draft (topics Wohnen, Alter, Schule …) that went out unconfirmed when the draft
timed out: "Hat die Stadt meine Meldung erhalten?" reached Liegenschaften."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel am Idaplatz ist übervoll"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Hat die Stadt meine Meldung erhalten?", "de"),
        ("Ist das angekommen?", "de"),
        ("Ist meine Meldung bei der Stadt angekommen?", "de"),
        ("Wurde meine Meldung schon weitergeleitet?", "de"),
        ("Was ist meine Referenznummer?", "de"),
        ("Welche Nummer hat meine Meldung?", "de"),
        ("Wie lautet meine Fallnummer?", "de"),
        ("was ist jetzt mit meiner Meldung?", "de"),
        ("het d Stadt mini Meldig übercho?", "de"),
        ("did the city get it?", "en"),
        ("what's my reference number?", "en"),
        ("has my report been received?", "en"),
        ("quel est mon numéro de référence?", "fr"),
        ("la ville a-t-elle reçu ma demande?", "fr"),
        ("la città l'ha ricevuta?", "it"),
    ],
)
def test_received_or_number_after_forwarding_lists_the_concerns(
    dialog: Dialog, engine: Engine, question: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    chat.say(question)
    [concern] = concerns(engine)  # no second concern
    assert t("de", "mine_header") in chat.text or t(lang, "mine_header") in chat.text
    assert concern.reference in chat.text


def test_at_the_place_question_the_draft_waits(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe ist kaputt")
    chat.say("Ist meine Meldung angekommen?")
    [concern] = concerns(engine)
    assert t("de", "mine_header") in chat.text and concern.text == "Die Strassenlampe ist kaputt"
    chat.say("Josefstrasse 12")
    assert concerns(engine)[0].place_text == "Josefstrasse 12"


def test_in_a_new_chat_nothing_is_filed(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hat die Stadt meine Meldung erhalten?")
    chat.say("what's my reference number?")
    assert concerns(engine) == []


def test_a_parcel_that_did_not_arrive_is_no_status_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Bus 32 ist heute wieder nicht angekommen, das passiert jede Woche")
    assert t("de", "mine_header") not in chat.text
