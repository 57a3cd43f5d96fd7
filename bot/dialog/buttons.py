"""Buttons pressed: decoded strictly, stale ones answered without side effects."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.dialog import (
    change_after,
    confirming,
    intake,
    outside,
    place_answer,
    render,
    reply_offer,
    said_yes,
    withdrawal,
)
from bot.dialog.codec import Action, decode
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from nlp.places import PlaceResult
from store import repository as repo
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

log = logging.getLogger(__name__)


def on_button(d: Dialog, ctx: Ctx, data: str) -> list[Reply]:
    cb = decode(data)
    if cb is None:
        return [Reply(t(ctx.lang, "button_invalid"))]
    if cb.action is Action.DELETE:
        return delete(d, ctx, cb.arg == "yes")
    if cb.action in {Action.WITHDRAW, Action.KEEP}:
        return withdrawal.on_button(d, ctx, cb.action, cb.concern_id)
    concern = ctx.own(cb.concern_id)
    if concern is None:
        return [Reply(t(ctx.lang, "button_stale"))]
    if cb.action in {Action.REPLY_YES, Action.REPLY_NO}:
        return reply_offer.on_button(d, ctx, concern, cb.action is Action.REPLY_YES)
    if cb.action is Action.CONFIRM:
        if concern.status == Status.DRAFT:
            return intake.forward(d, ctx, concern)
        if concern.status == Status.FORWARDED:
            # A second tap: the same answer again (the channel sees "not modified");
            # after a typed "Ja", a short "Schon weitergeleitet".
            return [said_yes.pressed_again(d, ctx, concern)]
        return [Reply(t(ctx.lang, "button_stale"))]
    if cb.action is Action.CHANGE_PLACE and concern.status == Status.OUTSIDE_CITY:
        return outside.change_place(d, ctx, concern)  # under "Das liegt ausserhalb …"
    late = change_after.pressed(d, ctx, cb.action, concern)
    if late is not None:
        return late  # "Thema ändern" on the card of a forwarded concern: what to do instead
    current = ctx.current()
    if current is None or current.id != concern.id:
        # A button of another concern must not reset the open question.
        return [Reply(t(ctx.lang, "button_stale")), *render.prompt(d, ctx)]
    return _on_current(d, ctx, cb.action, cb.arg, concern)


def _on_current(
    d: Dialog, ctx: Ctx, action: Action, arg: str | None, concern: Concern
) -> list[Reply]:
    if action is Action.NOT_RIGHT:
        return [render.not_right(ctx, concern)]
    if action is Action.CHANGE_TOPIC:
        return [render.all_topics(d, ctx, concern)]
    if action is Action.TOPIC:
        if arg not in d.routing.topics:
            return [Reply(t(ctx.lang, "button_invalid"))]
        confirming.set_topic(d, ctx, concern, arg)
        return [_edit(render.confirm(d, ctx, concern))]
    if action is Action.CHANGE_PLACE:
        return [render.kreise(ctx, concern)]
    if action is Action.KREIS:
        if ctx.state not in {State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL}:
            return [Reply(t(ctx.lang, "button_stale")), *render.prompt(d, ctx)]
        kreis = int(arg) if arg and arg.isdigit() else None
        quartier = None
        if kreis is not None and kreis != concern.kreis:
            concern.place_text = None  # the address written lies in the Kreis left
        place_answer.set_place(
            d, ctx, concern, PlaceResult(kreis=kreis, quartier=quartier), text=None
        )
        return _edit_first(intake.conclude(d, ctx, concern))
    if action is Action.SAME_PLACE:
        earlier = ctx.own(int(arg)) if arg else None
        if earlier is None or ctx.state is not State.AWAIT_PLACE:
            return [Reply(t(ctx.lang, "button_stale")), *render.prompt(d, ctx)]
        place = PlaceResult(kreis=earlier.kreis, quartier=earlier.quartier)
        place_answer.set_place(
            d, ctx, concern, place, text=earlier.place_text, lat=earlier.lat, lon=earlier.lon
        )
        return _edit_first(intake.conclude(d, ctx, concern))
    if action is Action.DISCARD:
        return confirming.discard(d, ctx, concern)
    if action in {Action.NEW_CONCERN, Action.PLACE_FOR}:
        if ctx.state is not State.NEW_OR_PLACE:
            return [Reply(t(ctx.lang, "button_stale")), *render.prompt(d, ctx)]
        text = str(ctx.data.get("pending_text", ""))
        back = State.parse(str(ctx.data.get("back") or State.AWAIT_CONFIRM.value))
        if action is Action.NEW_CONCERN:
            # The concern in question comes back after the new one.
            return _edit_first(confirming.new_concern_meanwhile(d, ctx, concern, text))
        ctx.save(back, concern_id=concern.id, **_detail_data(ctx))
        return place_answer.place_resolved(
            d, ctx, concern, place_answer.resolve(d, ctx, text), text
        )
    return [Reply(t(ctx.lang, "button_invalid"))]


def _detail_data(ctx: Ctx) -> dict[str, object]:
    return {k: ctx.data[k] for k in render.DETAIL_KEYS if k in ctx.data}


def delete(d: Dialog, ctx: Ctx, yes: bool) -> list[Reply]:
    if ctx.state is not State.CONFIRM_DELETE:
        if yes and repo.fresh(ctx.resident):
            return []  # a double tap on "Ja, löschen": the chat is forgotten (trial m, § 14)
        return [Reply(t(ctx.lang, "button_stale"))]
    if not yes:
        back = State.parse(str(ctx.data.get("back", "idle")))
        ctx.save(back, **ctx.data.get("back_data", {}))
        return [Reply(t(ctx.lang, "delete_cancelled"), edit=True), *render.prompt(d, ctx)]
    lang = ctx.lang
    # What the resident never confirmed does not go to an office without them
    # (new-user trial i, finding 6); an emergency still goes.
    repo.withdraw_unconfirmed(ctx.s, resident=ctx.resident)
    n = repo.delete_personal_data(ctx.s, resident=ctx.resident)
    ctx.deleted = True
    log.info("resident %s deleted personal data (%d concerns anonymised)", ctx.resident.id, n)
    return [Reply(t(lang, "delete_done"), edit=True)]


def _edit_first(replies: list[Reply]) -> list[Reply]:
    if replies:
        replies[0].edit = True
    return replies


def _edit(reply: Reply) -> Reply:
    reply.edit = True
    return reply
