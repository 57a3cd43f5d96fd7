"""A line at "Gehört das zu Ihrem Anliegen ZH-…?" that is no answer to it, end
to end through the dialog (bot/dialog/offer_aside.py; the lead's try,
2026-12-07: "wie war nochmal die Nummer?" got a new card for the kept line, and
"Vergessen Sie es, bitte nicht weiterleiten" was offered as an addition)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import EventKind, Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import events

BIN = {
    "de": "Der Kübel am Idaplatz ist voll",
    "en": "The bin at Idaplatz is full",
    "fr": "La poubelle au Idaplatz est pleine",
    "it": "Il cestino in Idaplatz è pieno",
}
STILL = {
    "de": "Der Kübel am Idaplatz ist immer noch voll",
    "en": "The bin at Idaplatz is still full",
    "fr": "La poubelle au Idaplatz est toujours pleine",
    "it": "Il cestino in Idaplatz è ancora pieno",
}
REF = "ZH-2026-000001"


def asked(dialog: Dialog, lang: str = "de") -> Chat:
    """The bin forwarded, then said again: "Gehört das zu Ihrem Anliegen …?"."""
    chat = Chat(dialog)
    chat.say(BIN[lang])
    chat.press(t(lang, "btn_confirm"))
    chat.say(STILL[lang])
    assert t(lang, "btn_addition_yes") in labels(chat)
    return chat


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.buttons]


def additions(engine: Engine, concern_id: int) -> list[str]:
    return [e.note or "" for e in events(engine, concern_id) if e.kind == EventKind.ADDITION]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "wie war nochmal die Nummer?"),
        ("de", "Status?"),
        ("de", "Wie ist der Stand?"),
        ("en", "what's the status of my report?"),
        ("fr", "où en est ma demande?"),
        ("it", "a che punto è la mia segnalazione?"),
    ],
)
def test_a_status_question_lists_the_concerns_and_asks_again(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = asked(dialog, lang)
    chat.say(line)
    assert REF in chat.text and t(lang, "btn_confirm") not in labels(chat)  # no new card
    assert t(lang, "addition_ask", reference=REF) in chat.text  # the question again
    assert len(concerns(engine)) == 1
    chat.press(t(lang, "btn_addition_yes"))  # the kept line, not the question, is added
    [concern] = concerns(engine)
    [added] = additions(engine, concern.id)
    assert STILL[lang] in added and line not in added


def test_a_question_about_the_bot_is_answered_and_the_question_asked_again(
    dialog: Dialog, engine: Engine
) -> None:
    chat = asked(dialog)
    chat.say("was kannst du?")
    assert t("de", "smalltalk_how_it_works") in chat.text
    assert t("de", "addition_ask", reference=REF) in chat.text
    chat.press(t("de", "btn_addition_yes"))
    [concern] = concerns(engine)
    [added] = additions(engine, concern.id)
    assert STILL["de"] in added and "kannst" not in added


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Vergessen Sie es, bitte nicht weiterleiten"),
        ("de", "vergiss es"),
        ("de", "Nein, bitte nicht weiterleiten"),
        ("en", "forget it"),
        ("fr", "laissez tomber"),
        ("it", "lascia perdere"),
    ],
)
def test_taking_it_back_drops_the_kept_line(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = asked(dialog, lang)
    chat.say(line)
    assert chat.text == t(lang, "offer_dropped", reference=REF)
    assert not labels(chat)
    [concern] = concerns(engine)  # nothing filed
    assert concern.status == Status.FORWARDED  # nor withdrawn
    assert additions(engine, concern.id) == []  # nor added
    chat.say("1")  # the question is gone: "1" is not its button
    assert len(concerns(engine)) == 1 and additions(engine, concern.id) == []


def test_an_emergency_at_the_question_goes_first(dialog: Dialog, engine: Engine) -> None:
    chat = asked(dialog)
    chat.say("Es brennt am Idaplatz!")
    assert "118" in chat.text
    assert t("de", "addition_ask", reference=REF) in chat.text  # then the question again
    assert any(c.urgent for c in concerns(engine))
