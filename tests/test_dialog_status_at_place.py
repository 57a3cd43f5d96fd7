"""A status question at "Wo ist das genau?" ("Status?", "Wie ist der Stand?",
"Was ist mit meinen Meldungen?") lists the resident's concerns, as when no
question is open, and asks for the place again: the draft is kept. Before, it
got the reason the place is needed (`why_place`) instead of the list."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel am Idaplatz ist übervoll"
LAMP = "Die Strassenlampe ist kaputt"


@pytest.mark.parametrize(
    "question",
    ["Status?", "Wie ist der Stand?", "Was ist mit meinen Meldungen?", "Wie isch de Stand?"],
)
def test_a_status_question_at_the_place_question_lists_the_concerns(
    dialog: Dialog, engine: Engine, question: str
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    chat.say(LAMP)
    assert t("de", "ask_place") in chat.text
    chat.say(question)
    forwarded, draft = concerns(engine)
    assert t("de", "mine_header") in chat.text
    assert forwarded.reference in chat.text
    assert t("de", "why_place") not in chat.text
    assert t("de", "ask_place") in chat.text  # and the place question again
    assert draft.status == Status.DRAFT
    chat.say("Langstrasse 12")  # the draft still waits for its place
    assert "Langstrasse 12" in chat.text
    chat.press(t("de", "btn_confirm"))
    forwarded, lamp = concerns(engine)
    assert lamp.text == LAMP
    assert lamp.status == Status.FORWARDED
    assert lamp.kreis == 4


def test_a_status_question_at_the_first_place_question_lists_the_draft(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(LAMP)
    chat.say("Status?")
    assert t("de", "mine_header") in chat.text
    assert t("de", "status_draft") in chat.text
    assert t("de", "ask_place") in chat.text
    [draft] = concerns(engine)
    assert draft.text == LAMP


def test_why_the_place_is_still_explained(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say(LAMP)
    chat.say("Wieso brauchen Sie das?")
    assert t("de", "why_place") in chat.text
    assert t("de", "mine_header") not in chat.text
    assert t("de", "ask_place") in chat.text


def test_my_reports_in_the_plural_list_them_when_no_question_is_open(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    chat.say("Was ist mit meinen Meldungen?")
    [concern] = concerns(engine)
    assert t("de", "mine_header") in chat.text
    assert concern.reference in chat.text
