"""Routing events keep the place they were made on ("Hardplatz", then
"Lochergut" after the resident's correction), staff read it in the history
(/zeige), and deletion and retention erase it with the concern's place text."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.dialog import Dialog
from bot.texts import t
from store import repository as repo
from store.db import session_scope
from store.models import EventKind, Resident, RoutingEvent, utcnow
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, events, register


def test_each_routing_keeps_its_place_and_staff_see_it(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say("Der Abfalleimer am Hardplatz ist übervoll")
    resident.press(t("de", "btn_confirm"))
    resident.say("Nein, es ist am Lochergut, nicht am Hardplatz")
    [c] = concerns(engine)
    routed = [e for e in events(engine, c.id) if e.kind != EventKind.STATUS]
    assert [e.place_text for e in routed] == ["Hardplatz", "Lochergut"]
    staff = Chat(dialog, ERZ)
    staff.say(f"/zeige {c.reference}")
    assert "Ort: Hardplatz" in staff.text and "Ort: Lochergut" in staff.text


def _routed(s: Session, chat_id: str) -> tuple[Resident, int]:
    """A concern routed by the classifier at Idaplatz, then corrected to Lochergut."""
    resident = repo.get_or_create_resident(s, channel="telegram", chat_id=chat_id, user_id=chat_id)
    concern = repo.create_concern(s, resident=resident, text="Kübel voll am Idaplatz")
    repo.apply_routing(s, concern=concern, kind=EventKind.CLASSIFIER, kreis=3, place="Idaplatz")
    repo.apply_routing(s, concern=concern, kind=EventKind.RESIDENT, kreis=4, place_text="Lochergut")
    return resident, concern.id or 0


def _events(s: Session, concern_id: int) -> list[RoutingEvent]:
    query = select(RoutingEvent).where(RoutingEvent.concern_id == concern_id)
    return list(s.exec(query.order_by(col(RoutingEvent.id))))


def test_deletion_erases_the_place_of_the_events(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident, cid = _routed(s, "e1")
        assert [e.place_text for e in _events(s, cid)] == ["Idaplatz", "Lochergut"]
        repo.delete_personal_data(s, resident=resident)
    with session_scope(engine) as s:
        assert [e.place_text for e in _events(s, cid)] == [None, None]
        assert [e.after["kreis"] for e in _events(s, cid)] == [3, 4]  # the routing stays


def test_retention_erases_the_place_of_the_events(engine: Engine) -> None:
    with session_scope(engine) as s:
        _, cid = _routed(s, "e2")
        concern = repo.get_concern(s, cid)
        concern.created_at = utcnow() - timedelta(days=800)
        s.add(concern)
        assert repo.anonymise_older_than(s, cutoff=utcnow() - timedelta(days=730)) == 1
    with session_scope(engine) as s:
        assert [e.place_text for e in _events(s, cid)] == [None, None]
