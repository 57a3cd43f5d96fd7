"""A phone number typed as a message of its own goes where a shared contact goes
(bot/dialog/typed_number.py): trial l, §3 leftover. "079 000 00 00" at the
confirmation card was "Können Sie das etwas genauer beschreiben?", "Meine
Nummer: 044 123 45 67" a new concern, "0041 79 …" at "Wo ist das genau?" the
place, and the number was not on the concern."""

from __future__ import annotations

import logging
import re

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.typed_number import number_in
from bot.texts import t
from store.models import EventKind, Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, events, file_concern, outbox, register

IDAPLATZ = "Der Abfallkübel am Idaplatz ist voll"
LAMP = "Die Strassenlampe flackert seit Tagen"


@pytest.mark.parametrize(
    "text",
    [
        "079 000 00 00",
        "Meine Nummer: 044 123 45 67",
        "+41 79 123 45 67",
        "0041 79 123 45 67",
        "+41 (0)79 123 45 67",
        "0791234567",
        "Tel. 044 123 45 67",
        "Meine Nummer ist 044 123 45 67, danke",
        "Mini Nummere isch 079 123 45 67",
        "my number is 079 123 45 67",
        "mon numéro: 079 123 45 67",
        "il mio numero è 079 123 45 67",
    ],
)
def test_a_phone_number(text: str) -> None:
    assert number_in(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "12",
        "Nr. 12",
        "Meine Nummer ist 12",
        "ZH-2026-000012",
        "000012",
        "01.12.2026",
        "Hohlstrasse 120",
        "Der Kübel 079 123 45 67 ist voll",
    ],
)
def test_no_phone_number(text: str) -> None:
    assert number_in(text) is None


@pytest.mark.parametrize(
    "typed", ["079 000 00 00", "Meine Nummer: 044 123 45 67", "+41 79 123 45 67"]
)
def test_a_number_typed_at_the_confirmation_joins_the_draft(dialog: Dialog, typed: str) -> None:
    resident = Chat(dialog)
    resident.say(IDAPLATZ)
    reference = concerns(dialog.engine)[0].reference
    replies = resident.say(typed)
    assert replies[0].text == t("de", "contact_added", reference=reference)
    assert "Stimmt das?" in replies[-1].text and "genauer" not in resident.text
    resident.press("Ja, weiterleiten")
    [concern] = concerns(dialog.engine)
    assert concern.text == f"{IDAPLATZ}\n{typed}" and concern.status == Status.FORWARDED


def test_a_number_typed_at_the_place_question_is_kept_and_the_place_still_read(
    dialog: Dialog,
) -> None:
    resident = Chat(dialog)
    resident.say(LAMP)
    replies = resident.say("0041 79 123 45 67")
    assert "Telefonnummer" in replies[0].text and "Wo ist das" in replies[-1].text
    resident.say("Idaplatz")
    assert "Idaplatz" in resident.text and "Stimmt das?" in resident.text
    resident.press("Ja, weiterleiten")
    [concern] = concerns(dialog.engine)
    assert concern.text == f"{LAMP}\n0041 79 123 45 67" and concern.kreis == 3


def test_a_number_typed_at_the_topic_choice_joins_the_draft(dialog: Dialog) -> None:
    resident = Chat(dialog)
    resident.photo("photo-1", "Das isch bim Bucheggplatz")
    assert "Was passt am besten?" in resident.text
    replies = resident.say("Tel. 044 123 45 67")
    assert "Telefonnummer" in replies[0].text and "Was passt am besten?" in replies[-1].text
    [concern] = concerns(dialog.engine)
    assert concern.text is not None and concern.text.endswith("\nTel. 044 123 45 67")


def test_typed_in_english_is_answered_in_english(dialog: Dialog) -> None:
    resident = Chat(dialog)
    resident.say("The bin at Idaplatz is overflowing")
    replies = resident.say("my number is 079 123 45 67")
    assert replies[0].text.startswith("Thank you, I will pass on your phone number")


def test_a_number_typed_after_forwarding_reaches_the_office(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    bin_ = file_concern(dialog)
    before = len(outbox(engine, ERZ, "alert"))
    Chat(dialog, RESIDENT).say("079 123 45 67")
    [added] = [e for e in events(engine, bin_.id) if e.kind == EventKind.ADDITION]
    assert added.note == "079 123 45 67" and added.actor == "resident"
    [alert] = outbox(engine, ERZ, "alert")[before:]
    assert "079 123 45 67" in (alert.text or "") and bin_.reference in (alert.text or "")
    assert len(concerns(engine)) == 1  # no second concern


def test_a_house_number_at_the_confirmation_is_still_a_house_number(dialog: Dialog) -> None:
    resident = Chat(dialog)
    resident.say(IDAPLATZ)
    resident.say("Nr. 12")
    assert "Zu welcher Strasse gehört die Nummer?" in resident.text
    assert "Telefonnummer" not in resident.text
    [concern] = concerns(dialog.engine)
    assert concern.text == IDAPLATZ


def test_the_number_is_not_logged(dialog: Dialog, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    resident = Chat(dialog)
    resident.say(IDAPLATZ)
    resident.say("079 000 00 00")
    resident.press("Ja, weiterleiten")
    # As a word: a debug line's memory address ("0x7f…079…") may hold the digits.
    assert re.search(r"\b079\b", caplog.text) is None and "000 00 00" not in caplog.text
