"""Helper dialog2's brief: a bare "ja" / "sì" / "yes" at a new chat's "Wo ist das
genau?" repeated the question word for word; now a short hint how to answer it,
in the resident's language, with the question's buttons."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("first", "said", "lang"),
    [
        ("Der Abfallkübel ist voll", "ja", "de"),
        ("Der Abfallkübel ist voll", "sì", "de"),  # a courtesy word keeps the language
        ("Il cestino è pieno", "sì", "it"),
        ("The streetlight is broken", "yes", "en"),
        ("La poubelle est pleine", "oui", "fr"),
    ],
)
def test_yes_at_the_place_question_gets_a_hint(
    dialog: Dialog, engine: Engine, first: str, said: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(first)
    assert chat.text == t(lang, "ask_place"), chat.text
    chat.say(said)
    assert chat.text == t(lang, "place_yes_hint")
    assert [b.label for b in chat.buttons] == [t(lang, "btn_place_unknown")]
    assert chat.last[0].request_location
    [concern] = concerns(engine)  # still waiting for its place
    assert concern.place_text is None and concern.kreis is None
    chat.say("Josefstrasse 12")
    [concern] = concerns(engine)
    assert concern.kreis == 5
