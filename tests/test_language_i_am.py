"""Helper dialog2's brief: a new chat's first line "I am at Idaplatz right now"
was answered in German ("am" counted as German, and German wins ties)."""

from __future__ import annotations

import pytest

from bot.dialog import Dialog
from bot.language import detect_language
from bot.texts import t
from tests.chat import Chat


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I am at Idaplatz right now", "en"),
        ("I am at Idaplatz", "en"),
        ("Hello. I am at the Langstrasse", "en"),
        ("Der Kübel am Idaplatz ist voll", "de"),
        ("I am Idaplatz isch de Kübel voll", "de"),  # Swiss German "i am" stays German
        ("Was mach i am Idaplatz", "de"),
    ],
)
def test_i_am_is_english(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_a_new_chat_starting_with_i_am_is_answered_in_english(dialog: Dialog) -> None:
    chat = Chat(dialog, "4711")
    chat.say("I am at Idaplatz right now")
    assert chat.text == t("en", "tell_more"), chat.text
