"""A place outside the city: said once, and the resident may still correct it.

A wrong pin (shared at work, at home) or a typo closed the concern for good; now
the answer offers [Ort ändern], and a place in the city written (or a location
shared) right after it takes the concern up again with that place. The concern
is closed as "nicht Stadt Zürich" meanwhile, so nothing goes out on its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.codec import Action, encode
from bot.dialog.context import Ctx
from bot.dialog.model import Button, Reply, State
from bot.texts import t
from store import repository as repo
from store.models import Concern, EventKind, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_POSTAL_CODE = re.compile(r"^\s*\d{4}\s+")  # "8400 Winterthur": the name without it
_LETTER = re.compile(r"[^\W\d_]")  # "47.49790,8.72410" (a pin) is no name to show


def names(places: list[str]) -> list[str]:
    """The places to name in the answer: "Winterthur", never coordinates."""
    found = (_POSTAL_CODE.sub("", p).strip() for p in places)
    return [p for p in found if _LETTER.search(p)]


def reply(ctx: Ctx, concern: Concern, named: str | None) -> Reply:
    """ "Das liegt ausserhalb …", and how to correct a wrong place."""
    said = (
        t(ctx.lang, "outside_city", place=named) if named else t(ctx.lang, "outside_city_unnamed")
    )
    change = Button(t(ctx.lang, "btn_change_place"), encode(Action.CHANGE_PLACE, concern.id))
    return Reply(f"{said}\n{t(ctx.lang, 'outside_city_correct')}", [[change]])


def remember(ctx: Ctx, concern: Concern) -> None:
    """Kept until the next step of the conversation: what may correct it."""
    if ctx.state is State.IDLE:
        ctx.save(State.IDLE, **{**ctx.data, "outside_id": concern.id})


def waiting(ctx: Ctx) -> Concern | None:
    """The concern just closed as outside the city, if the resident may correct it."""
    if ctx.state is not State.IDLE:
        return None
    concern = ctx.own(ctx.data.get("outside_id"))
    return concern if concern is not None and concern.status == Status.OUTSIDE_CITY else None


def _reopen(ctx: Ctx, concern: Concern) -> None:
    repo.apply_routing(
        ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", outside_city=False
    )
    repo.set_status(ctx.s, concern=concern, status=Status.DRAFT, actor="resident")
    ctx.save(State.AWAIT_PLACE, concern_id=concern.id, change=True)


def change_place(d: Dialog, ctx: Ctx, concern: Concern) -> list[Reply]:
    """[Ort ändern] under the answer: the Kreise, or a place to write."""
    if waiting(ctx) is None or ctx.data.get("outside_id") != concern.id:
        return [Reply(t(ctx.lang, "button_stale")), *render.prompt(d, ctx)]
    _reopen(ctx, concern)
    return [render.kreise(ctx, concern)]


def corrected(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """ "Ort ändern" typed, or only a place in the city ("Weststrasse 30"), right
    after the answer: the concern with that place. None otherwise."""
    from bot.dialog import (
        place_answer,
        typed_change,
    )  # they import intake, which imports this

    concern = waiting(ctx)
    if concern is None:
        return None
    if typed_change.label(text, "btn_change_place"):
        return change_place(d, ctx, concern)
    place = d.place(text)
    if (
        place.outside_city
        or not place_answer.names_a_place(place)
        or not place_answer.only_a_place(d, text)
    ):
        return None
    _reopen(ctx, concern)
    return place_answer.place_resolved(
        d, ctx, concern, place_answer.resolve(d, ctx, text), text.strip()
    )


def located(d: Dialog, ctx: Ctx, lat: float, lon: float) -> list[Reply] | None:
    """A location shared right after the answer: the concern's place, once more."""
    from bot.dialog import place_answer

    concern = waiting(ctx)
    if concern is None:
        return None
    place = d.place("", lat, lon)
    if place.outside_city:
        return [reply(ctx, concern, None)]  # outside again: said again, still correctable
    _reopen(ctx, concern)
    return place_answer.place_resolved(d, ctx, concern, place, None, lat, lon)
