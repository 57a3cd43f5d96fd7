"""Bugs tests/test_fuzz_updates.py found, as plain regression tests: each
drives one update's JSON through the real handling (tests/fuzz_drive.py)."""

from __future__ import annotations

import json

from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.dialog.codec import decode
from bot.staff import parse
from bot.staff.codec import decode as decode_staff
from store.db import session_scope
from store.models import Concern, StaffMember
from tests.fuzz_drive import callback_update, drive, text_update
from tests.staff_helpers import ADMIN, ERZ, RESIDENT, register


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


def test_ids_beyond_the_stores_integers_are_refused(dialog: Dialog, engine: Engine) -> None:
    """A forged button or a staff command with a concern number above 2**31 - 1
    made PostgreSQL raise NumericValueOutOfRange (a DialogFailure); now such a
    number is refused like any unknown one (the codecs and the reference parser)."""
    register(engine)
    big = [
        (RESIDENT, "cb", "ok:999999999999"),
        (RESIDENT, "cb", "t:2147483648:abfall"),
        (RESIDENT, "cb", "sp:1:2147483648"),
        (ERZ, "cb", "S:show:999999999999"),
        (ERZ, "cb", "S:sv:2147483648:done"),
        (ERZ, "text", "/zeige #999999999999"),
        (ERZ, "text", "/status 2147483648 erledigt"),
        (ADMIN, "text", "/zeige ZH-2026-999999999999"),
    ]
    for n, (chat, kind, body) in enumerate(big, start=1):
        make = callback_update if kind == "cb" else text_update
        outcome = drive(dialog, make(n, int(chat), body))
        assert outcome.failure is None and outcome.replies, body
    assert decode("ok:2147483647") is not None and decode("ok:2147483648") is None
    assert decode_staff("S:show:2147483647") is not None
    assert decode_staff("S:show:2147483648") is None
    assert parse.reference("#2147483648") is None


def test_a_digest_of_year_one_is_refused(dialog: Dialog, engine: Engine) -> None:
    """'/digest 0001-01-01' raised OverflowError (the digest looks weeks back)."""
    register(engine)
    outcome = drive(dialog, text_update(1, int(ERZ), "/digest 0001-01-01"))
    assert outcome.failure is None
    assert [r.text for r in outcome.replies] == ["Eine Zusammenfassung gibt es ab dem 01.01.2000."]


def test_team_refuses_a_name_or_chat_id_longer_than_the_store_keeps(
    dialog: Dialog, engine: Engine
) -> None:
    """'/team neu 905 erz staff <200 characters>' (or a chat id of 70 digits)
    made PostgreSQL refuse the row (StringDataRightTruncation, a DialogFailure)."""
    register(engine)
    long_name = f"/team neu 905 erz staff {'N' * 200}"
    long_id = f"/team neu {'9' * 70} erz staff"
    for n, body in enumerate([long_name, long_id, "/team neu 905 erz staff Nora"], start=1):
        outcome = drive(dialog, text_update(n, int(ADMIN), body))
        assert outcome.failure is None and outcome.replies, body
    with session_scope(engine) as s:
        added = s.exec(select(StaffMember).where(StaffMember.chat_id == "905")).all()
        assert [m.name for m in added] == ["Nora"]
        assert s.exec(select(StaffMember).where(StaffMember.chat_id == "9" * 70)).first() is None
