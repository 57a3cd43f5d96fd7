"""A Telegram reply to a withdrawn concern's message: take it up again?

"ZH-… zurückziehen", then, as a reply to the bot's message about it, "Doch,
bitte trotzdem weiterleiten, sie ist immer noch kaputt" became a new draft
asked "Wo ist das genau?", the withdrawn concern's place forgotten (new-user
trial k, finding 12). A withdrawn concern is not reopened (its office saw it
withdrawn and its history says so); as after "erledigt" (`again`), the
resident is offered a new concern with its topic, place and office: "Sie haben
ZH-… zurückgezogen. Soll ich es doch … weiterleiten, am gleichen Ort: …?"
Yes files and forwards it with the withdrawn concern's text and this one, its
staff card naming the earlier concern; no handles the text as before. A reply
naming a place in another Kreis is a concern of its own, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import place_answer
from bot.dialog.context import Ctx
from bot.dialog.model import State
from store import repository as repo
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def offered(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> bool:
    """Offer to take withdrawn `concern` up again for the reply `text`: the
    conversation is idle (filing it must not push a draft aside), the concern
    had a Kreis and an office, the text says something and names no place
    elsewhere, and the hourly limit is not reached."""
    if concern.status != Status.WITHDRAWN or ctx.state is not State.IDLE:
        return False
    if concern.urgent or concern.kreis is None or concern.office is None:
        return False
    if not place_answer.has_content(text):
        return False
    place = d.place(text)
    if place_answer.names_a_place(place) and place.kreis != concern.kreis:
        return False
    recent = repo.count_recent_concerns(ctx.s, resident=ctx.resident, since=repo.hour_ago())
    return recent < d.settings.rate_limit_per_hour


def filed_text(earlier: Concern, text: str) -> str:
    """The new concern's text: the withdrawn one's (staff read what it was
    about), then the reply."""
    said = text.strip()
    return f"{earlier.text.rstrip()}\n{said}" if earlier.text else said
