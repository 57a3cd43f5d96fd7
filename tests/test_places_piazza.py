"""Italian names of squares: "Piazza Ida" is the Idaplatz (new-user trial
2026-12-06 c: "Il cestino in Piazza Ida è pieno da giorni" was asked where, and
"Piazza Ida" as the answer was "Non conosco questo luogo")."""

from __future__ import annotations

import pytest

from bot.dialog import Dialog
from nlp.places import Gazetteer
from tests.chat import Chat


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "kreis"),
    [
        ("Il cestino in Piazza Ida è pieno da giorni", 3),
        ("Piazza Ida, il cestino è pieno", 3),
        ("La fontana in piazza Bullinger è rotta", 4),
        ("Piazza Helvetia: la luce non funziona", 4),
    ],
)
def test_piazza_and_the_name_is_the_square(gaz: Gazetteer, text: str, kreis: int) -> None:
    assert gaz.resolve(text).kreis == kreis


def test_piazza_as_the_answer_to_where(gaz: Gazetteer) -> None:
    assert gaz.resolve_answer("Piazza Ida", None, []).kreis == 3


@pytest.mark.parametrize("text", ["Una piazza molto bella", "in piazza", "Piazza Nessuno"])
def test_piazza_alone_or_with_no_square_is_no_place(gaz: Gazetteer, text: str) -> None:
    assert gaz.resolve(text).places == []


def test_the_shortcuts_find_the_same(gaz: Gazetteer) -> None:
    text = "Il cestino in Piazza Ida è pieno, e in piazza Bullinger anche"
    fast = gaz.find(text)
    gaz.skip_inert = False
    try:
        assert gaz.find(text) == fast
    finally:
        gaz.skip_inert = True
    assert [m.kreis for m in fast] == [3, 4]


def test_the_confirmation_shows_the_piazza_as_written(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Il cestino in Piazza Ida è pieno da giorni")
    assert "Piazza Ida (quartiere Sihlfeld, Kreis 3)" in chat.text
