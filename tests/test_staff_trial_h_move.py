"""New-user trial h, finding 9: a mistyped /thema moved ERZ's concern to EWZ at
once; ERZ's next command on it said "Kein Anliegen 1", and after /rueckgaengig
the resident had two notices ("ist jetzt bei EWZ", "ist jetzt bei ERZ").
Now ERZ is told where it went (and how to take it back), and the resident's
notice of a move waits a few minutes in the outbox (bot.staff.held): undone
meanwhile, the resident hears of neither. Finding 11: /zeige 1 2 showed one."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine, update
from sqlmodel import col

from bot.dialog import Dialog
from bot.staff import held
from store import outbox as store_outbox
from store.db import session_scope
from store.models import OutboxMessage, Role, RoutingEvent, utcnow
from store.outbox_sql import aware
from store.staff import add_staff
from tests.chat import Chat
from tests.staff_helpers import ERZ, RESIDENT, concern, file_concern, outbox, register

EWZ = "Elektrizitätswerk der Stadt Zürich"


def _claimable(engine: Engine, chat_id: str, *, later: timedelta = timedelta()) -> list[int]:
    """What the Telegram sender would claim for the chat now (or `later`)."""
    with session_scope(engine) as s:
        rows = store_outbox.claim_rows(
            s, channel="telegram", chat_id=chat_id, in_order=True, now=utcnow() + later
        )
        s.rollback()  # only looking
    return [r["id"] for r in rows]


def test_the_members_next_command_says_where_the_concern_went(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/thema {c.id} Beleuchtung")
    assert concern(engine, c.id).office == "ewz"
    staff.say(f"/thema {c.id} Abfall")
    assert staff.text == (  # and that nothing was changed (new-user trial k, finding 10)
        f"Nicht geändert: {c.reference} ist jetzt bei {EWZ}; mit /rueckgaengig nehmen Sie die "
        "Änderung zurück."
    )
    staff.say(f"/zeige {c.id}")
    assert staff.text.startswith(f"{c.reference} ist jetzt bei {EWZ}")
    staff.say("/rueckgaengig")
    assert concern(engine, c.id).office == "erz"
    staff.say(f"/zeige {c.id}")
    assert staff.text.startswith(f"{c.reference} · weitergeleitet")


def test_a_colleague_of_the_office_learns_where_without_the_undo(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id="910", office="erz", role=Role.STAFF)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/umleiten {c.id} gsz")
    colleague = Chat(dialog, "910")
    colleague.say(f"/status {c.id} erledigt")
    assert colleague.text == (
        f"Nicht geändert: {c.reference} ist jetzt bei Grün Stadt Zürich, nicht mehr bei Ihrer "
        "Stelle."
    )


def test_an_hour_later_or_for_another_office_it_is_not_found(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id="911", office="stapo", role=Role.STAFF)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/umleiten {c.id} gsz")
    stapo = Chat(dialog, "911")  # never had it: learns nothing
    stapo.say(f"/zeige {c.id}")
    assert stapo.text == f"Kein Anliegen {c.id}, das Sie sehen können."
    with session_scope(engine) as s:
        s.exec(  # type: ignore[call-overload]
            update(RoutingEvent)
            .where(col(RoutingEvent.concern_id) == c.id)
            .values(at=utcnow() - timedelta(hours=2))
        )
    staff.say(f"/zeige {c.id}")
    assert staff.text == f"Kein Anliegen {c.id}, das Sie sehen können."


def test_the_residents_notice_of_a_move_waits_a_few_minutes(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    Chat(dialog, ERZ).say(f"/thema {c.id} Beleuchtung")
    [notice] = outbox(engine, RESIDENT, "notice")
    assert notice.text == f"Ihr Anliegen {c.reference} ist jetzt bei: {EWZ}."
    wait = aware(notice.next_attempt_at) - aware(notice.created_at)
    assert timedelta(minutes=2) < wait <= held.HOLD
    assert notice.id not in _claimable(engine, RESIDENT)
    assert _claimable(engine, RESIDENT, later=held.HOLD + timedelta(seconds=1)) == [notice.id]


def test_a_move_undone_at_once_never_reaches_the_resident(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/thema {c.id} Beleuchtung")
    staff.say("/rueckgaengig")
    assert concern(engine, c.id).office == "erz"
    assert staff.text.endswith(
        "Die meldende Person hat davon nichts erfahren und erhält keine Nachricht."
    )
    assert outbox(engine, RESIDENT, "notice") == []


def test_an_undo_after_the_notice_went_out_is_announced(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/thema {c.id} Beleuchtung")
    [notice] = outbox(engine, RESIDENT, "notice")
    with session_scope(engine) as s:
        store_outbox.mark_sent(s, notice.id or 0)
    staff.say("/rueckgaengig")
    assert "nichts erfahren" not in staff.text
    texts = [m.text for m in outbox(engine, RESIDENT, "notice")]
    assert texts[-1] == f"Ihr Anliegen {c.reference} ist jetzt bei: Entsorgung + Recycling Zürich."


def test_a_held_notice_holds_none_of_the_residents_other_messages(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    c = file_concern(dialog)
    with session_scope(engine) as s:  # what went out before
        s.exec(  # type: ignore[call-overload]
            update(OutboxMessage)
            .where(col(OutboxMessage.chat_id) == RESIDENT)
            .values(status="sent")
        )
    Chat(dialog, ERZ).say(f"/umleiten {c.id} gsz")
    with session_scope(engine) as s:  # a reply to the resident, queued after it
        reply = store_outbox.enqueue(
            s, channel="telegram", chat_id=RESIDENT, kind="reply", text="Ihre Anliegen: …"
        ).id
    [held_notice] = outbox(engine, RESIDENT, "notice")
    assert (held_notice.id or 0) < (reply or 0)
    assert _claimable(engine, RESIDENT) == [reply]


def test_show_several_concerns_at_once(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    first = file_concern(dialog)
    second = file_concern(dialog, "Der Abfallkübel am Idaplatz ist voll", chat_id="101")
    staff = Chat(dialog, ERZ)
    replies = staff.say(f"/zeige {first.id} {second.id}")
    heads = [r.text.splitlines()[0] for r in replies]
    assert heads == [f"{first.reference} · weitergeleitet", f"{second.reference} · weitergeleitet"]
    replies = staff.say(f"/zeige {first.id}, 999")
    assert [r.text.splitlines()[0] for r in replies] == [
        f"{first.reference} · weitergeleitet",
        "Kein Anliegen 999, das Sie sehen können.",
    ]
