""" "Ich wollte nur wissen, wie das hier funktioniert" is the how-it-works question, not
a concern (new-user trial i, finding 9: it got "Wo ist das genau?" and became a draft
that would go to an office unconfirmed). A real question about a service stays one."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.smalltalk import smalltalk
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ich wollte nur wissen, wie das hier funktioniert", "de"),
        ("Nei nei, nüt schlimms. Ich wett nur wüsse wie das da funktioniert", "de"),
        ("I just wanted to know how this works", "en"),
        ("Je voulais juste savoir comment ça marche", "fr"),
        ("Volevo solo sapere come funziona", "it"),
    ],
)
def test_wanting_to_know_how_it_works(text: str, lang: str) -> None:
    talk = smalltalk(text)
    assert talk is not None and (talk.kind, talk.lang) == ("how_it_works", lang)


def test_a_question_about_a_service_stays_a_concern() -> None:
    assert smalltalk("Ich wollte nur wissen, wie das mit dem Sperrgut funktioniert") is None


def test_no_draft_after_help_and_nothing_bad(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Hilfe")
    chat.say("Nei nei, nüt schlimms. Ich wett nur wüsse wie das da funktioniert")
    assert "Sie beschreiben Ihr Anliegen" in chat.text and "Wo ist das genau?" not in chat.text
    assert concerns(engine) == []
