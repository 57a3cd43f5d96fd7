"""The staff registry: which chats belong to which office, in which role."""

from __future__ import annotations

from sqlmodel import Session, col, select

from store import rows
from store import statements as sql
from store.models import Alerts, Role, StaffMember, Subscription


class StaffError(ValueError):
    """A registration that cannot be made (unknown office, role, ...)."""


def add_staff(
    session: Session,
    *,
    channel: str,
    chat_id: str,
    office: str,
    role: Role,
    name: str | None = None,
    is_group: bool = False,
) -> StaffMember:
    """Register a chat (or change its office, role and name when it already is)."""
    member = find_staff(session, channel=channel, chat_id=chat_id)
    if member is None:
        member = StaffMember(channel=channel, chat_id=chat_id, office=office)
    member.office = office
    member.role = role
    member.name = name or member.name
    member.is_group = is_group
    session.add(member)
    session.flush()
    return member


def find_staff(session: Session, *, channel: str, chat_id: str) -> StaffMember | None:
    """The chat's registration (asked for every resident's message: a Core
    SELECT built once)."""
    key = {"channel": channel, "chat_id": chat_id}
    values = rows.run(session, sql.find_staff(session), key).mappings().first()
    return None if values is None else rows.attach(session, StaffMember, values)


def remove_staff(session: Session, *, chat_id: str, channel: str | None = None) -> int:
    """Unregister a chat (on every channel unless one is given); the number removed."""
    query = select(StaffMember).where(StaffMember.chat_id == chat_id)
    if channel is not None:
        query = query.where(StaffMember.channel == channel)
    rows = list(session.exec(query))
    for row in rows:
        session.delete(row)
    session.flush()
    return len(rows)


def move_chat(session: Session, *, channel: str, old: str, new: str) -> None:
    """A Telegram group became a supergroup and has a new chat id: its
    registration follows (replacing one already made for the new id)."""
    member = find_staff(session, channel=channel, chat_id=old)
    if member is None:
        return
    already = find_staff(session, channel=channel, chat_id=new)
    if already is not None:
        session.delete(member)
    else:
        member.chat_id = new
        session.add(member)
    session.flush()


def list_staff(session: Session, *, office: str | None = None) -> list[StaffMember]:
    query = select(StaffMember).order_by(col(StaffMember.office), col(StaffMember.id))
    if office is not None:
        query = query.where(StaffMember.office == office)
    return list(session.exec(query))


def staff_by_id(session: Session, staff_id: int) -> StaffMember | None:
    return session.get(StaffMember, staff_id)


def alert_chats(session: Session, *, offices: set[str], urgent: bool) -> list[StaffMember]:
    """The staff chats of `offices` that want to be told of a new concern now."""
    wanted = [Alerts.ALL.value, Alerts.URGENT.value] if urgent else [Alerts.ALL.value]
    params = {"offices": sorted(offices), "alerts": wanted}
    found = rows.run(session, sql.alert_chats(session), params).mappings().all()
    return [rows.attach(session, StaffMember, values) for values in found]


def set_alerts(session: Session, member: StaffMember, alerts: Alerts) -> None:
    member.alerts = alerts
    session.add(member)
    session.flush()


def set_subscription(session: Session, member: StaffMember, subscription: Subscription) -> None:
    member.subscription = subscription
    session.add(member)
    session.flush()
