"""Greetings are answered in the resident's language (trial 2026-12-06:
"Ciao" got the German greeting and nothing said Italian was possible)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

OTHER_LANGUAGES = t("de", "smalltalk_languages")


@pytest.mark.parametrize(
    ("greeting", "lang"),
    [
        ("Bonjour", "fr"),
        ("Salut", "fr"),
        ("Buongiorno", "it"),
        ("Hello", "en"),
        ("Sali", "de"),
        ("Ciao a tutti", "it"),  # trial 2026-12-06 b: kept as the start of a concern
        ("Ciao ragazzi!", "it"),
    ],
)
def test_a_greeting_in_one_language_is_answered_in_it(
    dialog: Dialog, greeting: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(greeting)
    assert [r.text for r in chat.last] == [t(lang, "smalltalk_greeting")]


@pytest.mark.parametrize("greeting", ["Ciao", "Hi", "Ciao!", "Hey"])
def test_a_shared_greeting_from_someone_new_names_the_other_languages(
    dialog: Dialog, greeting: str
) -> None:
    # "Ciao" and "Hi" are Swiss German as much as Italian or English: German
    # stays (Zürich's default), and a newcomer reads that Italian, French and
    # English work too.
    chat = Chat(dialog)
    chat.say(greeting)
    assert [r.text for r in chat.last] == [t("de", "smalltalk_greeting"), OTHER_LANGUAGES]
    assert "Parlo anche italiano" in OTHER_LANGUAGES


def test_a_shared_greeting_keeps_a_known_language(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Il cestino in Piazza Ida è pieno da giorni")
    chat.say("/abbrechen")
    chat.say("Ciao")
    assert [r.text for r in chat.last] == [t("it", "smalltalk_greeting")]


def test_a_resident_with_a_concern_is_not_told_the_languages_again(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Die Parkbank ist kaputt")
    chat.say("/abbrechen")
    chat.say("Ciao")
    assert [r.text for r in chat.last] == [t("de", "smalltalk_greeting")]


@pytest.mark.parametrize(
    ("greeting", "lang", "key"),
    [
        ("Pronto?", "it", "smalltalk_test"),  # the Italian hello on the phone
        ("Pronto", "it", "smalltalk_greeting"),
        ("Salve", "it", "smalltalk_greeting"),
        ("Buongiorno", "it", "smalltalk_greeting"),
        ("Coucou", "fr", "smalltalk_greeting"),
        ("Hey there", "en", "smalltalk_greeting"),
        ("Hey there!", "en", "smalltalk_greeting"),
    ],
)
def test_a_one_word_hello_is_greeted_in_its_language_not_filed(
    dialog: Dialog, engine: Engine, greeting: str, lang: str, key: str
) -> None:
    chat = Chat(dialog)
    chat.say(greeting)
    assert [r.text for r in chat.last] == [t(lang, key)]
    assert concerns(engine) == []
