"""New-user trial p, finding 8: "Nein", "no" and "💡❌😭" as a first line (or after a
greeting) were answered "Gut. Schreiben Sie mir einfach Ihr Anliegen …": "Good." to a
no. A no with no question open gets an invitation without the "Good." (smalltalk_no,
in the resident's language); "ja" and "ok" keep theirs."""

from __future__ import annotations

import pytest

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (["Nein"], "de"),
        (["no"], "de"),
        (["💡❌😭"], "de"),
        (["Grüezi", "nei"], "de"),
        (["Hello", "no"], "en"),
        (["non"], "fr"),
        (["Buongiorno", "no grazie"], "it"),
    ],
)
def test_a_no_with_nothing_asked_gets_no_good(dialog: Dialog, lines: list[str], lang: str) -> None:
    chat = Chat(dialog)
    for line in lines:
        chat.say(line)
    assert chat.text == t(lang, "smalltalk_no")
    assert not chat.text.startswith(("Gut", "Good", "Bien", "Bene"))


def test_a_yes_keeps_its_answer(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ja")
    assert chat.text == t("de", "smalltalk_ok")
