"""Write a demo plan into the store through the project's own functions, in
time order: residents' concerns as the dialog records them (draft, reference,
the classifier's routing, the place answer, forwarding) and staff's steps
through bot.staff.actions on a Desk whose actor is a registered demo staff
chat (or "cli" for an office without one), so the audit trail is real."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlmodel import Session

from bot.staff import actions
from demo.clock import clock
from demo.life import Step
from demo.plan import Planned
from nlp.routing import RoutingTable
from store import outbox
from store import repository as repo
from store.models import Concern, EventKind, Resident, StaffMember, Status

CHANNEL = "demo"  # no sender sends on it; demo residents have no chat at all


@dataclass(slots=True)
class Written:
    concerns: list[Concern]
    steps: int


class Filler:
    def __init__(
        self, s: Session, routing: RoutingTable, staff: dict[str, StaffMember], admin: StaffMember
    ) -> None:
        self.s = s
        self.routing = routing
        self.staff = staff  # office -> its demo chat
        self.admin = admin
        self.residents: dict[int, Resident] = {}
        self.concerns: dict[int, Concern] = {}

    # -- residents' side ------------------------------------------------------

    def create(self, i: int, c: Planned) -> None:
        resident = self.residents.get(c.resident)
        if resident is None:
            resident = Resident(channel=CHANNEL, chat_id=None, language=c.language)
            resident.consent_at = c.created_at
            self.s.add(resident)
            self.s.flush()
            self.residents[c.resident] = resident
        else:
            resident.last_seen_at = c.created_at
            self.s.add(resident)
        concern = repo.create_concern(self.s, resident=resident, text=c.text)
        concern.urgent = c.urgent
        repo.assign_reference(self.s, concern=concern)
        kreis = None if c.answered_at else c.kreis
        repo.apply_routing(
            self.s,
            concern=concern,
            kind=EventKind.CLASSIFIER,
            topic=c.topic,
            confidence=c.confidence,
            kreis=kreis,
            quartier=None if c.answered_at else c.quartier,
            office=self.routing.route(c.topic, c.confidence, kreis).office,
            urgent=c.urgent,
            outside_city=False,
            lat=c.lat,
            lon=c.lon,
            place_text=None if c.answered_at else c.place_text,
        )
        self.concerns[i] = concern

    def answer_place(self, i: int, c: Planned) -> None:
        concern = self.concerns[i]
        repo.apply_routing(
            self.s,
            concern=concern,
            kind=EventKind.RESIDENT,
            actor="resident",
            place_text=c.place_text,
            kreis=c.kreis,
            quartier=c.quartier,
            office=self.routing.route(c.topic, c.confidence, c.kreis).office,
        )

    def forward(self, i: int, c: Planned) -> None:
        concern = self.concerns[i]
        concern.unconfirmed = c.unconfirmed
        actor = None if c.unconfirmed else "resident"
        repo.set_status(self.s, concern=concern, status=Status.FORWARDED, actor=actor)

    # -- staff's side ---------------------------------------------------------

    def desk(self, concern: Concern) -> actions.Desk:
        office = concern.office or self.routing.unknown_office
        member = self.staff.get(office)
        if member is None and office == self.routing.unknown_office:
            member = self.admin
        if member is None:
            return actions.Desk(self.s, self.routing, "cli")
        return actions.Desk(self.s, self.routing, actions.actor_of(member), member)

    def step(self, i: int, step: Step) -> None:
        concern = self.concerns[i]
        if step.kind == "withdraw":
            repo.set_status(self.s, concern=concern, status=Status.WITHDRAWN, actor="resident")
            return
        desk = self.desk(concern)
        if step.kind == "set_topic":
            assert step.arg is not None
            actions.set_topic(desk, concern, step.arg, step.remark)
        elif step.kind == "to_coordination":
            office = self.routing.coordination_office(concern.kreis)
            actions.reroute(desk, concern, office, step.remark)
        elif step.kind == "take":
            if desk.member is not None:
                actions.take(desk, concern)
            else:
                actions.set_status(desk, concern, Status.IN_PROGRESS)
        elif step.kind == "done":
            actions.set_status(desk, concern, Status.DONE, step.remark)
        elif step.kind == "reject":
            actions.set_status(desk, concern, Status.REJECTED, step.remark)
        elif step.kind == "note":
            actions.add_note(desk, concern, step.remark or "")
        else:  # pragma: no cover - the plan knows no other steps
            raise ValueError(step.kind)


def write(
    s: Session,
    routing: RoutingTable,
    plan: list[Planned],
    staff: dict[str, StaffMember],
    admin: StaffMember,
    now: datetime,
) -> Written:
    """Write `plan` in time order, back-dated; nothing is left in the outbox
    (cards for the demo staff chats of re-routed concerns are dropped)."""
    filler = Filler(s, routing, staff, admin)
    timeline: list[tuple[datetime, int, Callable[[], None]]] = []

    def add(at: datetime, fn: Callable[[], None]) -> None:
        timeline.append((at, len(timeline), fn))

    for i, c in enumerate(plan):
        add(c.created_at, partial(filler.create, i, c))
        if c.answered_at is not None:
            add(c.answered_at, partial(filler.answer_place, i, c))
        if c.forwarded_at is not None:
            add(c.forwarded_at, partial(filler.forward, i, c))
        for step in c.steps:
            add(step.at, partial(filler.step, i, step))
    timeline.sort(key=lambda item: (item[0], item[1]))
    with clock(s, now) as timer:
        for at, _, fn in timeline:
            timer.now = at
            fn()
        s.flush()
    concerns = [filler.concerns[i] for i in range(len(plan))]
    outbox.forget_concerns(s, [c.id or 0 for c in concerns])
    return Written(concerns, len(timeline))
