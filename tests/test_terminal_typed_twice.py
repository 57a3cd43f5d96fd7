"""A number typed twice is not read against the next question (new-user trial
f, section 10; bot/dialog/repeated.py): a number typed as text and sent again at
once (a double send) is not applied to the question the first one opened. The
terminal's numbered choices are buttons: "1" then "1" are two answers (the
lead's try, 2026-12-07: the second "1", "Ja, weiterleiten", was refused)."""

from __future__ import annotations

import io
from datetime import timedelta

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from bot.terminal import run_chat
from bot.texts import t
from nlp.classifier import ConcernClassifier
from store.db import session_scope
from store.models import Conversation, Status
from tests.chat import Chat
from tests.conftest import concerns


def _chat(dialog: Dialog, lines: str) -> str:
    out = io.StringIO()
    run_chat(dialog, io.StringIO(lines), out, chat_id="twice", interactive=False)
    return out.getvalue()


def test_the_terminals_1_then_1_are_two_answers(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    transcript = _chat(dialog, "Es hat Abfall\n1\n1\n")  # "Weiss ich nicht", "Ja"
    assert t("de", "typed_twice", number="1") not in transcript
    [concern] = concerns(engine)
    assert concern.status == Status.FORWARDED


def test_a_house_number_sent_twice_is_not_applied_again(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel an der Badenerstrasse ist voll")  # which house number?
    chat.say("120")  # the house number: the confirmation comes
    chat.say("120")  # the same, sent twice at once
    assert chat.last[0].text == t("de", "typed_twice", number="120")
    [concern] = concerns(engine)
    assert concern.place_text == "Badenerstrasse 120" and concern.status == Status.DRAFT


def test_the_same_number_later_is_an_answer(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel an der Badenerstrasse ist voll")
    chat.say("120")
    with session_scope(engine) as s:  # read the new question for a while
        conv = s.get(Conversation, ("telegram", chat.chat_id))
        assert conv is not None
        conv.updated_at = conv.updated_at - timedelta(seconds=30)
        s.add(conv)
    chat.say("120")
    assert t("de", "typed_twice", number="120") not in chat.text
