""" "Idaplatz" typed at the confirmation of a concern without a place ("Weiss ich
nicht" before) is its place. The lead's try (2026-12-07) got "Ist «Idaplatz» ein
neues Anliegen oder der Ort für ZH-…?": a place alone is no concern."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


def test_a_place_alone_fills_the_missing_place(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es hat Abfall")
    chat.press(t("de", "btn_place_unknown"))
    chat.say("Idaplatz")
    [c] = concerns(engine)
    assert c.kreis == 3 and c.place_text == "Idaplatz"
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]


def test_with_a_place_it_is_still_asked(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Es hat Abfall beim Helvetiaplatz")
    chat.say("Idaplatz")
    [c] = concerns(engine)
    assert c.kreis == 4  # not silently moved: asked, new concern or place
    assert "Idaplatz" in chat.text and c.reference in chat.text
