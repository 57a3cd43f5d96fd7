"""More about the concern forwarded a moment ago (bot/dialog/addition.py): "Das
isch e Seich, de Kübel isch jedi Wuche voll!!" right after the bin went to ERZ
was filed as a second concern and asked for its place (the lead's try,
2026-12-06). Now the resident is asked whether it belongs to that concern."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.db import session_scope
from store.models import Concern, EventKind, Status, utcnow
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, events, file_concern, outbox, register

MORE = "Das isch e Seich, de Kübel isch jedi Wuche voll!!"


def test_more_about_the_bin_is_added_to_it_and_reaches_the_office(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    bin_ = file_concern(dialog)
    before = len(outbox(engine, ERZ, "alert"))
    resident = Chat(dialog, RESIDENT)
    resident.say(MORE)
    assert resident.text == t("de", "addition_ask", reference=bin_.reference)
    resident.press(t("de", "btn_addition_yes"))
    assert bin_.reference in resident.text and "weitergegeben" in resident.text
    [added] = [e for e in events(engine, bin_.id) if e.kind == EventKind.ADDITION]
    assert added.note == MORE and added.actor == "resident"
    [alert] = outbox(engine, ERZ, "alert")[before:]
    assert f"Ergänzung der meldenden Person zu {bin_.reference}" in (alert.text or "")
    assert len(concerns(engine)) == 1  # no second concern
    shown = Chat(dialog, ERZ).say(f"/zeige {bin_.reference}")[0].text
    assert f"Ergänzung: {MORE}" in shown


def test_no_makes_it_a_new_concern(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say(MORE)
    resident.press(t("de", "btn_reply_no"))
    assert len(concerns(engine)) == 2
    assert any(c.status == Status.DRAFT and c.text == MORE for c in concerns(engine))


def test_the_same_at_another_place_is_a_concern_of_its_own(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say("Am Albisriederplatz sind d Kübel au voll")
    assert "Gehört das zu" not in resident.text
    assert len(concerns(engine)) == 2


def test_another_topic_is_not_asked_about(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say("Die Strassenlampe ist auch kaputt")
    assert "Gehört das zu" not in resident.text


def test_half_an_hour_later_it_is_not_asked_about(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    bin_ = file_concern(dialog)
    with session_scope(engine) as s:
        row = s.get(Concern, bin_.id)
        assert row is not None
        row.forwarded_at = utcnow() - timedelta(minutes=31)
        s.add(row)
    resident = Chat(dialog, RESIDENT)
    resident.say(MORE)
    assert "Gehört das zu" not in resident.text


def test_short_and_without_a_topic_of_its_own_is_asked_about(
    dialog: Dialog, engine: Engine
) -> None:
    # Trial g: "È pieno da tre giorni" after the bin, "It has been flickering for a
    # week" after the lamp were filed as new concerns (no confident topic).
    register(engine)
    bin_ = file_concern(dialog, "Il cestino in Piazza Ida è pieno")
    resident = Chat(dialog, RESIDENT)
    resident.say("È pieno da tre giorni")
    assert resident.text == t("it", "addition_ask", reference=bin_.reference)


def test_said_to_belong_to_it_is_asked_about_despite_auch(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    bin_ = file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say("Gehört noch dazu: es hat auch Ratten")
    assert resident.text == t("de", "addition_ask", reference=bin_.reference)


def test_one_more_thing_is_not_asked_about(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say("Und noch etwas")
    assert "Gehört das zu" not in resident.text
