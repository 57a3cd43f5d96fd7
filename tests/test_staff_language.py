"""Staff learn which language the resident writes (trial leftovers, item 5): a
remark or answer reaches an Italian, French or English resident as written
(German), framed in their language; the card and the /antwort confirmation
now say "Sprache: Italienisch", so staff can answer in it."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts.staff import st
from tests.chat import Chat
from tests.staff_helpers import ERZ, file_concern, outbox, register

ITALIAN = "Il cestino in Piazza Ida è pieno da tre giorni"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ITALIAN, "Italienisch"),
        ("La poubelle au Helvetiaplatz déborde depuis hier", "Französisch"),
        ("The bin at Helvetiaplatz is overflowing", "Englisch"),
    ],
)
def test_the_card_and_the_answer_name_the_language(
    dialog: Dialog, engine: Engine, text: str, language: str
) -> None:
    register(engine)
    c = file_concern(dialog, text)
    line = st("card_language", language=language)
    assert line in (outbox(engine, ERZ, "alert")[-1].text or "")  # the new concern's card
    staff = Chat(dialog, ERZ)
    assert line in staff.say(f"/zeige {c.reference}")[0].text
    staff.say(f"/antwort {c.reference} Wir leeren ihn heute.")
    assert staff.text == st("answer_sent_language", reference=c.reference, language=language)
    assert f"Sprache: {language}" in staff.text


def test_german_is_not_said(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    assert "Sprache:" not in staff.say(f"/zeige {c.reference}")[0].text
    staff.say(f"/antwort {c.reference} Wir leeren ihn heute.")
    assert staff.text == st("answer_sent", reference=c.reference)
