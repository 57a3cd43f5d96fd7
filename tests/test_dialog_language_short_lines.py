"""Short lines keep the resident's language in every state; only clear evidence
turns it (closing note, item 3; the rule: bot.dialog.language_kept). Before,
"Keine Ahnung" at an English resident's place question turned the conversation
German while "Nein danke" did not, and a resident whose only line so far had
shown the language ("Grüezi", "Hello") was turned by "yes" or "Kübel voll"."""

from __future__ import annotations

import pytest

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat

EN_PLACE = "The rubbish bin is overflowing"  # asked where
EN_CARD = "The bin at Idaplatz is overflowing"  # the confirm card
DE_PLACE = "Der Abfallkübel ist übervoll"


def _lang(dialog: Dialog, chat: Chat) -> str:
    from store import repository as repo
    from store.db import session_scope

    with session_scope(dialog.engine) as s:
        resident = repo.find_resident(s, channel=chat.channel, chat_id=chat.chat_id)
        assert resident is not None
        return resident.language


def _at(dialog: Dialog, state: str, lang: str) -> Chat:
    """A chat of a resident writing `lang`, at `state`."""
    chat = Chat(dialog)
    if state == "place":
        chat.say(EN_PLACE if lang == "en" else DE_PLACE)
        assert t(lang, "ask_place") in chat.text
    elif state in {"card", "filed"}:
        chat.say(EN_CARD if lang == "en" else "Der Abfallkübel am Idaplatz ist übervoll")
        assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]
        if state == "filed":
            chat.press(t(lang, "btn_confirm"))
    elif state == "greeted":
        chat.say("Hello" if lang == "en" else "Grüezi")
    return chat


STATES = ["greeted", "place", "card", "filed"]


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize(
    "line", ["ja", "Danke", "Nr. 12", "Langstrasse 5", "Keine Ahnung", "weiss nicht", "Kübel voll"]
)
def test_an_english_resident_keeps_english_for_a_short_german_line(
    dialog: Dialog, state: str, line: str
) -> None:
    chat = _at(dialog, state, "en")
    chat.say(line)
    assert _lang(dialog, chat) == "en"


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("line", ["yes", "thanks", "No idea", "I don't know", "Bin full"])
def test_a_german_resident_keeps_german_for_a_short_english_line(
    dialog: Dialog, state: str, line: str
) -> None:
    chat = _at(dialog, state, "de")
    chat.say(line)
    assert _lang(dialog, chat) == "de"


def test_keine_ahnung_at_the_place_question_is_answered_in_english(dialog: Dialog) -> None:
    chat = _at(dialog, "place", "en")
    chat.say("Keine Ahnung")
    assert t("en", "place_unknown") in chat.text


def test_a_sentence_still_turns_it_at_the_place_question(dialog: Dialog) -> None:
    chat = _at(dialog, "place", "en")
    chat.say("Der Kübel steht an der Langstrasse 5")
    assert _lang(dialog, chat) == "de"


def test_someone_new_still_takes_a_few_words_language(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("/start")
    chat.say("thanks")  # a courtesy word switches only someone new
    assert _lang(dialog, chat) == "en"
