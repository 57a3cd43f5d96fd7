"""What staff do to a concern, in the caller's transaction: every change is an
audit event (who, when, before, after, why), and whoever must hear of it is
owed a message in the outbox (the resident in their language, the office a
concern moved to). The bot's commands and the CLI both come through here; no
classifier is needed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from bot.staff import alerts
from bot.staff.notice import Settled, settle, tell_resident, texts
from bot.texts import t
from nlp.routing import RoutingTable
from store import repository as repo
from store.models import Concern, EventKind, RoutingEvent, StaffMember, Status, utcnow

# Events /rueckgaengig may take back (notes and answers are history; an answer
# has been sent).
UNDOABLE = (EventKind.STAFF, EventKind.STATUS, EventKind.ASSIGN)
UNDO_WINDOW = timedelta(hours=1)


@dataclass(slots=True)
class Desk:
    """Who acts, on which store and routing table."""

    s: Session
    routing: RoutingTable
    actor: str  # "staff:<id>" (audit trail), or e.g. "cli" for the command line
    member: StaffMember | None = None


def actor_of(member: StaffMember) -> str:
    return f"staff:{member.id}"


# Concerns whose office may still be corrected, without telling the resident.
CLOSED = (Status.DONE, Status.REJECTED, Status.WITHDRAWN)


def _office_moved(
    desk: Desk,
    concern: Concern,
    previous: str | None,
    event: RoutingEvent,
    *,
    back: bool = False,
) -> Settled:
    """After a change of office: the new office starts afresh (nobody has taken
    it over there, and "in Bearbeitung" goes back to "weitergeleitet": both
    recorded in the same audit event, so one undo takes the whole move back);
    its chats and the resident are told: the resident a few minutes later
    (bot.staff.held; one notice for the changes made meanwhile, none when an
    undo brings it back to what the resident last heard: bot.staff.notice)."""
    if concern.office == previous:
        return Settled(told=False)
    assignee = concern.assignee_id
    if not back:
        before, after = dict(event.before), dict(event.after)
        if concern.assignee_id is not None:
            before["assignee"], after["assignee"] = concern.assignee_id, None
            concern.assignee_id = None
        if concern.status == Status.IN_PROGRESS:
            before["status"], after["status"] = concern.status, Status.FORWARDED.value
            concern.status = Status.FORWARDED
        event.before, event.after = before, after
        desk.s.add_all([concern, event])
        desk.s.flush()
    alerts.concern_moved(desk.s, desk.routing, concern, previous, back=back, actor=desk.member)
    alerts.concern_left(
        desk.s, desk.routing, concern, previous, back=back, actor=desk.member, assignee=assignee
    )
    if concern.status in CLOSED:
        # A closed concern's office corrected (for the record and the classifier):
        # no news for the resident, who was told it is done (new-user trial f).
        return Settled(told=False)
    # "in Bearbeitung" back to "weitergeleitet" (or, undone, the other way round)
    # is said in the same notice; the remark is the event's.
    return settle(desk, concern, event, back=back)


def reroute(desk: Desk, concern: Concern, office: str, remark: str | None = None) -> bool:
    """Move the concern to `office`; True when the resident is told."""
    previous = concern.office
    event = repo.apply_routing(
        desk.s, concern=concern, kind=EventKind.STAFF, actor=desk.actor, note=remark, office=office
    )
    return _office_moved(desk, concern, previous, event).told


def set_topic(desk: Desk, concern: Concern, topic: str, remark: str | None = None) -> bool:
    """Correct the topic; the concern goes where that topic is routed (a staff
    decision counts as certain). True when the resident is told of a new office."""
    previous = concern.office
    office = desk.routing.route(topic, 1.0, concern.kreis).office
    event = repo.apply_routing(
        desk.s,
        concern=concern,
        kind=EventKind.STAFF,
        actor=desk.actor,
        note=remark,
        topic=topic,
        office=office,
    )
    return _office_moved(desk, concern, previous, event).told


def set_kreis(desk: Desk, concern: Concern, kreis: int, remark: str | None = None) -> bool:
    """Correct the Kreis; a concern with a coordination office moves to the new
    Kreis's office (a department keeps it)."""
    previous = concern.office
    changes: dict[str, Any] = {"kreis": kreis}
    if concern.kreis != kreis:
        changes["quartier"] = None
    if previous is None or _is_coordination(desk.routing, previous):
        changes["office"] = desk.routing.coordination_office(kreis)
    event = repo.apply_routing(
        desk.s, concern=concern, kind=EventKind.STAFF, actor=desk.actor, note=remark, **changes
    )
    return _office_moved(desk, concern, previous, event).told


def _is_coordination(routing: RoutingTable, office: str) -> bool:
    entry = routing.offices.get(office)
    return entry is not None and (bool(entry.kreise) or office == routing.unknown_office)


def set_status(desk: Desk, concern: Concern, status: Status, remark: str | None = None) -> bool:
    """Set the status; True when the resident is told."""
    event = repo.set_status(desk.s, concern=concern, status=status, actor=desk.actor, note=remark)
    return settle(desk, concern, event).told


def add_note(desk: Desk, concern: Concern, note: str) -> None:
    """An internal note: in the history, never shown to the resident."""
    _event(desk, concern, EventKind.NOTE, note=note)


def answer(desk: Desk, concern: Concern, text: str) -> bool:
    """A message from staff to the resident; False when nobody can be told."""

    def make(lang: str) -> str:
        return t(lang, "notice_answer", reference=concern.reference, text=text)

    told = tell_resident(desk, concern, texts(concern, make))
    if told:
        _event(desk, concern, EventKind.ANSWER, note=text)
    return told


def take(desk: Desk, concern: Concern) -> bool:
    """ "Übernehmen": the member takes the concern over and it is in progress.
    True when the resident is told of the new status."""
    assert desk.member is not None
    before = {"assignee": concern.assignee_id, "status": concern.status}
    concern.assignee_id = desk.member.id
    if concern.status in (Status.NEW, Status.FORWARDED):
        concern.status = Status.IN_PROGRESS
    after = {"assignee": concern.assignee_id, "status": concern.status}
    concern.updated_at = utcnow()
    desk.s.add(concern)
    event = _event(desk, concern, EventKind.ASSIGN, before=before, after=after)
    if before["status"] != concern.status:
        return settle(desk, concern, event).told
    return False


def _event(
    desk: Desk,
    concern: Concern,
    kind: EventKind,
    *,
    note: str | None = None,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    undoes: int | None = None,
) -> RoutingEvent:
    return repo.record_event(
        desk.s,
        concern=concern,
        kind=kind,
        actor=desk.actor,
        before=before,
        after=after,
        note=note,
        undoes=undoes,
    )


# -- undo ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Undone:
    concern: Concern
    event: RoutingEvent  # the event that undid it
    conflict: bool = False  # changed by someone else since: not undone
    moot: bool = False  # already back as it was before (a colleague's move reset it)
    since: RoutingEvent | None = None  # the latest change by someone else since
    quiet: bool = False  # a change whose notice was still held: the resident hears of neither


def last_change(desk: Desk, *, now: datetime | None = None) -> RoutingEvent | None:
    """The member's latest change, if it is recent (UNDO_WINDOW) and is not
    itself an undo: undo takes back one change, once, and never walks back
    into older work."""
    latest = desk.s.exec(
        select(RoutingEvent)
        .where(RoutingEvent.actor == desk.actor, col(RoutingEvent.kind).in_(UNDOABLE))
        .order_by(col(RoutingEvent.id).desc())
        .limit(1)
    ).first()
    if latest is None or latest.undoes is not None:
        return None
    if latest.at < (now or utcnow()) - UNDO_WINDOW:
        return None
    return latest


def _current(concern: Concern, field: str) -> object:
    return concern.assignee_id if field == "assignee" else getattr(concern, field)


def changed_since(desk: Desk, event: RoutingEvent) -> RoutingEvent | None:
    """The latest change to the concern by someone else after `event`."""
    return desk.s.exec(
        select(RoutingEvent)
        .where(
            RoutingEvent.concern_id == event.concern_id,
            col(RoutingEvent.id) > event.id,
            RoutingEvent.actor != event.actor,
            col(RoutingEvent.kind).in_(UNDOABLE),
        )
        .order_by(col(RoutingEvent.id).desc())
        .limit(1)
    ).first()


def undo(desk: Desk) -> Undone | None:
    """Take back the member's latest change, unless someone changed the same
    fields since (then `conflict`). The reverse change is a new audit event
    (`undoes`) and tells whoever the change itself would tell."""
    event = last_change(desk)
    if event is None:
        return None
    concern = repo.get_concern(desk.s, event.concern_id)
    changed = [f for f in event.after if event.before.get(f) != event.after.get(f)]
    now = {f: _current(concern, f) for f in changed}
    # Someone else's change since stops the undo only where it left a third value
    # (new-user trial k, finding 10: a colleague's move reset "in Bearbeitung" to
    # "weitergeleitet", and the undo of that status was refused as a conflict).
    if any(now[f] not in (event.after[f], event.before.get(f)) for f in changed):
        return Undone(concern, event, conflict=True, since=changed_since(desk, event))
    changed = [f for f in changed if now[f] == event.after[f]]
    if not changed:
        return Undone(concern, event, moot=True, since=changed_since(desk, event))
    restore = {f: event.before.get(f) for f in changed}
    previous_office = concern.office
    if event.kind == EventKind.STATUS:
        reverse = repo.set_status(
            desk.s,
            concern=concern,
            status=Status(str(restore["status"])),
            actor=desk.actor,
            undoes=event.id,
        )
        settled = settle(desk, concern, reverse, back=True)
        return Undone(concern, reverse, quiet=settled.quiet)
    if event.kind == EventKind.ASSIGN:
        before = {f: _current(concern, f) for f in changed}
        if "assignee" in restore:
            value = restore["assignee"]
            concern.assignee_id = int(value) if isinstance(value, int) else None
        if "status" in restore:
            concern.status = str(restore["status"])
        desk.s.add(concern)
        reverse = _event(
            desk, concern, EventKind.ASSIGN, before=before, after=restore, undoes=event.id
        )
        quiet = "status" in restore and settle(desk, concern, reverse, back=True).quiet
        return Undone(concern, reverse, quiet=quiet)
    routing = {f: v for f, v in restore.items() if f in repo.ROUTING_FIELDS}
    reverse = repo.apply_routing(
        desk.s, concern=concern, kind=EventKind.STAFF, actor=desk.actor, undoes=event.id, **routing
    )
    # What the move reset at the office (who had taken it over, in progress) comes back.
    extra = {f: v for f, v in restore.items() if f not in repo.ROUTING_FIELDS}
    if extra:
        reverse.before = {**reverse.before, **{f: _current(concern, f) for f in extra}}
        if "assignee" in extra:
            value = extra["assignee"]
            concern.assignee_id = int(value) if isinstance(value, int) else None
        if "status" in extra:
            concern.status = str(extra["status"])
        reverse.after = {**reverse.after, **extra}
        desk.s.add_all([concern, reverse])
        desk.s.flush()
    settled = _office_moved(desk, concern, previous_office, reverse, back=True)
    return Undone(concern, reverse, quiet=settled.quiet)
