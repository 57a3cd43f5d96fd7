"""Demo staff chats on the terminal channel, and clearing earlier demo rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import Session, col, select

from demo.fill import CHANNEL
from demo.profile import StaffSpec
from nlp.routing import RoutingTable
from store.models import (
    Concern,
    OutboxMessage,
    Resident,
    Role,
    RoutingEvent,
    StaffMember,
    Subscription,
)
from store.staff import add_staff, find_staff, set_subscription

STAFF_CHANNEL = "terminal"


@dataclass(slots=True)
class Team:
    by_office: dict[str, StaffMember]  # the chat that acts for each office
    admin: StaffMember
    members: list[StaffMember]
    added: int  # newly registered (0 when they all were already)


def register(s: Session, routing: RoutingTable, specs: tuple[StaffSpec, ...]) -> Team:
    """Register the demo staff chats (again: nothing is doubled; a chat keeps
    its alerts and digest choice once registered)."""
    members: list[StaffMember] = []
    added = 0
    for spec in specs:
        if spec.office not in routing.offices:
            raise ValueError(f"demo staff {spec.chat}: unknown office {spec.office}")
        known = find_staff(s, channel=STAFF_CHANNEL, chat_id=spec.chat)
        member = add_staff(
            s,
            channel=STAFF_CHANNEL,
            chat_id=spec.chat,
            office=spec.office,
            role=Role(spec.role),
            name=f"Demo {spec.office}",
        )
        if known is None:
            added += 1
            set_subscription(s, member, Subscription(spec.subscription))
        members.append(member)
    admin = next(m for m in members if m.role == Role.ADMIN)
    by_office = {m.office: m for m in members if m.role != Role.ADMIN}
    return Team(by_office, admin, members, added)


def clear(s: Session) -> int:
    """Remove earlier demo concerns (channel "demo"), their audit trail, any
    message about them and the demo residents; the number of concerns removed."""
    ids = list(s.exec(select(Concern.id).where(Concern.channel == CHANNEL)))
    concern_ids = [i for i in ids if i is not None]
    for start in range(0, len(concern_ids), 500):
        chunk = concern_ids[start : start + 500]
        s.exec(delete(OutboxMessage).where(col(OutboxMessage.concern_id).in_(chunk)))
        s.exec(delete(RoutingEvent).where(col(RoutingEvent.concern_id).in_(chunk)))
        s.exec(delete(Concern).where(col(Concern.id).in_(chunk)))
    s.exec(delete(Resident).where(col(Resident.channel) == CHANNEL))
    s.flush()
    return len(concern_ids)
