"""A correction of the place at the card in another language keeps the
conversation's language (helpers' dialog leftovers, 2026-12-07: "no, it's at
Helvetiaplatz not Idaplatz" turned a German conversation English;
bot/place_phrase.py `is_place_correction`, bot.language.turns_to)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.language import turns_to
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "correction",
    ["no, it's at Helvetiaplatz not Idaplatz", "no, its at Helvetiaplatz not Idaplatz"],
)
def test_a_correction_of_the_place_keeps_the_language(
    dialog: Dialog, engine: Engine, correction: str
) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.say(correction)
    [concern] = concerns(engine)
    assert concern.kreis == 4
    assert concern.place_text == "Helvetiaplatz"
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]
    assert concern.language == "de"


def test_a_sentence_in_another_language_still_turns_it() -> None:
    assert turns_to("The bin at Helvetiaplatz is full, please", "en") == "en"
    assert turns_to("no, it's at Helvetiaplatz not Idaplatz", "en") is None
