"""The place of an emergency first, the part of the message that waits after it
(new-user trial q, finding 1).

"wo kann ich sperrgut abgeben, übrigens brennt es im treppenhaus", "weiss ich
nicht": the fire went out without a place ("… ich trage es nach"), and at once
"Wo ist das genau?" for the Sperrgut part took the address the resident then
typed for the fire. Now the waiting part is held (`after_crisis` holds it and
the draft timeout does not forward it) until the resident writes again: a line
that is a place goes to the emergency (`late_place.typed`), and after it, or
after any other line, the waiting part is taken up ("Nun zu Ihrem nächsten
Anliegen: …"); it is asked its own place, never given the emergency's unasked.
Not when the terminal chat starts again (`Dialog.resume`): the place may still
come. The same when the draft timeout forwarded the emergency (`upkeep`).
"""

from __future__ import annotations

from typing import Any

from bot.dialog import after_crisis
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from store.models import Concern

KEY = after_crisis.PLACE_FIRST  # conversation data: the emergency whose place comes first


def hold(ctx: Ctx, emergency: Concern) -> list[Reply]:
    """After "vorerst ohne Ort … ich trage es nach": the waiting parts held, and
    the resident told they come next. Nothing when none waits."""
    from bot.dialog.intake import quote  # it holds through this module

    waiting = [c for c in (ctx.own(i) for i in ctx.queue) if c is not None]
    if not waiting or waiting[0].kreis is not None or (waiting[0].id or 0) < (emergency.id or 0):
        # None waits, or one at its confirmation (a bare place there is the emergency's
        # already: `answers.on_text`), or one the emergency interrupted (its question,
        # "Welche Hausnummer an der Badenerstrasse?", was asked before): back at once.
        return []
    ctx.save(State.IDLE, **held(ctx.data, emergency))
    return [Reply(t(ctx.lang, "place_first_then", text=quote(waiting[0].text or "")))]


def held(data: dict[str, Any], emergency: Concern) -> dict[str, Any]:
    """The conversation data with the parts split off the emergency's message (stored
    after it) held for its place; as it was when none waits."""
    parts = [int(i) for i in data.get("queue") or [] if int(i) > (emergency.id or 0)]
    if not parts:
        return data
    return {**data, after_crisis.HELD: parts, KEY: emergency.id}


def waits(data: dict[str, Any]) -> bool:
    return KEY in data


def waiting_ids(ctx: Ctx) -> set[int]:
    """The drafts that wait for their turn (queued or held): parts of a message, not
    what the resident reported last."""
    return {*ctx.queue, *after_crisis.held(ctx.data)}
