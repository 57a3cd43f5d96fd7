"""The staff desk: offices are told, staff correct, answer and close concerns,
residents hear about it, every change is audited and can be undone."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.staff.codec import StaffAction, encode
from store.db import session_scope
from store.models import Alerts, EventKind, Role, Status
from store.staff import add_staff, find_staff, set_alerts
from tests.chat import Chat
from tests.staff_helpers import (
    ADMIN,
    COORD,
    ERZ,
    GSZ,
    OTHER_COORD,
    RESIDENT,
    concern,
    events,
    file_concern,
    outbox,
    register,
)


def test_a_forwarded_concern_reaches_its_office_with_card_and_buttons(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    [alert] = outbox(engine, ERZ, "alert")
    assert c.reference and c.reference in (alert.text or "")
    assert "Helvetiaplatz" in (alert.text or "") and "Kreis 4" in (alert.text or "")
    assert "Entsorgung + Recycling Zürich" in (alert.text or "")
    assert "%" in (alert.text or "")  # the classifier's confidence
    assert [label for label, _ in alert.buttons[0]] == ["Übernehmen", "Nicht zuständig", "Status"]
    # Nobody else is told of an ordinary concern of another office.
    for other in (GSZ, COORD, OTHER_COORD, ADMIN):
        assert outbox(engine, other, "alert") == []


def test_urgent_concerns_also_reach_the_kreis_coordinators_marked(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    with session_scope(engine) as s:
        member = find_staff(s, channel="telegram", chat_id=ERZ)
        assert member is not None
        set_alerts(s, member, Alerts.URGENT)
    file_concern(dialog)  # not urgent: an urgent-only chat is not told
    assert outbox(engine, ERZ, "alert") == []
    Chat(dialog, "101").say("Es brennt im Hinterhof an der Langstrasse 120!")
    [alert] = outbox(engine, COORD, "alert")
    assert (alert.text or "").startswith("🔴 DRINGEND")
    assert outbox(engine, OTHER_COORD, "alert") == []


def test_a_chat_that_wants_no_alerts_gets_none(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    chat = Chat(dialog, ERZ)
    assert "keine" in chat.say("/alarme keine")[0].text
    file_concern(dialog)
    assert outbox(engine, ERZ, "alert") == []
    assert "alle" in chat.say("/alarme alle")[0].text


def test_reroute_is_audited_and_told_to_office_and_resident(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    reply = Chat(dialog, ERZ).say(f"/umleiten {c.reference} gsz Betrifft die Hecke")
    assert "Grün Stadt Zürich" in reply[0].text
    moved = concern(engine, c.id)
    assert moved.office == "gsz"
    event = events(engine, c.id)[-1]
    assert event.kind == EventKind.STAFF and event.actor and event.actor.startswith("staff:")
    assert event.before["office"] == "erz" and event.after["office"] == "gsz"
    assert event.note == "Betrifft die Hecke"
    [notice] = outbox(engine, RESIDENT, "notice")
    assert c.reference and c.reference in (notice.text or "")
    assert "Grün Stadt Zürich" in (notice.text or "") and "Betrifft die Hecke" in (
        notice.text or ""
    )
    [alert] = outbox(engine, GSZ, "alert")
    assert "von Entsorgung + Recycling Zürich" in (alert.text or "")


def test_residents_are_told_in_their_language(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog, "The bin at Helvetiaplatz is overflowing again", chat_id="105")
    Chat(dialog, ERZ).say(f"/status {c.reference} erledigt Geleert am Morgen")
    [notice] = outbox(engine, "105", "notice")
    assert "new status: done" in (notice.text or "")
    assert "Remark from the city: Geleert am Morgen" in (notice.text or "")


def test_status_note_and_answer(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    assert "in Bearbeitung" in staff.say(f"/status {c.reference} in_bearbeitung")[0].text
    assert concern(engine, c.id).status == Status.IN_PROGRESS
    staff.say(f"/notiz {c.reference} Team Süd fährt am Freitag vorbei")
    staff.say(f"/antwort {c.reference} Danke, wir leeren ihn heute noch.")
    notices = [m.text or "" for m in outbox(engine, RESIDENT, "notice")]
    assert len(notices) == 2
    assert "in Bearbeitung" in notices[0]
    assert "Danke, wir leeren ihn heute noch." in notices[1]
    assert not any("Team Süd" in n for n in notices)  # the note stays internal
    history = staff.say(f"/zeige {c.reference}")[0].text
    assert "Notiz: Team Süd fährt am Freitag vorbei" in history
    assert "Antwort an die Person: Danke" in history
    assert "weitergeleitet → in Bearbeitung" in history


def test_wrong_status_word_and_usage(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    assert "kenne ich nicht" in staff.say(f"/status {c.reference} kaputtgemacht")[0].text
    assert "So geht es" in staff.say("/status")[0].text
    assert "So geht es" in staff.say(f"/antwort {c.reference}")[0].text
    assert "1 bis 12" in staff.say(f"/kreis {c.reference} 13")[0].text
    assert "kenne ich nicht" in staff.say(f"/umleiten {c.reference} niemand")[0].text
    assert concern(engine, c.id).status == Status.FORWARDED


def test_topic_correction_moves_the_concern_to_that_topics_office(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    text = Chat(dialog, ERZ).say(f"/thema {c.reference} gruen")[0].text
    assert "Grün" in text
    after = concern(engine, c.id)
    assert (after.topic, after.office) == ("gruen", "gsz")
    card = Chat(dialog, GSZ).say(f"/zeige {c.reference}")[0].text
    assert "von Mitarbeitenden gesetzt" in card


def test_kreis_correction_moves_a_coordination_concern_to_the_new_kreis(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog, "Wir möchten am Helvetiaplatz ein Quartierfest organisieren")
    assert concern(engine, c.id).office == "qk_kreise_3_4_5"
    Chat(dialog, COORD).say(f"/kreis {c.reference} 10")
    after = concern(engine, c.id)
    assert (after.kreis, after.office) == (10, "qk_waidberg")
    # A department keeps its concern when only the Kreis is corrected.
    d = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/kreis {d.reference} 5")
    assert (concern(engine, d.id).kreis, concern(engine, d.id).office) == (5, "erz")


def test_undo_takes_back_my_last_change_once_and_only_mine(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id="910", office="erz", role=Role.STAFF)
    staff.say(f"/status {c.reference} in Bearbeitung")
    staff.say(f"/umleiten {c.reference} gsz")
    moved = concern(engine, c.id)
    assert (moved.office, moved.status) == ("gsz", Status.FORWARDED)  # GSZ starts afresh
    assert "rückgängig" in staff.say("/rueckgaengig")[0].text.lower()
    back = concern(engine, c.id)
    assert (back.office, back.status) == ("erz", Status.IN_PROGRESS)  # the whole move undone
    undo = events(engine, c.id)[-1]
    assert undo.undoes is not None and undo.after["office"] == "erz"
    # Once: the status change before it stays (undo never walks back into older work).
    assert "keine Änderung" in staff.say("/rueckgaengig")[0].text
    assert concern(engine, c.id).status == Status.IN_PROGRESS
    # ERZ's other chats read that it came back (not that GSZ passed it on); the
    # chat that did it is not sent its own move.
    assert "zurück bei Entsorgung" in (outbox(engine, "910", "alert")[-1].text or "")
    assert not any("zurück" in (m.text or "") for m in outbox(engine, ERZ, "alert"))
    # Someone else changed it since: my change is not undone.
    staff.say(f"/status {c.reference} fertig")
    Chat(dialog, ADMIN).say(f"/status {c.reference} abgelehnt Nicht Sache der Stadt")
    assert "jemand anderem" in staff.say("/rueckgaengig")[0].text
    assert concern(engine, c.id).status == Status.REJECTED


def test_take_over_button_twice(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    data = encode(StaffAction.TAKE, c.id or 0)
    first = staff._send(staff._incoming("callback", data=data))
    again = staff._send(staff._incoming("callback", data=data))
    assert "übernommen" in first[0].text and "übernommen" in again[0].text
    after = concern(engine, c.id)
    assert after.status == Status.IN_PROGRESS and after.assignee_id is not None
    assert [e.kind for e in events(engine, c.id)].count(EventKind.ASSIGN) == 1
    assert len(outbox(engine, RESIDENT, "notice")) == 1
    other = Chat(dialog, ADMIN)
    assert "schon" in other._send(other._incoming("callback", data=data))[0].text


def test_not_ours_offers_next_best_offices_then_all(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.buttons = []
    staff._send(staff._incoming("callback", data=encode(StaffAction.NOT_OURS, c.id or 0)))
    labels = [b.label for b in staff.buttons]
    assert "Entsorgung + Recycling Zürich" not in labels  # not the current office
    assert "Quartierkoordination Kreise 3, 4, 5" in labels  # triage by the Kreis
    assert labels[-2:] == ["Alle Stellen …", "Abbrechen"] and len(labels) == 6
    staff.press("Alle Stellen …")
    assert len(staff.buttons) == len(dialog.routing.offices) - 1 + 1  # all others + cancel
    reply = staff.press("Grün Stadt Zürich")
    assert reply[0].edit and "Grün Stadt Zürich" in reply[0].text
    assert concern(engine, c.id).office == "gsz"
    # The same button again: nothing changes twice.
    again = staff._send(
        staff._incoming("callback", data=encode(StaffAction.MOVE, c.id or 0, "gsz"))
    )
    assert "Schon erledigt" in again[0].text
    assert [e.kind for e in events(engine, c.id)].count(EventKind.STAFF) == 1


def test_status_buttons(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff._send(staff._incoming("callback", data=encode(StaffAction.STATUS_MENU, c.id or 0)))
    assert "weitergeleitet" not in [b.label for b in staff.buttons]
    staff.press("erledigt")
    assert concern(engine, c.id).status == Status.DONE


def test_inbox_urgent_first_then_oldest_untouched_paged(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    first = file_concern(dialog)
    second = file_concern(dialog, "Abfallsäcke liegen seit Tagen an der Zweierstrasse 40", "102")
    Chat(dialog, "103").say("Es brennt ein Abfallcontainer an der Langstrasse 100!")
    admin = Chat(dialog, ADMIN)
    admin.say(f"/status {first.reference} in_bearbeitung")
    lines = admin.say("/eingang")[0].text.splitlines()
    assert lines[1].startswith("🔴")
    assert second.reference in lines[2] and first.reference in lines[3]
    assert [b.label for b in admin.buttons][:1] == [lines[1].split(" · ")[0][2:]]


def test_inbox_is_paged(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    for i in range(10):
        file_concern(dialog, f"Abfall liegt herum an der Langstrasse {i + 10}", str(200 + i))
    staff = Chat(dialog, ERZ)
    text = staff.say("/eingang")[0].text
    assert "1–8 von 10" in text
    reply = staff.press("Weiter »")
    assert reply[0].edit and "9–10 von 10" in reply[0].text
    assert "Weiter »" not in [b.label for b in staff.buttons]


def test_staff_help_lists_what_the_role_may_do(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    staff = Chat(dialog, ERZ).say("/hilfe")[0].text
    coord = Chat(dialog, COORD).say("/hilfe")[0].text
    admin = Chat(dialog, ADMIN).say("/hilfe")[0].text
    assert "/eingang" in staff and "/statistik" not in staff and "/team" not in staff
    assert "/statistik" in coord and "/team" not in coord
    assert "/statistik" in admin and "/team" in admin
    # The role by a readable name, never its code (trial 2026-12-06: "Rolle staff").
    assert "Rolle Sachbearbeitung" in staff and "staff)" not in staff
    assert "Rolle Koordination" in coord and "coordinator" not in coord
    assert "Rolle Administration" in admin and "admin)" not in admin


def test_deleted_resident_cannot_be_answered(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    resident.say("/loeschen")
    resident.press(resident.buttons[0].label)
    staff = Chat(dialog, ERZ)
    assert "Text auf Wunsch der Person gelöscht" in staff.say(f"/zeige {c.reference}")[0].text
    assert "niemanden" in staff.say(f"/antwort {c.reference} Hallo")[0].text
    assert outbox(engine, RESIDENT, "notice") == []


def test_deletion_and_retention_take_notes_answers_and_unsent_messages(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/notiz {c.reference} Frau M. hat angerufen")
    staff.say(f"/umleiten {c.reference} gsz Laut Anruf von Frau M.")
    assert outbox(engine, GSZ, "alert") and outbox(engine, RESIDENT, "notice")
    resident = Chat(dialog, RESIDENT)
    resident.say("/loeschen")
    resident.press(resident.buttons[0].label)
    assert all(e.note is None for e in events(engine, c.id))
    assert [e.kind for e in events(engine, c.id)][-2:] == [EventKind.NOTE, EventKind.STAFF]
    assert outbox(engine, GSZ, "alert") == [] and outbox(engine, RESIDENT) == []


def test_undo_only_within_the_hour(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/status {c.reference} erledigt")
    with session_scope(engine) as s:
        from store.models import RoutingEvent

        event = s.exec(
            __import__("sqlmodel")
            .select(RoutingEvent)
            .where(RoutingEvent.id == events(engine, c.id)[-1].id)
        ).one()
        event.at = event.at - timedelta(hours=2)
        s.add(event)
    assert "keine Änderung" in staff.say("/rueckgaengig")[0].text
    assert concern(engine, c.id).status == Status.DONE


def test_what_staff_type_references_offices_topics_and_status_words(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    n = c.id
    for ref in (f"zh-2026-{n}", f"ZH 2026 {n:06d}", f"#{n}", str(n), c.reference):
        assert "Helvetiaplatz" in staff.say(f"/zeige {ref}")[0].text, ref
    assert "Kein Anliegen" in staff.say(f"/zeige ZH-2025-{n:06d}")[0].text  # wrong year
    reply = staff.say(f"/status {n}")  # no status: the choice as buttons
    assert "in Bearbeitung" in [b.label for row in reply[0].buttons for b in row]
    staff.say(f"/thema {n} Grünflächen Das betrifft die Hecke")
    after = concern(engine, n)
    assert (after.topic, after.office) == ("gruen", "gsz")
    assert events(engine, n)[-1].note == "Das betrifft die Hecke"
    admin = Chat(dialog, ADMIN)
    admin.say(f"/umleiten {n} Entsorgung + Recycling Zürich zurück, ist Abfall")
    assert concern(engine, n).office == "erz"
    assert events(engine, n)[-1].note == "zurück, ist Abfall"
    unknown = staff.say(f"/umleiten {n} Bäckerei")[0].text
    assert "gsz: Grün Stadt Zürich" in unknown
    staff.say(f"/kreis {n} Kreis 5")
    assert concern(engine, n).kreis == 5


def test_a_staff_chats_own_words_file_nothing(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    staff = Chat(dialog, ERZ)
    reply = staff.say("Hallo, wie sehe ich die offenen Fälle?")
    assert "/eingang" in reply[0].text and "Entsorgung + Recycling Zürich" in reply[0].text
    assert "/eingang" in staff.say("/start")[0].text
    with session_scope(engine) as s:
        from store.models import Concern

        assert list(s.exec(__import__("sqlmodel").select(Concern))) == []
    # An emergency is still an emergency.
    alarm = staff.say("Es brennt im Treppenhaus an der Langstrasse 12!")
    assert "118" in alarm[0].text


def test_an_admin_cannot_remove_themself(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    admin = Chat(dialog, ADMIN)
    assert "selbst" in admin.say(f"/team weg {ADMIN}")[0].text
    assert f"{ADMIN} · " in admin.say("/team")[0].text


def test_digest_of_a_future_day_is_refused(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    text = Chat(dialog, ERZ).say("/digest 2999-01-01")[0].text
    assert "erst an jenem Morgen" in text and "/digest heute" in text
