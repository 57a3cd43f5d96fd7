"""Bugs tests/test_fuzz_updates.py found, as plain regression tests: each
drives one update's JSON through the real handling (tests/fuzz_drive.py)."""

from __future__ import annotations

import json

from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from store.db import session_scope
from store.models import Concern
from tests.fuzz_drive import drive, text_update


def test_a_lone_surrogate_does_not_crash_the_dialog(dialog: Dialog, engine: Engine) -> None:
    """Half an emoji ("\\ud83d" in the JSON) made spaCy's tokenizer and the store
    raise UnicodeEncodeError (the text was not kept); now it is U+FFFD."""
    body = "Der Abfallkübel an der Langstrasse 100 ist übervoll \ud83d"
    payload = json.loads(json.dumps(text_update(1, 4242, body)))  # as "\\ud83d" on the wire
    outcome = drive(dialog, payload)
    assert outcome.failure is None and outcome.replies
    with session_scope(engine) as s:
        [concern] = s.exec(select(Concern)).all()
    assert concern.text == "Der Abfallkübel an der Langstrasse 100 ist übervoll \ufffd"


def test_a_nul_character_does_not_lose_the_text(dialog: Dialog, engine: Engine) -> None:
    """PostgreSQL refuses NUL in text: the concern was not stored (DialogFailure,
    stored=False); now the NUL is dropped at the Telegram boundary."""
    body = "Der Abfallkübel an der Langstrasse 100\x00 ist übervoll"
    outcome = drive(dialog, text_update(2, 4243, body))
    assert outcome.failure is None and outcome.replies
    with session_scope(engine) as s:
        [concern] = s.exec(select(Concern)).all()
    assert concern.text == "Der Abfallkübel an der Langstrasse 100 ist übervoll"
