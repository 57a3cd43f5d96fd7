"""What the terminal chat reads is cleaned like a Telegram update: bytes that
are no UTF-8, NUL, escape sequences and other control characters never reach
the dialog or the store, and a line of nothing but those gets a polite answer."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Button, Dialog
from bot.terminal import run_chat, to_incoming
from store.db import session_scope
from store.models import Concern

CONTROL = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Die Bank\x00 am Idaplatz", "Die Bank am Idaplatz"),
        ("Kübel \x1b[31mvoll\x1b[0m", "Kübel voll"),
        ("Lampe \udcff\udcfe kaputt", "Lampe \ufffd\ufffd kaputt"),  # undecodable bytes
        ("Lampe \ud83d kaputt", "Lampe \ufffd kaputt"),  # half an emoji
        ("ab\x08c\x7f", "abc"),
    ],
)
def test_a_line_is_cleaned_before_the_dialog_sees_it(line: str, text: str) -> None:
    assert to_incoming(line, [], "c").text == text


def test_other_digits_are_no_button_number() -> None:
    buttons = [Button("Ja", "ok:1"), Button("Nein", "no:1")]
    assert to_incoming("²", buttons, "c").kind == "text"  # int("²") would raise
    assert to_incoming("\x002", buttons, "c").data == "no:1"


def test_bad_input_gets_a_polite_answer_and_nothing_crashes(dialog: Dialog, engine: Engine) -> None:
    # Raw bytes as a UTF-8 terminal delivers them when not valid UTF-8.
    raw = (
        "\x00\x01\x1b[2J\n"  # nothing but control characters
        + "Der Abfallkübel\x00 am Idaplatz ist \udcff\udcfe übervoll\x07\n"
        + "".join(CONTROL)
        + "\n"
    ).encode("utf-8", "surrogateescape")
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors="strict")
    out = io.StringIO()
    run_chat(dialog, stdin, out, chat_id="t-bad", interactive=False)
    transcript = out.getvalue()
    assert transcript.count("Was ist Ihr Anliegen? Bitte beschreiben Sie es") == 1  # first line
    assert transcript.count("Stimmt das?") == 2  # control characters at the card: the card again
    assert "ich warte gern" not in transcript
    assert "Abfall und Sauberkeit" in transcript and "Kreis 3" in transcript
    assert not any(c in transcript for c in CONTROL if c != "\n")
    transcript.encode("utf-8")  # no lone surrogate printed
    with session_scope(engine) as s:
        [concern] = s.exec(select(Concern)).all()
        assert concern.text == "Der Abfallkübel am Idaplatz ist \ufffd\ufffd übervoll"


def test_the_location_hint_is_in_the_residents_language(dialog: Dialog) -> None:
    out = io.StringIO()
    run_chat(dialog, io.StringIO("La panchina è rotta\n"), out, chat_id="t-it", interactive=False)
    transcript = out.getvalue()
    assert "Dove si trova" in transcript and "(condividere la posizione: /standort" in transcript
    assert "Standort teilen" not in transcript
