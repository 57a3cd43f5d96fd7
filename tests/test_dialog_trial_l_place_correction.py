"""New-user trial l (docs/qa/new-user-trial-2026-12-07-l.md), finding 2: a
place corrected right after forwarding ("Nein, es ist am Lochergut, nicht am
Hardplatz", as a Telegram reply "Actually it's at Lochergut, not Hardplatz")
became a new draft; the forwarded concern kept the wrong place and its office
never heard. Now the concern gets the place, its office the card again ("Ort
korrigiert durch die Person: …"), and one with a Kreis's coordination office
moves to the new Kreis's office (as staff's /kreis moves it). A new concern at
another place stays a new concern.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.db import session_scope
from store.models import Concern, EventKind, Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import COORD, ERZ, OTHER_COORD, RESIDENT, events, outbox, register
from tests.test_dialog_resident_reply import _telegram_reply

HARDPLATZ = "Hier ist alles voller Abfall am Hardplatz"  # Kreis 4, ERZ
CORRECTED = "Ort korrigiert durch die Person"


def _forwarded(dialog: Dialog, engine: Engine, text: str = HARDPLATZ, lang: str = "de") -> Chat:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    resident.press(t(lang, "btn_confirm"))
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.place_text == "Hardplatz"
    return resident


def _alerts(engine: Engine, chat_id: str) -> list[str]:
    return [m.text or "" for m in outbox(engine, chat_id, "alert")]


@pytest.mark.parametrize(
    ("correction", "place", "said"),
    [
        ("Nein, es ist am Lochergut, nicht am Hardplatz", "Lochergut", "korrigiert"),
        ("Sorry, ich meinte Hohlstrasse 12", "Hohlstrasse 12", "korrigiert"),
        ("Falsch, es ist beim Lochergut", "Lochergut", "korrigiert"),
        ("Nei, es isch bim Lochergut, nöd am Hardplatz", "Lochergut", "korrigiert"),
        ("No, it's at Lochergut, not Hardplatz", "Lochergut", "corrected"),
        ("Non, c'est au Lochergut, pas au Hardplatz", "Lochergut", "corrigé"),
        ("No, è al Lochergut, non all'Hardplatz", "Lochergut", "corretto"),
        ("Nein, nicht Hardplatz sondern Bucheggplatz", "Bucheggplatz", "korrigiert"),
        ("Sorry, meinte Idaplatz, nicht Hardplatz", "Idaplatz", "korrigiert"),  # no "ich"
    ],
)
def test_a_correction_right_after_forwarding_corrects_the_concern(
    dialog: Dialog, engine: Engine, correction: str, place: str, said: str
) -> None:
    resident = _forwarded(dialog, engine)
    before = len(_alerts(engine, ERZ))
    resident.say(correction)
    [c] = concerns(engine)  # no new draft
    assert c.status == Status.FORWARDED and c.place_text == place and c.office == "erz"
    assert said in resident.text and "ZH-2026-000001" in resident.text
    [alert] = _alerts(engine, ERZ)[before:]  # the office hears of it, with the place
    assert alert.startswith(f"{CORRECTED}: ") and place in alert and "Hardplatz" in alert
    change = events(engine, c.id)[-1]
    assert change.kind == EventKind.RESIDENT and change.actor == "resident"
    assert change.after["kreis"] == c.kreis and change.before["kreis"] == 4


def test_a_telegram_reply_to_the_thanks_corrects_that_concern(
    dialog: Dialog, engine: Engine
) -> None:
    resident = _forwarded(dialog, engine, "Look at this mess at Hardplatz, nobody cleans it", "en")
    thanks = resident.text
    assert "ZH-2026-000001" in thanks
    with session_scope(engine) as s:  # long after forwarding: the reply points at it
        c = s.get(Concern, 1)
        assert c is not None and c.forwarded_at is not None
        c.forwarded_at = c.forwarded_at - timedelta(hours=5)
        s.add(c)
    before = len(_alerts(engine, ERZ))
    msg = _telegram_reply(RESIDENT, "Actually it's at Lochergut, not Hardplatz", thanks, 7001)
    resident.last = dialog.handle(msg)
    [c] = concerns(engine)
    assert c.place_text == "Lochergut" and c.office == "erz"
    assert "corrected the place of ZH-2026-000001" in resident.text
    [alert] = _alerts(engine, ERZ)[before:]
    assert alert.startswith(CORRECTED)


def test_a_line_naming_the_reference_corrects_it(dialog: Dialog, engine: Engine) -> None:
    resident = _forwarded(dialog, engine)
    resident.say("ZH-2026-000001 ist am Lochergut, nicht am Hardplatz")
    [c] = concerns(engine)
    assert c.place_text == "Lochergut" and "korrigiert" in resident.text


def test_a_coordination_office_concern_moves_to_the_new_kreis(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say("Wir möchten ein Quartierfest auf dem Hardplatz organisieren")
    resident.press(t("de", "btn_confirm"))
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.office == "qk_kreise_3_4_5"
    old, new = len(_alerts(engine, COORD)), len(_alerts(engine, OTHER_COORD))
    resident.say("Nein, es ist am Bucheggplatz, nicht am Hardplatz")
    [c] = concerns(engine)
    assert c.kreis == 6 and c.office == "qk_waidberg"
    assert "Quartierkoordination Waidberg zuständig" in resident.text
    [card] = _alerts(engine, OTHER_COORD)[new:]  # the new office: the card
    assert card.startswith(CORRECTED) and "weitergegeben" in card and "Bucheggplatz" in card
    [line] = _alerts(engine, COORD)[old:]  # the office that had it: where it went
    assert "ZH-2026-000001" in line and "Quartierkoordination Waidberg" in line


def test_a_department_keeps_the_concern_in_another_kreis(dialog: Dialog, engine: Engine) -> None:
    resident = _forwarded(dialog, engine)
    resident.say("Sorry, ich meinte Limmatplatz")
    [c] = concerns(engine)
    assert c.kreis == 5 and c.office == "erz" and "Ich habe es Entsorgung" in resident.text


@pytest.mark.parametrize(
    "text",
    [
        "Der Abfallkübel am Lochergut ist auch voll",
        "Nein, am Lochergut ist es auch so schlimm",
        "Der Kübel am Lochergut ist nicht geleert",
    ],
)
def test_a_new_concern_at_another_place_stays_new(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    resident = _forwarded(dialog, engine)
    before = len(_alerts(engine, ERZ))
    resident.say(text)
    first, second = concerns(engine)
    assert first.place_text == "Hardplatz" and second.status == Status.DRAFT
    assert _alerts(engine, ERZ)[before:] == []


def test_long_after_forwarding_a_line_is_no_correction(dialog: Dialog, engine: Engine) -> None:
    resident = _forwarded(dialog, engine)
    with session_scope(engine) as s:
        c = s.get(Concern, 1)
        assert c is not None
        c.forwarded_at = utcnow() - timedelta(hours=2)
        s.add(c)
    resident.say("Nein, es ist am Lochergut, nicht am Hardplatz")
    assert concerns(engine)[0].place_text == "Hardplatz"


def test_the_same_place_again_changes_nothing(dialog: Dialog, engine: Engine) -> None:
    resident = _forwarded(dialog, engine)
    before = len(_alerts(engine, ERZ))
    resident.say("Nein, es ist am Hardplatz")
    [c] = concerns(engine)
    assert c.place_text == "Hardplatz" and "bereits" in resident.text
    assert _alerts(engine, ERZ)[before:] == []


def test_a_reply_while_a_new_draft_waits_corrects_the_old_one(
    dialog: Dialog, engine: Engine
) -> None:
    resident = _forwarded(dialog, engine)
    thanks = resident.text
    resident.say("Die Strassenlampe an der Josefstrasse 12 flackert")
    msg = _telegram_reply(RESIDENT, "Nein, es ist am Lochergut, nicht am Hardplatz", thanks, 7002)
    resident.last = dialog.handle(msg)
    first, second = concerns(engine)
    assert first.place_text == "Lochergut" and second.status == Status.DRAFT
    assert "ZH-2026-000001" in resident.text and "Stimmt das?" in resident.text  # asked again
