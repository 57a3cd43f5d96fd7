"""QA trial g, finding 2 and 14: a concern picked by typing at "Welches Anliegen
soll ich zurückziehen?" is asked about first ("Soll ich Ihr Anliegen ZH-…
(topic, place) zurückziehen?"); "meine erste Meldung" is the list's first line
(new-user trial m, § 11; it was the oldest); "Ich ziehe
ZH-… zurück" withdraws after the same question. The buttons withdraw at once."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.dialog import Dialog
from bot.texts import t
from store.db import session_scope
from store.models import Concern, Status
from tests.chat import Chat
from tests.staff_helpers import RESIDENT, file_concern, register

LAMP = "Die Strassenlampe an der Josefstrasse 12 ist kaputt"


def _statuses(engine: Engine) -> list[Status]:
    with session_scope(engine) as s:
        return [c.status for c in s.exec(select(Concern).order_by(col(Concern.id)))]


def _listed(dialog: Dialog, engine: Engine) -> tuple[Chat, str, str]:
    register(engine)
    kuebel = str(file_concern(dialog).reference)  # ZH-…1, reported first
    lamp = str(file_concern(dialog, LAMP).reference)  # ZH-…2, first in the list
    resident = Chat(dialog, RESIDENT)
    resident.say("Ich möchte meine Meldung zurückziehen")
    assert t("de", "withdraw_ask_which") in resident.text
    return resident, kuebel, lamp


@pytest.mark.parametrize(
    ("said", "which"),
    [
        # The line as shown, newest first (trial m, § 11; was: by age)
        ("meine erste Meldung", 1),
        ("die zweite", 0),
        ("Nr. 1", 1),  # the line's number (a reference beyond the list's length)
        ("Nr. 2", 0),  # the second line, though the lamp is ZH-…2
        ("2", 0),  # the button's number typed: list item 2
        ("ZH-2026-000002", 1),
    ],
)
def test_a_typed_pick_is_asked_about_first(
    dialog: Dialog, engine: Engine, said: str, which: int
) -> None:
    resident, kuebel, lamp = _listed(dialog, engine)
    reference = [kuebel, lamp][which]
    resident.say(said)
    assert f"Soll ich Ihr Anliegen {reference} (" in resident.text
    assert _statuses(engine) == [Status.FORWARDED, Status.FORWARDED]  # nothing yet
    resident.say("nein")
    assert _statuses(engine) == [Status.FORWARDED, Status.FORWARDED]


def test_yes_after_the_question_withdraws_the_one_shown(dialog: Dialog, engine: Engine) -> None:
    resident, kuebel, _ = _listed(dialog, engine)
    resident.say("die zweite")  # the second line (trial m, § 11)
    assert f"{kuebel} (Abfall und Sauberkeit, Helvetiaplatz)" in resident.text
    resident.press("Ja, zurückziehen")
    assert _statuses(engine) == [Status.WITHDRAWN, Status.FORWARDED]


def test_a_button_of_the_list_withdraws_at_once(dialog: Dialog, engine: Engine) -> None:
    resident, _, lamp = _listed(dialog, engine)
    resident.press(f"{lamp} · Beleuchtung · Josefstrasse 12")
    assert resident.text == t("de", "withdrawn", reference=lamp)
    assert _statuses(engine) == [Status.FORWARDED, Status.WITHDRAWN]


def test_the_separable_verb_with_a_reference_withdraws_after_asking(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say(f"Ich ziehe {c.reference} zurück")
    assert f"Soll ich Ihr Anliegen {c.reference} (" in resident.text
    assert _statuses(engine) == [Status.FORWARDED]
    resident.say("ja")
    assert _statuses(engine) == [Status.WITHDRAWN]


def test_the_separable_verb_without_a_reference_shows_the_list(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    file_concern(dialog)
    file_concern(dialog, LAMP)
    resident = Chat(dialog, RESIDENT)
    resident.say("Ich ziehe meine Meldung zurück")
    assert t("de", "withdraw_ask_which") in resident.text
    assert _statuses(engine) == [Status.FORWARDED, Status.FORWARDED]
