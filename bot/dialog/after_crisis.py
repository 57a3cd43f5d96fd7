"""A concern that waited while the resident talked of ending their life
(new-user trial f, finding 9).

The 143 answer does not go on with "Now to your next concern: the bin"
(trial e, finding 5), so the waiting draft is held: kept in the queue, named in
the conversation (HELD), and not forwarded unconfirmed by the draft timeout,
since nobody asked the resident about it again. The next time the resident
writes (or comes back to the terminal chat), it is brought back gently: "Ihre
Meldung zu «…» wartet noch" with its open question, and the timeout counts
from then. A new concern typed first is taken up first, and the resident hears
that the waiting one comes after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import phone, render, withdraw_held
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

HELD = "crisis_held"  # conversation data: the ids of the drafts held
# Conversation data: held for an emergency's place, which comes first (`place_first`).
PLACE_FIRST = "place_first"
# Conversation data of a question open in an idle conversation ("Ist das Ihre
# Antwort zu ZH-…?", a line kept for the next, "Welche Meldung?"): not interrupted.
ASKING = ("reply_offer", "fragment", "withdraw_ask")
# Answers about the emergency itself: not the moment for the waiting concern
# ("Geht es um den Notfall? …" to a request to be phoned, alone or after "Anrufen
# kann ich leider nicht": `phone.after_emergency`).
ABOUT_THE_EMERGENCY = (
    "after_emergency",
    "after_emergency_pending",
    "no_dispatch",
    "phone_emergency",
)


def hold(ctx: Ctx) -> None:
    """After the crisis answer: the waiting drafts stay, held for the resident."""
    if ctx.queue:
        ctx.save(State.IDLE, **{**ctx.data, HELD: ctx.queue})


def held(data: dict[str, object]) -> list[int]:
    ids = data.get(HELD)
    return [int(i) for i in ids] if isinstance(ids, list) else []


def waiting(data: dict[str, object]) -> bool:
    """Something waits to be brought back: held drafts, or the withdrawal
    question an emergency came in on (`withdraw_held`)."""
    return bool(held(data)) or withdraw_held.HELD in data


def bring_back(
    d: Dialog, ctx: Ctx, answered: list[Reply] | None = None
) -> tuple[list[Reply], list[Reply]]:
    """The held draft again, when the conversation is idle; or, when the message
    opened a question of its own (a new concern), a line that the held one comes
    after it. Nothing during another emergency, or when the message was answered
    about the emergency ("Was soll ich jetzt tun?": the phone): the hold stays.
    The lines to put before the message's replies (`answered`), and after them."""
    from bot.dialog import intake  # it holds through this module

    ids, first_place = held(ctx.data), PLACE_FIRST in ctx.data
    if ctx.urgent or any(k in ctx.data for k in ASKING) or (first_place and answered is None):
        return [], []  # another emergency, the bot asked something else, a place may come
    about_it = {t(ctx.lang, key) for key in ABOUT_THE_EMERGENCY}
    just_held = t(ctx.lang, "place_first_then", text="\0").split("\0")[0]  # this message
    if any(
        r.text.endswith(tuple(about_it)) or r.text.startswith(just_held) for r in answered or []
    ):
        return [], []
    if not ids:  # "Soll ich ZH-… zurückziehen?" held after 143: now, when idle
        return [], withdraw_held.bring_back(d, ctx)
    ctx.save(ctx.state, **{**ctx.data, HELD: None, PLACE_FIRST: None})
    waiting = [c for c in (ctx.own(i) for i in ids) if c is not None and c.status == Status.DRAFT]
    if not waiting:
        return [], []
    for concern in waiting:
        concern.updated_at = utcnow()  # the draft timeout counts from now
        ctx.s.add(concern)
    first = waiting[0]
    if ctx.state is not State.IDLE:
        return [Reply(t(ctx.lang, "crisis_waiting_after", reference=first.reference))], []
    ctx.save(State.IDLE, queue=[i for i in ctx.queue if i != first.id])
    key = "next_concern" if first_place else "crisis_waiting"  # no crisis: as usual
    intro = Reply(t(ctx.lang, key, text=intake.quote(first.text or "")))
    return [], [intro, *intake.resume(d, ctx, first)]


def taken_up(ctx: Ctx, concern: Concern) -> Reply | None:
    """The line for a held draft that the queue reaches before the resident wrote
    again (a request to be phoned, answered about the emergency and then forwarded:
    "Nun zu Ihrem nächsten Anliegen" came right after 143): the gentle one, and
    the draft is no longer held (the timeout counts from now). None when not held."""
    from bot.dialog import intake  # it holds through this module

    ids = held(ctx.data)
    if concern.id not in ids:
        return None
    rest = [i for i in ids if i != concern.id]
    ctx.save(ctx.state, **{**ctx.data, HELD: rest or None, PLACE_FIRST: None})
    concern.updated_at = utcnow()
    ctx.s.add(concern)
    return Reply(t(ctx.lang, "crisis_waiting", text=intake.quote(concern.text or "")))


def after_emergency(d: Dialog, ctx: Ctx, text: str, concern: Concern | None) -> list[Reply]:
    """A short question right after an emergency ("was soll ich tun?", "Die Sanität
    ist jetzt da"): the call guides them, not this chat. An emergency still waiting
    for its place is not "with the city" yet. "Können Sie mich anrufen?" is not
    about that call: the bot cannot phone (`phone.after_emergency`)."""
    phoned = phone.after_emergency(d, ctx, text)
    if phoned is not None:
        return phoned
    pending = concern is not None and concern.urgent
    key = "after_emergency_pending" if pending else "after_emergency"
    return [Reply(t(ctx.lang, key)), *render.prompt(d, ctx)]
