"""New-user trial k, findings 10, 11 and 13 (staff): two members of an office on
one concern, a correcting command after a move away, a closed concern moved, a
coordination office's member with the staff role, the language of a /status
remark, and the card's topic and history after an undo or a deletion."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts.staff import st
from store.db import session_scope
from store.models import Role
from store.staff import add_staff
from tests.chat import Chat
from tests.staff_helpers import ERZ, GSZ, RESIDENT, concern, file_concern, outbox, register

ANNA = "910"  # a second ERZ member; ERZ (900) is her colleague Beat
GSZ_NAME = "Grün Stadt Zürich"
TOPIC_GSZ = "Grünflächen, Bäume und Spielplätze"


def _anna(engine: Engine) -> None:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=ANNA, office="erz", role=Role.STAFF, name="Anna")


def _texts(engine: Engine, chat_id: str) -> list[str]:
    return [m.text or "" for m in outbox(engine, chat_id)]


def test_a_member_hears_when_a_colleague_moves_her_concern_away(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    _anna(engine)
    c = file_concern(dialog)
    anna, beat = Chat(dialog, ANNA), Chat(dialog, ERZ)
    anna.say(f"/status {c.id} in_bearbeitung")
    beat.say(f"/thema {c.id} gruen")
    assert concern(engine, c.id).office == "gsz"
    beat_name = "erz #1"  # Beat has no display name: office and id
    said = st("left_office", reference=c.reference, topic=TOPIC_GSZ, office=GSZ_NAME, who=beat_name)
    assert _texts(engine, ANNA)[-1] == said
    assert said not in _texts(engine, ERZ)  # who did it knows
    # Her answer is not sent, and the reply says so and where the concern is.
    anna.say(f"/antwort {c.id} Wir holen es morgen ab")
    assert anna.text == (
        f"Nicht gesendet: {c.reference} ist jetzt bei {GSZ_NAME}, nicht mehr bei Ihrer Stelle."
    )


def test_her_undo_after_the_move_is_not_called_a_conflict(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    _anna(engine)
    c = file_concern(dialog)
    anna = Chat(dialog, ANNA)
    anna.say(f"/status {c.id} in_bearbeitung")
    Chat(dialog, ERZ).say(f"/thema {c.id} gruen")  # resets "in Bearbeitung" with the move
    anna.say("/rueckgaengig")
    assert anna.text.startswith(st("undo_moot", reference=c.reference))
    assert "jemand anderem" not in anna.text
    assert "Seither geändert von erz #1" in anna.text and GSZ_NAME in anna.text
    assert concern(engine, c.id).office == "gsz"
    assert concern(engine, c.id).status == "forwarded"


def test_a_status_changed_by_a_colleague_still_stops_the_undo(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    _anna(engine)
    c = file_concern(dialog)
    anna = Chat(dialog, ANNA)
    anna.say(f"/status {c.id} in_bearbeitung")
    Chat(dialog, ERZ).say(f"/status {c.id} erledigt")
    anna.say("/rueckgaengig")
    assert anna.text.startswith(st("undo_conflict", reference=c.reference))
    assert "Status in Bearbeitung → erledigt" in anna.text
    assert concern(engine, c.id).status == "done"


def test_the_colleague_who_hears_of_the_undo_heard_of_the_move(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    _anna(engine)
    c = file_concern(dialog)
    beat = Chat(dialog, ERZ)
    beat.say(f"/umleiten {c.id} gsz")
    beat.say("/rueckgaengig")
    anna = _texts(engine, ANNA)
    away = next(i for i, t in enumerate(anna) if t.startswith(f"{c.reference} (Abfall"))
    back = next(i for i, t in enumerate(anna) if "Umleitung rückgängig gemacht" in t)
    assert away < back
    # GSZ, sent the card of the move, hears that it went back.
    assert any(
        t.startswith(f"{c.reference} (") and "ist wieder bei Entsorgung" in t
        for t in _texts(engine, GSZ)
    )


def test_a_correcting_command_after_a_move_away_says_it_did_nothing(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/thema {c.id} Grün")
    for command in (f"/thema {c.id} Abfall und Sauberkeit", f"/thema {c.id} 99"):
        staff.say(command)
        assert staff.text.startswith(f"Nicht geändert: {c.reference} ist jetzt bei {GSZ_NAME}")
        assert "/rueckgaengig" in staff.text
    assert concern(engine, c.id).topic == "gruen"
    staff.say(f"/notiz {c.id} Frau M. hat angerufen")
    assert staff.text.startswith("Nicht gespeichert: ")


def test_moving_a_closed_concern_warns(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/status {c.id} erledigt")
    staff.say(f"/thema {c.id} Grün")
    warning = st("moved_closed_warn", reference=c.reference, status="erledigt", office=GSZ_NAME)
    assert staff.text.endswith("\n" + warning)
    open_one = file_concern(dialog, "Der Abfallkübel am Idaplatz ist übervoll")
    staff.say(f"/thema {open_one.id} Grün")
    assert "⚠️" not in staff.text


def test_a_coordination_office_member_with_the_staff_role_is_told_why(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id="912", office="qk_kreise_3_4_5", role=Role.STAFF)
    c = file_concern(dialog)  # Kreis 4, at ERZ: the coordinator sees it, a staff member not
    coordinator = Chat(dialog, "902")
    coordinator.say(f"/zeige {c.id}")
    assert coordinator.text.startswith(f"{c.reference} ·")
    dario = Chat(dialog, "912")
    dario.say(f"/zeige {c.id}")
    assert dario.text.startswith(f"Kein Anliegen {c.id}, das Sie sehen können. Mit der Rolle")
    assert "«coordinator»" in dario.text
    # A department's member gets the plain answer (nothing about roles).
    gsz = Chat(dialog, GSZ)
    gsz.say(f"/zeige {c.id}")
    assert gsz.text == f"Kein Anliegen {c.id}, das Sie sehen können."


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("La poubelle au Helvetiaplatz déborde depuis hier", "Französisch"),
        ("Il cestino in Piazza Ida è pieno da tre giorni", "Italienisch"),
        ("Der Abfallkübel am Helvetiaplatz ist übervoll", None),
    ],
)
def test_a_status_remark_names_the_residents_language(
    dialog: Dialog, engine: Engine, text: str, hint: str | None
) -> None:
    register(engine)
    c = file_concern(dialog, text)
    staff = Chat(dialog, ERZ)
    staff.say(f"/status {c.id} in_bearbeitung Reparatur geplant für Mittwoch")
    line = st("remark_language", language=hint)
    assert (line in staff.text) is (hint is not None)
    assert "Sprache:" in staff.text if hint else "Sprache:" not in staff.text
    staff.say(f"/status {c.id} erledigt")  # no remark: nothing to say about its language
    assert "Sprache:" not in staff.text


def test_the_card_after_an_undone_topic_shows_the_classifiers_topic(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/thema {c.id} Grün")
    staff.say("/rueckgaengig")
    staff.say(f"/zeige {c.id}")
    assert "Thema: Abfall und Sauberkeit (" in staff.text
    assert "(von Mitarbeitenden gesetzt)" not in staff.text
    staff.say(f"/thema {c.id} Grün")  # corrected again, and kept
    gsz = Chat(dialog, GSZ)
    gsz.say(f"/zeige {c.id}")
    assert f"Thema: {TOPIC_GSZ} (von Mitarbeitenden gesetzt)" in gsz.text


def test_the_history_after_a_deletion_says_deleted(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/notiz {c.id} Frau M. hat angerufen")
    staff.say(f"/antwort {c.id} Wir leeren ihn heute.")
    resident = Chat(dialog, RESIDENT)
    resident.say("/loeschen")
    resident.press(resident.buttons[0].label)
    staff.say(f"/zeige {c.id}")
    assert "Notiz: (gelöscht)" in staff.text
    assert "Antwort an die Person: (gelöscht)" in staff.text
    assert not any(line.endswith(": ") for line in staff.text.splitlines())
