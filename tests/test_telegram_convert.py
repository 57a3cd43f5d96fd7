"""Replies in pieces Telegram accepts (split_text), checked against the emulated
Bot API's own length rule."""

from __future__ import annotations

import pytest

from bot.dialog import Button, Reply
from bot.telegram.convert import MAX_TEXT, split_text, to_markup, utf16_len
from tests.fake_telegram import visible_text


def test_short_text_is_one_piece() -> None:
    assert split_text("Grüezi\nWie geht's?") == ["Grüezi\nWie geht's?"]
    assert split_text("  \n\n ") == []


def test_pieces_end_at_line_breaks() -> None:
    lines = [f"Zeile {i}: " + "x" * 90 for i in range(200)]
    pieces = split_text("\n".join(lines))
    assert all(utf16_len(p) <= MAX_TEXT for p in pieces)
    assert [line for p in pieces for line in p.split("\n")] == lines


def test_a_single_long_line_is_cut_at_a_space() -> None:
    words = ["Abfallkübel"] * 1000  # 11,999 characters, no line break
    pieces = split_text(" ".join(words))
    assert len(pieces) == 3
    assert all(utf16_len(p) <= MAX_TEXT for p in pieces)
    assert " ".join(pieces).split(" ") == words  # no word cut in two


def test_a_line_without_spaces_is_cut_hard() -> None:
    pieces = split_text("x" * 9000)
    assert [len(p) for p in pieces] == [4096, 4096, 808]


@pytest.mark.parametrize("char", ["🗑", "👍🏽"])
def test_characters_outside_the_bmp_count_twice(char: str) -> None:
    text = char * 3000  # 6,000 or 12,000 UTF-16 units
    pieces = split_text(text)
    assert "".join(pieces) == text  # no emoji broken
    assert all(utf16_len(visible_text(p, None)) <= MAX_TEXT for p in pieces)
    assert utf16_len(pieces[0]) >= MAX_TEXT - 3


def test_markup_for_buttons_and_location_requests() -> None:
    inline = to_markup(Reply("Stimmt das?", [[Button("Ja", "yes"), Button("Nein", "no")]]))
    assert inline is not None
    assert inline.to_dict()["inline_keyboard"][0][1] == {"text": "Nein", "callback_data": "no"}
    keyboard = to_markup(Reply("Wo?", [[Button("Weiss ich nicht", "x")]], request_location=True))
    assert keyboard is not None
    rows = keyboard.to_dict()["keyboard"]
    assert rows[0][0]["request_location"] is True and rows[1][0]["text"] == "Weiss ich nicht"
    assert to_markup(Reply("Danke")) is None
