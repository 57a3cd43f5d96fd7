"""A question announced with its subject ("Ich hätte eine Frage zur
Abfallentsorgung") is not filed on its own: the bot asks for the question and
files both lines as one concern."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.announced import announces_a_question
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("announcement", "lang"),
    [
        ("Ich hätte eine Frage zur Abfallentsorgung", "de"),
        ("Grüezi, i hett e Frag wäge em Altpapier", "de"),
        ("I have a question about parking permits", "en"),
        ("Bonjour, j'ai une question concernant la déchetterie", "fr"),
        ("Ho una domanda sui rifiuti", "it"),
    ],
)
def test_the_question_after_its_announcement_is_one_concern(
    dialog: Dialog, engine: Engine, announcement: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(announcement)
    assert chat.text == t(lang, "question_about")
    assert concerns(engine) == []  # nothing filed yet, and no "Wo ist das genau?"
    # (Not "Wann kommt die Kartonsammlung?": the collection calendar answers that.
    # In no language: the announcement's language stays.)
    chat.say("Kartonsammlung in Wipkingen?")
    [concern] = concerns(engine)
    assert announcement in (concern.text or "") and "Kartonsammlung" in (concern.text or "")
    assert (concern.topic, concern.kreis) == ("abfall", 10)
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe eine Frage zur Abfuhr: wann kommt das Altpapier?",
        "Ich habe ein Problem mit dem Kübel am Idaplatz",
        "Frage zum Kübel am Idaplatz, der seit Tagen überläuft",
        "Ich hätte eine Frage zur Sperrgutabfuhr, die letzte Woche nicht gekommen ist",
        "Die Frage zur Abfallentsorgung",
    ],
)
def test_a_question_or_report_that_is_already_there_is_not_an_announcement(text: str) -> None:
    assert not announces_a_question(text)


def test_a_report_goes_on_as_before(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Ich habe ein Problem mit dem vollen Kübel an der Josefstrasse 20")
    [concern] = concerns(engine)
    assert concern.topic == "abfall" and concern.kreis == 5
