"""Offices hear of their concerns: when a concern is forwarded, and when staff
move it to another office, the staff chats of that office are owed the
concern's card with its buttons (through the outbox). Each chat chooses what
it is sent (store.models.Alerts): every concern, urgent ones only, or none
(digest only). Urgent concerns also reach the coordination office of their
Kreis, marked.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from bot import media
from bot.staff.render import card, card_buttons, concern_topic, display_name, office_name, place
from bot.texts.staff import st
from nlp.routing import RoutingTable
from store import outbox
from store.models import Concern, RoutingEvent, StaffMember
from store.staff import alert_chats, list_staff


def _send(
    session: Session,
    routing: RoutingTable,
    concern: Concern,
    offices: set[str],
    head: str,
    skip: StaffMember | None = None,
) -> int:
    chats = [
        c
        for c in alert_chats(session, offices=offices, urgent=concern.urgent)
        if skip is None or c.id != skip.id  # who acted knows already
    ]
    if not chats:
        return 0
    text = card(session, routing, concern, head=head)
    buttons = [[(b.label, b.data) for b in row] for row in card_buttons(concern)]
    return _enqueue(session, chats, concern, text, buttons, with_photos=True)


def _enqueue(
    session: Session,
    chats: list[StaffMember],
    concern: Concern,
    text: str,
    buttons: list[list[tuple[str, str]]],
    *,
    with_photos: bool,
) -> int:
    """Owe each chat the alert (the photos too where the channel is the concern's)."""
    for chat in chats:
        outbox.enqueue(
            session,
            channel=chat.channel,
            chat_id=chat.chat_id,
            kind="alert",
            text=text,
            buttons=buttons,
            photos=_photos(concern) if with_photos and chat.channel == concern.channel else (),
            concern_id=concern.id,
        )
    return len(chats)


def _photos(concern: Concern) -> list[str]:
    """The concern's photos, each with a caption that names the concern
    ("ZH-2026-000012 · Foto 1/2"; new-user trial l, finding 7: they came
    without one, tied to their card only by their order)."""
    return media.captioned(concern.photos, lambda n, total: _caption(concern, n, total))


def _caption(concern: Concern, n: int, total: int) -> str:
    return st("photo_caption", reference=concern.reference or "", n=n, total=total)


def concern_arrived(session: Session, routing: RoutingTable, concern: Concern) -> int:
    """A concern was forwarded: tell its office (and, if urgent, its Kreis's
    coordination office). Returns the number of chats told."""
    if concern.office is None:
        return 0
    offices = {concern.office}
    if concern.urgent:
        offices.add(routing.coordination_office(concern.kreis))
    head = st("card_new", office=office_name(routing, concern.office))
    return _send(session, routing, concern, offices, head)


def concern_moved(
    session: Session,
    routing: RoutingTable,
    concern: Concern,
    previous: str | None,
    *,
    back: bool = False,
    actor: StaffMember | None = None,
) -> int:
    """Staff moved a concern (or took a move back): tell the office it is now
    with (not the chat of the member who did it)."""
    if concern.office is None:
        return 0
    office = office_name(routing, concern.office)
    if back:
        head = st("card_moved_back", office=office)
    else:
        head = st("card_moved", office=office, previous=office_name(routing, previous))
    return _send(session, routing, concern, {concern.office}, head, skip=actor)


def concern_left(
    session: Session,
    routing: RoutingTable,
    concern: Concern,
    previous: str | None,
    *,
    back: bool = False,
    actor: StaffMember | None = None,
    assignee: int | None = None,
) -> int:
    """Staff moved a concern away from `previous` (or took a move there back):
    that office's chats that were sent its card, and its members who worked on
    it (`assignee`: who had taken it over), hear where it went in one line; not
    the member who did it (new-user trial k, finding 10: Anna went on working on
    a concern her colleague had moved away)."""
    if previous is None or concern.office == previous:
        return 0
    chats = {c.id: c for c in alert_chats(session, offices={previous}, urgent=concern.urgent)}
    workers = _workers(session, concern) | ({assignee} if assignee is not None else set())
    chats.update({m.id: m for m in list_staff(session, office=previous) if m.id in workers})
    if actor is not None:
        chats.pop(actor.id, None)
    if not chats:
        return 0
    name = display_name(actor) if actor is not None else st("who_system")
    key = "left_office_back" if back else "left_office"
    text = st(
        key,
        reference=concern.reference,
        topic=concern_topic(routing, concern),
        office=office_name(routing, concern.office),
        who=name,
    )
    return _enqueue(session, list(chats.values()), concern, text, [], with_photos=False)


def _workers(session: Session, concern: Concern) -> set[int | None]:
    """The staff members who changed, noted or answered something on the concern."""
    actors = session.exec(
        select(RoutingEvent.actor)
        .where(RoutingEvent.concern_id == concern.id, col(RoutingEvent.actor).startswith("staff:"))
        .distinct()
    )
    return {int(a[6:]) for a in actors if a is not None and a[6:].isdigit()}


def place_added(
    session: Session, routing: RoutingTable, concern: Concern, previous: str | None
) -> int:
    """The resident gave the place of an urgent concern after it went out
    without one: the office that had it, the office it is now with and the
    Kreis's coordination office get the card again, with the place."""
    if concern.office is None:
        return 0
    offices = {concern.office, routing.coordination_office(concern.kreis)}
    if previous is not None:
        offices.add(previous)
    head = st("card_place_added", office=office_name(routing, concern.office))
    return _send(session, routing, concern, offices, head)


def place_corrected(
    session: Session, routing: RoutingTable, concern: Concern, previous: str | None, before: str
) -> int:
    """The resident corrected the place of a forwarded concern (`before`: where it
    was, as the card said): the office it is with (and, if urgent, its Kreis's
    coordination office) get the card again with the new place; when that moved
    it to another office, the office that had it hears where it went in one line."""
    if concern.office is None:
        return 0
    place_now = place(concern)
    if previous is None or previous == concern.office:
        head = st("card_place_corrected", place=place_now, before=before or "?")
    else:
        head = st(
            "card_place_corrected_moved",
            place=place_now,
            before=before or "?",
            office=office_name(routing, concern.office),
            previous=office_name(routing, previous),
        )
    offices = {concern.office}
    if concern.urgent:
        offices.add(routing.coordination_office(concern.kreis))
    told = _send(session, routing, concern, offices, head)
    if previous is None or previous == concern.office:
        return told
    chats = {c.id: c for c in alert_chats(session, offices={previous}, urgent=concern.urgent)}
    workers = _workers(session, concern)
    chats.update({m.id: m for m in list_staff(session, office=previous) if m.id in workers})
    text = st(
        "left_office_place",
        reference=concern.reference,
        topic=concern_topic(routing, concern),
        office=office_name(routing, concern.office),
        place=place_now,
    )
    return told + _enqueue(session, list(chats.values()), concern, text, [], with_photos=False)


def concern_withdrawn(session: Session, routing: RoutingTable, concern: Concern) -> int:
    """The resident took back a concern that had gone out: the chats that were
    sent its card hear so (a line, no buttons: there is nothing left to do)."""
    if concern.office is None or concern.forwarded_at is None:
        return 0  # a draft: no office has seen it
    offices = {concern.office}
    if concern.urgent:
        offices.add(routing.coordination_office(concern.kreis))
    chats = alert_chats(session, offices=offices, urgent=concern.urgent)
    topic = concern_topic(routing, concern)
    text = st("withdrawn_notice", reference=concern.reference, topic=topic)
    return _enqueue(session, chats, concern, text, [], with_photos=False)


def not_an_emergency(
    session: Session, routing: RoutingTable, concern: Concern, offices: set[str]
) -> int:
    """The resident says an urgent concern that went out is no emergency: the chats
    that were sent its card as urgent hear so (a line; the concern stays open)."""
    chats = alert_chats(session, offices=offices, urgent=True)
    topic = concern_topic(routing, concern)
    text = st("not_emergency_notice", reference=concern.reference, topic=topic)
    return _enqueue(session, chats, concern, text, [], with_photos=False)


def photo_added(
    session: Session, routing: RoutingTable, concern: Concern, photo: str, caption: str = ""
) -> int:
    """The resident sent a photo for a concern that had gone out (it asked
    "Kann ich ein Foto schicken?", bot/dialog/photo_question.py): the office's
    chats are sent a line with the photo (where the channel is the concern's)
    and the photo's caption."""
    if concern.office is None or concern.forwarded_at is None:
        return 0
    chats = alert_chats(session, offices={concern.office}, urgent=concern.urgent)
    text = st(
        "photo_added_notice", reference=concern.reference, topic=concern_topic(routing, concern)
    )
    text = f"{text}\n{caption}" if caption else text
    n = concern.photos.index(photo) + 1 if photo in concern.photos else len(concern.photos)
    owed = media.captioned([photo], lambda _n, _total: _caption(concern, n, len(concern.photos)))
    for chat in chats:
        outbox.enqueue(
            session,
            channel=chat.channel,
            chat_id=chat.chat_id,
            kind="alert",
            text=text,
            photos=owed if chat.channel == concern.channel else (),
            concern_id=concern.id,
        )
    return len(chats)
