"""Helper dialog2's brief: "Ich möchte zurückziehen" (no "meine Meldung") with a
concern open got "Ich höre zu"; "Bitte weiterleiten" at the list of several got
"Welches meinen Sie?"; "Please forward it" right after "ZH-… zurückziehen" got
"write it again" while "Please forward it after all" got the offer."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.withdrawal import WISHED
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = "Der Abfallkübel an der Langstrasse 10 ist voll"
LAMP = "Strassenlampe kaputt an der Josefstrasse 12"
WISHES = [
    "Ich möchte zurückziehen",
    "zurückziehen bitte",
    "I want to withdraw",
    "je veux retirer",
    "vorrei ritirare",
]


def _filed(dialog: Dialog, *texts: str) -> Chat:
    chat = Chat(dialog)
    for text in texts:
        chat.say(text)
        chat.press("Ja, weiterleiten")
    return chat


@pytest.mark.parametrize("said", WISHES)
def test_a_bare_wish_to_withdraw_asks_about_the_one_just_forwarded(
    dialog: Dialog, engine: Engine, said: str
) -> None:
    chat = _filed(dialog, BIN)
    chat.say(said)
    assert "ZH-2026-000001" in chat.last[0].text, chat.text  # "Soll ich … zurückziehen?"
    assert len(chat.buttons) == 2, chat.text
    assert [c.status for c in concerns(engine)] == [Status.FORWARDED]
    chat.press(chat.buttons[0].label)
    assert [c.status for c in concerns(engine)] == [Status.WITHDRAWN]


@pytest.mark.parametrize("said", WISHES)
def test_a_bare_wish_to_withdraw_lists_several_open(
    dialog: Dialog, engine: Engine, said: str
) -> None:
    chat = _filed(dialog, BIN, LAMP)
    chat.say(said)
    which = {t(lang, "withdraw_ask_which") for lang in ("de", "en", "fr", "it")}
    assert chat.last[0].text in which, chat.text
    assert len(chat.buttons) == 3  # the two and "Keines"
    assert len(concerns(engine)) == 2  # nothing filed


def test_a_bare_wish_without_a_concern_open_is_not_read_as_a_withdrawal(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Ich möchte zurückziehen")
    assert t("de", "withdraw_none") not in chat.text


@pytest.mark.parametrize(
    "text",
    ["Ich möchte zurückziehen, dass die Velos hier stehen", "I want to withdraw money here"],
)
def test_a_wish_that_says_more_is_not_the_bare_wish(text: str) -> None:
    match = WISHED.match(text)
    assert match is not None and text[match.end() :].strip(" ,.") != ""


@pytest.mark.parametrize("said", ["Bitte weiterleiten", "Please forward it"])
def test_forward_at_the_list_keeps_them_all(dialog: Dialog, engine: Engine, said: str) -> None:
    chat = _filed(dialog, BIN, LAMP)
    chat.say("Ich möchte meine Meldung zurückziehen")
    assert chat.last[0].text == t("de", "withdraw_ask_which")
    chat.say(said)
    assert chat.last[0].text == t("de", "withdraw_kept"), chat.text
    assert t("de", "withdraw_hint_which") not in chat.text
    assert [c.status for c in concerns(engine)] == [Status.FORWARDED, Status.FORWARDED]


@pytest.mark.parametrize(
    "said", ["Please forward it", "Bitte weiterleiten", "Please forward it after all"]
)
def test_forward_right_after_withdrawing_by_reference_offers_it_anew(
    dialog: Dialog, engine: Engine, said: str
) -> None:
    chat = _filed(dialog, LAMP)
    chat.say("ZH-2026-000001 zurückziehen")
    assert chat.text == t("de", "withdrawn", reference="ZH-2026-000001")
    chat.say(said)
    assert len(chat.buttons) == 2, chat.text  # [Ja, neu melden] [Nein, zurückgezogen lassen]
    assert "ZH-2026-000001" in chat.text
    chat.press(chat.buttons[0].label)
    [old, new] = concerns(engine)
    assert old.status == Status.WITHDRAWN and new.status == Status.FORWARDED
    assert new.place_text == old.place_text
