"""What staff read: the concern card, its history, inbox lines (texts in
bot.texts.staff)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from bot.messages import Button
from bot.staff.codec import StaffAction, encode
from bot.texts.staff import STAFF, emergency_name, st
from nlp.routing import RoutingTable
from store.models import (
    OPEN_STATUSES_STAFF,
    Concern,
    EventKind,
    Role,
    RoutingEvent,
    StaffMember,
    Status,
    utcnow,
)
from store.repository import ZURICH

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

CARD_TEXT_LIMIT = 3000  # the card stays one Telegram message (4,096) with its header


def when(moment: datetime) -> str:
    return moment.astimezone(ZURICH).strftime("%d.%m.%Y %H:%M")


def age(moment: datetime, now: datetime | None = None) -> str:
    seconds = max(0.0, ((now or utcnow()) - moment).total_seconds())
    if seconds >= 86400:
        return st("age_days", n=int(seconds // 86400))
    if seconds >= 3600:
        return st("age_hours", n=int(seconds // 3600))
    return st("age_minutes", n=int(seconds // 60))


def status_name(status: str) -> str:
    key = f"status_{status}"
    return st(key) if key in _STATUS_KEYS else status


_STATUS_KEYS = {f"status_{s.value}" for s in Status}


def office_name(routing: RoutingTable, code: str | None) -> str:
    if code is None:
        return st("none")
    entry = routing.offices.get(code)
    return entry.name if entry is not None else code


def topic_name(routing: RoutingTable, code: str | None) -> str:
    if code is None:
        return st("none")
    entry = routing.topics.get(code)
    return entry.name if entry is not None else code


def emergency_kind(routing: RoutingTable, concern: Concern) -> str | None:
    """The kind of an emergency the coordination office takes ("Notfall: Feuer"):
    its topic is the classifier's guess of no use. None for anything else."""
    if not (concern.urgent and routing.coordinates(concern.emergency, concern.topic)):
        return None
    return emergency_name(concern.emergency or "")


def concern_topic(routing: RoutingTable, concern: Concern) -> str:
    """The topic staff read in lists: the emergency's kind, or the topic."""
    return emergency_kind(routing, concern) or topic_name(routing, concern.topic)


def language_name(concern: Concern) -> str | None:
    """The language the resident writes, when not German ("Italienisch"): the
    notices of the concern are framed in it, staff remarks stay as written."""
    key = f"language_{concern.language}"
    return st(key) if concern.language != "de" and key in STAFF else None


def place(concern: Concern) -> str:
    parts = [f"Kreis {concern.kreis}"] if concern.kreis is not None else []
    parts += [p for p in (concern.quartier, concern.place_text) if p]
    return " · ".join(parts)


def who(session: Session, actor: str | None, kind: str) -> str:
    if actor is None:
        return st("who_classifier") if kind == EventKind.CLASSIFIER else st("who_system")
    if actor == "resident":
        return st("who_resident")
    if actor.startswith("staff:") and actor[6:].isdigit():
        member = session.get(StaffMember, int(actor[6:]))
        if member is not None:
            return st("who_staff", name=display_name(member))
    return actor


def display_name(member: StaffMember) -> str:
    return member.name or f"{member.office} #{member.id}"


def staff_set_topic(session: Session, concern: Concern) -> bool:
    """The topic comes from staff (a correction), not from the classifier: the
    latest change of topic is by staff, and an undo brings back where the topic
    came from before the change it undoes (new-user trial k, finding 13)."""
    events = session.exec(
        select(RoutingEvent)
        .where(RoutingEvent.concern_id == concern.id)
        .order_by(col(RoutingEvent.id))
    )
    by_staff = False
    before: dict[int | None, bool] = {}  # event id -> by_staff before it
    for e in events:
        if e.before.get("topic") == e.after.get("topic") or "topic" not in e.after:
            continue
        before[e.id] = by_staff
        if e.undoes is not None:
            by_staff = before.get(e.undoes, False)
        else:
            by_staff = e.kind == EventKind.STAFF
    return by_staff


def calmed(session: Session, concern: Concern) -> bool:
    """It went out at once as urgent and the resident then said it was no
    emergency (bot.dialog.not_emergency): "ohne Bestätigung" would read like a
    resident who did not confirm (new-user trial k, finding 13; as the digest)."""
    if concern.urgent:
        return False
    events = session.exec(
        select(RoutingEvent).where(
            RoutingEvent.concern_id == concern.id,
            RoutingEvent.kind == EventKind.RESIDENT.value,
        )
    )
    return any(e.before.get("urgent") is True and e.after.get("urgent") is False for e in events)


def _unconfirmed_key(session: Session, concern: Concern) -> str:
    """Why it went out without the resident's confirmation: an emergency goes at
    once by design ("ohne Bestätigung" read like a resident who did not confirm;
    the digest says `urgent_at_once` too), a false alarm was calmed since, any
    other draft was left unconfirmed."""
    if concern.urgent:
        return "card_urgent_at_once"
    return "card_calmed" if calmed(session, concern) else "card_unconfirmed"


def card(
    session: Session,
    routing: RoutingTable,
    concern: Concern,
    *,
    head: str | None = None,
    history: bool = False,
) -> str:
    """A concern as staff see it; `head` is a first line (new, moved)."""
    lines = [st("card_urgent")] if concern.urgent else []
    if head:
        lines.append(head)
    lines.append(st("card_head", reference=concern.reference, status=status_name(concern.status)))
    emergency = emergency_kind(routing, concern)
    if staff_set_topic(session, concern):
        lines.append(st("card_topic_staff", topic=topic_name(routing, concern.topic)))
    elif emergency is not None:
        guess = f"{topic_name(routing, concern.topic)}, {(concern.confidence or 0.0):.0%}"
        lines.append(st("card_emergency", kind=emergency, guess=guess))
    else:
        confidence = f"{(concern.confidence or 0.0):.0%}"
        lines.append(
            st("card_topic", topic=topic_name(routing, concern.topic), confidence=confidence)
        )
    where = place(concern)
    lines.append(st("card_place", place=where) if concern.kreis else st("card_place_unknown"))
    if concern.kreis is None and where:
        lines[-1] += f" ({where})"
    lines.append(st("card_office", office=office_name(routing, concern.office)))
    if concern.assignee_id is not None:
        assignee = session.get(StaffMember, concern.assignee_id)
        name = display_name(assignee) if assignee else f"#{concern.assignee_id}"
        lines.append(st("card_assignee", who=name))
    lines.append(st("card_received", date=when(concern.forwarded_at or concern.created_at)))
    language = language_name(concern)
    if language is not None:  # "Sprache: Italienisch": staff may answer in it
        lines.append(st("card_language", language=language))
    if concern.unconfirmed:
        lines.append(st(_unconfirmed_key(session, concern)))
    if concern.photos:
        lines.append(st("card_photos", count=len(concern.photos)))
    if concern.text is None:
        lines.append(st("card_text_deleted"))
    else:
        text = concern.text
        if len(text) > CARD_TEXT_LIMIT:
            text = text[:CARD_TEXT_LIMIT] + " …"
        lines.append(st("card_text", text=text))
    if history:
        lines += ["", st("card_history"), *history_lines(session, routing, concern)]
    return "\n".join(lines)


def card_buttons(concern: Concern) -> list[list[Button]]:
    cid = concern.id or 0
    if concern.status not in OPEN_STATUSES_STAFF:
        # Done, rejected, withdrawn: nothing to take over or pass on; the status
        # can still be changed (reopened).
        return [[Button(st("btn_status"), encode(StaffAction.STATUS_MENU, cid))]]
    return [
        [
            Button(st("btn_take"), encode(StaffAction.TAKE, cid)),
            Button(st("btn_not_ours"), encode(StaffAction.NOT_OURS, cid)),
            Button(st("btn_status"), encode(StaffAction.STATUS_MENU, cid)),
        ]
    ]


def history_lines(session: Session, routing: RoutingTable, concern: Concern) -> list[str]:
    events = session.exec(
        select(RoutingEvent)
        .where(RoutingEvent.concern_id == concern.id)
        .order_by(col(RoutingEvent.at), col(RoutingEvent.id))
    )
    lines = []
    for event in events:
        what = describe(routing, event)
        if what:
            lines.append(
                st(
                    "history_line",
                    date=when(event.at),
                    who=who(session, event.actor, event.kind),
                    what=what,
                )
            )
    return lines


def describe(routing: RoutingTable, event: RoutingEvent) -> str:
    """One event in words, with its remark."""
    remark = st("what_remark", note=event.note) if event.note else ""
    # A text erased on the resident's wish (or by retention) reads "(gelöscht)"
    # (new-user trial k, finding 13: "Notiz: " with nothing after it).
    text = event.note if event.note is not None else st("note_deleted")
    if event.kind == EventKind.NOTE:
        return st("what_note", note=text)
    if event.kind == EventKind.ANSWER:
        return st("what_answer", note=text)
    if event.kind == EventKind.REPLY:
        return st("what_reply", note=text)
    if event.kind == EventKind.ADDITION:
        return st("what_addition", note=text)
    changes = changes_text(routing, event.before, event.after)
    if event.undoes is not None:
        return st("what_undo", changes=changes)
    if event.kind == EventKind.STATUS:
        return (
            st(
                "what_status",
                before=status_name(str(event.before.get("status"))),
                after=status_name(str(event.after.get("status"))),
            )
            + remark
        )
    if event.kind == EventKind.ASSIGN:
        return st("what_assign") + remark
    if not changes:  # the place alone changed ("Lochergut", not "Hardplatz"): that place
        return (st("what_place_only", place=event.place_text) + remark) if event.place_text else ""
    place = st("what_place", place=event.place_text) if event.place_text else ""
    return st("what_routing", changes=changes) + place + remark


def changes_text(routing: RoutingTable, before: dict[str, Any], after: dict[str, Any]) -> str:
    shown: dict[str, Callable[[Any], str]] = {
        "topic": lambda v: topic_name(routing, v),
        "kreis": lambda v: st("none") if v is None else str(v),
        "office": lambda v: office_name(routing, v),
        "status": lambda v: status_name(str(v)),
    }
    parts = []
    for field, fmt in shown.items():
        if field in after and before.get(field) != after.get(field):
            parts.append(
                st(
                    "change",
                    field=st(f"field_{field}"),
                    before=fmt(before.get(field)),
                    after=fmt(after[field]),
                )
            )
    return ", ".join(parts)


def help_text(ctx: StaffCtx) -> str:
    member = ctx.member
    text = st(
        "help_staff",
        office=office_name(ctx.routing, member.office),
        role=st(f"role_{Role(member.role).value}"),
    )
    if member.role == Role.COORDINATOR:
        text += st("help_coordinator")
    if member.role == Role.ADMIN:
        text += st("help_admin")
    if ctx.incoming.group:
        text += st("help_group")
    return text
