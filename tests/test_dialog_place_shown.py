"""The place shown back to the resident (new-user trial i, 2026-12-07, finding 13).

"IDAPLATZ", "bim idaplatz" were shown as typed, and a stop given as the place
("Haltestelle Schaffhauserplatz, stadtauswärts") was not shown back. Now the
recognised name in the gazetteer's spelling, with what was written around it.
Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from tests.chat import Chat


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ("bim Bucheggplatz", "Bucheggplatz (Quartier Unterstrass, Kreis 6)"),
        ("Am Limmatplatz", "Limmatplatz (Quartier Gewerbeschule, Kreis 5)"),
        ("LIMMATPLATZ", "Limmatplatz (Quartier Gewerbeschule, Kreis 5)"),
        ("bim idaplatz", "Idaplatz (Quartier Sihlfeld, Kreis 3)"),
        ("an der josefstrasse 12", "Josefstrasse 12 (Quartier Gewerbeschule, Kreis 5)"),
        ("bim Migros Limmatplatz", "Migros Limmatplatz (Quartier Gewerbeschule, Kreis 5)"),
        ("Am Wasser 55", "Am Wasser 55 (Quartier Höngg, Kreis 10)"),  # a street's own name
    ],
)
def test_the_place_answer_is_shown_by_its_name(
    dialog: Dialog, engine: Engine, answer: str, shown: str
) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe brennt seit einer Woche nicht mehr")
    chat.say(answer)
    assert f"Beleuchtung, {shown}. Ich leite es" in chat.text


def test_a_stop_is_shown_back(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe brennt seit einer Woche nicht mehr")
    chat.say("Haltestelle Schaffhauserplatz, stadtauswärts")
    assert "Haltestelle Schaffhauserplatz, stadtauswärts (Quartier Unterstrass, Kreis 6)" in (
        chat.text
    )


def test_a_place_in_capitals_in_the_text_is_shown_by_its_name(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("DER KÜBEL BEIM IDAPLATZ IST VOLL")
    assert "Abfall und Sauberkeit, Idaplatz (Quartier Sihlfeld, Kreis 3)." in chat.text


def test_the_unsure_topic_question_shows_the_name(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Bei uns gibt es ein Problem mit dem Ding da, Nordstrasse 30")
    chat.say("beim Schaffhauserplatz")
    assert "Was passt am besten?" in chat.text  # the topic is unclear
    assert "Schaffhauserplatz (Quartier Unterstrass, Kreis 6)" in chat.text
    assert "))" not in chat.text
