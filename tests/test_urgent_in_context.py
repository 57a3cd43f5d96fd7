"""Emergency verdicts that the new-user trial of 2026-12-06 (c) showed wrong: a
continuation line or a pothole is no emergency, and a real one typed in pieces
still is."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.urgent import detect_urgent
from tests.chat import Chat
from tests.conftest import concerns


def _alarmed(chat: Chat) -> bool:
    return t("de", "emergency") in chat.text


def test_a_pothole_is_no_word_of_danger() -> None:
    # The model alone gives the six words 0.38 ("fire"); "schlag" (of "schlagen")
    # in "Schlagloch" counted as a word of danger.
    assert not detect_urgent("Und daneben hat es ein Schlagloch").urgent
    assert not detect_urgent("Und daneben hat es ein grosses Schlagloch").urgent
    # A pothole with someone hurt is an emergency all the same.
    assert detect_urgent("Schlagloch, ein Velofahrer ist gestürzt und blutet").urgent


def test_a_line_that_continues_a_fragment_is_read_with_it(dialog: Dialog, engine: Engine) -> None:
    # "liegt überall Glas" alone: the model's 0.66 ("explosion") until the corpus had
    # glass on the ground as an ordinary concern (tests/test_urgent_burning_glass.py);
    # after "am Idaplatz" (a place, kept as the start of a concern) it was much less.
    chat = Chat(dialog)
    chat.say("am Idaplatz")
    chat.say("liegt überall Glas")
    assert not _alarmed(chat)
    assert not any(c.urgent for c in concerns(engine))


def test_an_emergency_typed_in_pieces_is_still_one(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("an der Josefstrasse 12")
    chat.say("es brennt im Keller, überall Rauch")
    assert _alarmed(chat)
    assert [c.urgent for c in concerns(engine)] == [True]
