"""A status question that names a place, typed at "Wo ist das genau?" ("Ist
meine Meldung zur Langstrasse schon weitergeleitet?", trial leftovers, item 1),
was taken as the place of the waiting draft. It lists the resident's concerns
and asks the place question again; with no question open it lists them too."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel an der Langstrasse 10 ist voll"
BENCH = "Die Parkbank ist kaputt"


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("de", "Ist meine Meldung zur Langstrasse schon weitergeleitet?"),
        ("de", "Wurde mein Anliegen an der Langstrasse schon bearbeitet?"),
        ("en", "Is my report about Langstrasse forwarded yet?"),
    ],
)
def test_a_status_question_naming_a_place_is_no_place_answer(
    dialog: Dialog, engine: Engine, lang: str, question: str
) -> None:
    chat = Chat(dialog)
    if lang == "en":
        chat.say("The bin at Langstrasse 10 is overflowing")
    else:
        chat.say(BIN)
    chat.press(t(lang, "btn_confirm"))
    chat.say("The park bench is broken" if lang == "en" else BENCH)
    assert t(lang, "ask_place") in chat.text
    chat.say(question)
    forwarded, draft = concerns(engine)
    assert t(lang, "mine_header") in chat.text
    assert forwarded.reference in chat.text
    assert t(lang, "ask_place") in chat.text  # the place question again
    assert draft.status == Status.DRAFT and draft.kreis is None
    chat.say("Idaplatz")  # the draft still waits for its place
    chat.press(t(lang, "btn_confirm"))
    _, bench = concerns(engine)
    assert bench.status == Status.FORWARDED and bench.kreis == 3


def test_the_same_question_lists_the_concerns_when_nothing_is_asked(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(BIN)
    chat.press(t("de", "btn_confirm"))
    chat.say("Ist meine Meldung zur Langstrasse schon weitergeleitet?")
    [concern] = concerns(engine)
    assert t("de", "mine_header") in chat.text
    assert concern.reference in chat.text


def test_a_place_with_a_status_word_is_still_the_place(dialog: Dialog, engine: Engine) -> None:
    """Not about "meine Meldung": read as the place, as before."""
    chat = Chat(dialog)
    chat.say(BENCH)
    chat.say("Am Idaplatz, wie ist der Stand?")
    [draft] = concerns(engine)
    assert draft.kreis == 3
