"""Who may see and change what. Every staff command and button asks here.

- admin: every concern; manages staff; statistics of the whole city.
- coordinator (of a coordination office): every concern of its Kreise, whoever
  it is routed to, what is routed to its office, and the "Kreis unbekannt"
  concerns that every coordination office shares; statistics of its Kreise.
- staff: what is routed to its office.

A concern the member may not see is treated exactly like one that does not
exist, so nobody learns whether a reference exists.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, true
from sqlmodel import col

from nlp.routing import RoutingTable
from store.models import OPEN_STATUSES_STAFF, STAFF_STATUSES, Concern, Role, StaffMember

STAFF_VISIBLE = STAFF_STATUSES
OPEN = OPEN_STATUSES_STAFF


def is_coordination_office(routing: RoutingTable, office: str) -> bool:
    entry = routing.offices.get(office)
    return entry is not None and (bool(entry.kreise) or office == routing.unknown_office)


def kreise_of(routing: RoutingTable, member: StaffMember) -> tuple[int, ...]:
    """The Kreise a coordinator answers for (none for other roles)."""
    if member.role != Role.COORDINATOR:
        return ()
    entry = routing.offices.get(member.office)
    return entry.kreise if entry is not None else ()


def can_see(routing: RoutingTable, member: StaffMember, concern: Concern) -> bool:
    if concern.status not in STAFF_VISIBLE or concern.reference is None:
        return False
    if member.role == Role.ADMIN:
        return True
    if concern.office == member.office:
        return True
    if member.role == Role.COORDINATOR:
        return concern.kreis is None or concern.kreis in kreise_of(routing, member)
    return False


def visible_filter(
    routing: RoutingTable, member: StaffMember, *, shared: bool = True
) -> ColumnElement[bool]:
    """`can_see` as a SQL condition (inbox, statistics). `shared=False` leaves
    out the "Kreis unbekannt" concerns every coordinator sees (statistics of
    a coordinator's own Kreise)."""
    base = col(Concern.status).in_(STAFF_VISIBLE) & col(Concern.reference).is_not(None)
    if member.role == Role.ADMIN:
        return base & true()
    mine = col(Concern.office) == member.office
    if member.role == Role.COORDINATOR:
        kreise = kreise_of(routing, member)
        area = col(Concern.kreis).in_(kreise) if kreise else false()
        unknown = col(Concern.kreis).is_(None) if shared else false()
        return base & or_(mine, area, unknown)
    return base & mine


def may_manage_staff(member: StaffMember) -> bool:
    return member.role == Role.ADMIN


def may_see_statistics(member: StaffMember) -> bool:
    return member.role in {Role.ADMIN, Role.COORDINATOR}
