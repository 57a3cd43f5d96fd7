"""Staff buttons: [Übernehmen] [Nicht zuständig] [Status] under a concern card,
the office and status choices they open, the inbox pages. A button is checked
like a command: the member must be allowed to see the concern."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import col, select

from bot.messages import Button, Reply
from bot.staff import actions, commands, gone, inbox
from bot.staff.codec import StaffAction, decode, encode
from bot.staff.render import card, card_buttons, display_name, office_name, status_name
from bot.texts.staff import st
from store.models import (
    OPEN_STATUSES_STAFF,
    Concern,
    EventKind,
    RoutingEvent,
    StaffMember,
    Status,
)

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

NEXT_BEST = 3  # offices offered first under "Nicht zuständig"
STATUS_CHOICES = (Status.NEW, Status.IN_PROGRESS, Status.DONE, Status.REJECTED, Status.FORWARDED)


def on_button(ctx: StaffCtx, data: str) -> list[Reply]:
    cb = decode(data)
    if cb is None:
        return [Reply(st("not_found", reference="?"))]
    if cb.action is StaffAction.PAGE:
        return [inbox.page(ctx, cb.concern_id, edit=True)]
    if cb.action is StaffAction.CANCEL:
        return [Reply(st("cancelled"), edit=True)]
    concern = commands.find_concern(ctx, str(cb.concern_id))
    if concern is None:
        if cb.action is StaffAction.MOVE and moved_by_me(ctx, cb.concern_id, cb.arg):
            return [Reply(st("moved_by_me"), edit=True)]
        away = gone.moved_away(ctx, cb.concern_id)  # an old card's button after a move
        return [Reply(away or st("not_found", reference=f"#{cb.concern_id}"))]
    ref = concern.reference
    if cb.action is StaffAction.SHOW:
        return [Reply(card(ctx.s, ctx.routing, concern, history=True), card_buttons(concern))]
    if cb.action is StaffAction.TAKE:
        return [take(ctx, concern)]
    if cb.action is StaffAction.NOT_OURS:
        return [Reply(st("choose_office", reference=ref), office_rows(ctx, concern, likely=True))]
    if cb.action is StaffAction.ALL_OFFICES:
        rows = office_rows(ctx, concern, likely=False)
        return [Reply(st("choose_office_all", reference=ref), rows, edit=True)]
    if cb.action is StaffAction.MOVE:
        office = cb.arg or ""
        if office not in ctx.routing.offices:
            return [Reply(st("not_found", reference=ref))]
        return [commands.move(ctx, concern, office, None, edit=True)]
    if cb.action is StaffAction.TOPIC:
        if (cb.arg or "") not in ctx.routing.topics:
            return [Reply(st("not_found", reference=ref))]
        return [commands.set_topic(ctx, concern, cb.arg or "", None, edit=True)]
    if cb.action is StaffAction.STATUS_MENU:
        return [Reply(st("choose_status", reference=ref), status_rows(concern))]
    if cb.action is StaffAction.STATUS:
        try:
            status = Status(cb.arg or "")
        except ValueError:
            return [Reply(st("not_found", reference=ref))]
        if status not in STATUS_CHOICES:
            return [Reply(st("not_found", reference=ref))]
        return [commands.set_status(ctx, concern, status, None, edit=True)]
    return [Reply(st("not_found", reference=ref))]


def moved_by_me(ctx: StaffCtx, concern_id: int, office: str | None) -> bool:
    """The office button pressed again after this member moved the concern there
    (so they no longer see it): they learn nothing they did not just do."""
    last = ctx.s.exec(
        select(RoutingEvent)
        .where(RoutingEvent.concern_id == concern_id)
        .order_by(col(RoutingEvent.id).desc())
        .limit(1)
    ).first()
    return (
        last is not None
        and last.actor == ctx.desk.actor
        and last.kind == EventKind.STAFF
        and last.after.get("office") == office
    )


def take(ctx: StaffCtx, concern: Concern) -> Reply:
    ref = concern.reference
    member = ctx.member
    if concern.status not in OPEN_STATUSES_STAFF:
        # An old card's button: a closed concern is reopened with /status, not taken.
        return Reply(st("take_closed", reference=ref, status=status_name(concern.status)))
    if concern.assignee_id == member.id:
        return Reply(st("taken", reference=ref))
    if concern.assignee_id is not None:
        other = ctx.s.get(StaffMember, concern.assignee_id)
        if other is not None:
            return Reply(st("taken_already", reference=ref, who=display_name(other)))
    actions.take(ctx.desk, concern)
    return Reply(st("taken", reference=ref))


def likely_offices(ctx: StaffCtx, concern: Concern) -> list[str]:
    """The offices of the classifier's next-best topics for this text (never the
    current office), then the Kreis's coordination office for triage."""
    ranked = ctx.ranker(concern.text) if ctx.ranker and concern.text else []
    out: list[str] = []
    for topic, _ in ranked:
        if topic in ctx.routing.topics and len(out) < NEXT_BEST:
            office = ctx.routing.route(topic, 1.0, concern.kreis).office
            if office != concern.office and office not in out:
                out.append(office)
    triage = ctx.routing.coordination_office(concern.kreis)
    if triage != concern.office and triage not in out:
        out.append(triage)
    return out


def office_rows(ctx: StaffCtx, concern: Concern, *, likely: bool) -> list[list[Button]]:
    cid = concern.id or 0
    codes = (
        likely_offices(ctx, concern)
        if likely
        else [c for c in ctx.routing.offices if c != concern.office]
    )
    buttons = [Button(office_name(ctx.routing, c), encode(StaffAction.MOVE, cid, c)) for c in codes]
    per_row = 1 if likely else 2
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    tail = [Button(st("btn_cancel"), encode(StaffAction.CANCEL, cid))]
    if likely:
        tail.insert(0, Button(st("btn_all_offices"), encode(StaffAction.ALL_OFFICES, cid)))
    return [*rows, tail]


def status_rows(concern: Concern) -> list[list[Button]]:
    cid = concern.id or 0
    choices = [s for s in STATUS_CHOICES if s != concern.status]
    buttons = [
        Button(st(f"status_{s.value}"), encode(StaffAction.STATUS, cid, s.value)) for s in choices
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return [*rows, [Button(st("btn_cancel"), encode(StaffAction.CANCEL, cid))]]


def topic_rows(ctx: StaffCtx, concern: Concern) -> list[list[Button]]:
    """Every topic but the concern's own, two to a row, and [Abbrechen]."""
    cid = concern.id or 0
    buttons = [
        Button(topic.name, encode(StaffAction.TOPIC, cid, code))
        for code, topic in ctx.routing.topics.items()
        if code != concern.topic
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return [*rows, [Button(st("btn_cancel"), encode(StaffAction.CANCEL, cid))]]
