"""New-user trial m, § 8: a short French or Italian report line with no clear
word ("Des sacs poubelles abandonnés au Lindenplatz") got a German card, and the
whole conversation stayed German. A new chat's first line is now read by the
shape of its words (`bot.report_language`); German lines with French or
Italian loan words stay German."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des sacs poubelles abandonnés au Lindenplatz", "fr"),
        ("Sacs abandonnés au Lindenplatz", "fr"),
        ("Sacchi abbandonati in Lindenplatz", "it"),
        ("Rifiuti abbandonati Lindenplatz", "it"),
        # German with French and Italian loan words: German
        ("Velo kaputt am Trottoir", "de"),
        ("Trottoir blockiert Langstrasse", "de"),
        ("Glace-Papier überall Lindenplatz", "de"),
        ("Graffiti Lindenplatz", "de"),
        ("Café Lindenplatz Abfall", "de"),
        ("Abfall des Restaurants Lindenplatz", "de"),
    ],
)
def test_a_short_first_line_gets_its_language(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last and {r.lang for r in chat.last} == {lang}
    chat.say("/meine")  # the conversation goes on in it
    assert t(lang, "mine_header") in chat.text
