"""The topic choice names the place without brackets in brackets: "worum es geht
(beim Schaffhauserplatz (Quartier Unterstrass, Kreis 6))" (new-user trial i,
finding 13)."""

from __future__ import annotations

from bot.dialog import Dialog
from tests.chat import Chat


def test_no_nested_brackets(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.photo("photo-1", "Das isch bim Bucheggplatz")
    text = chat.last[-1].text
    assert "Was passt am besten?" in text, text
    assert "Ort: Bucheggplatz (Quartier Unterstrass, Kreis 6)." in text and "))" not in text
