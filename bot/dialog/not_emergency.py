"""A way out of a false alarm: "das ist kein Notfall", "this is not an emergency",
"ce n'est pas une urgence", "non è un'emergenza", "isch kein Notfall".

Said while the emergency waits for its place, the concern becomes an ordinary one:
no longer urgent, routed by its topic like any other, asked for its place and
confirmed as usual. Said after it went out as urgent (within EMERGENCY_WINDOW), it
is no longer urgent either, and the offices that were sent its card hear that it is
no emergency. Both are recorded as the resident's change (new-user trial f, finding 2).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import called, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.staff import alerts
from bot.texts import t
from nlp.urgent import UrgentResult
from nlp.urgent.mundane import DENIAL
from store import repository as repo
from store.models import Concern, EventKind, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# How long a reported emergency colours what the resident writes next: "kein
# Notfall" still refers to it, and answers reads questions after it in its light.
EMERGENCY_WINDOW = timedelta(minutes=30)
# Longer messages say more than that: "kein Notfall, aber der Kübel am Idaplatz ist
# voll" is a new concern. Besides the words saying so, at most this many are left
# ("Das ist doch kein Notfall, nur ein Spiel").
MAX_WORDS = 12
MAX_REST_WORDS = 4
# A message that opens with the denial explains it: "Das ist kein Notfall, das Auto
# ist nur ausgebrannt und steht seit Tagen da" (14 words) may be a little longer.
MAX_LEADING_WORDS = 16

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_FILLER = re.compile(
    r"\b(?:nein|nei|no|non|nope|doch|aber|sorry|entschuldigung|pardon|scusi|scusa|this|that|it"
    r"|is|das|es|ist|isch|c'est|ce|n'est|è|questa|questo|wirklich|really|vraiment|davvero"
    r"|eigentlich|actually|en\s+fait|in\s+realtà|ok|okay|danke|thanks|merci|grazie|hier|here"
    r"|oh|ah|äh|ach|also|ups|oops|oje|excuse\s+me|désolée?|scusate)\b",
    re.IGNORECASE,
)


# "kein Notfall, aber der Kübel …": what follows is another matter.
_CONTRAST = re.compile(r"\b(?:aber|sondern|jedoch|but|however|mais|ma|però)\b", re.IGNORECASE)


def says_so(text: str, *, no_concern: Callable[[str, bool], bool] | None = None) -> bool:
    """The short message says the emergency is none (in the words the detector
    reads as a denial, nlp/urgent/mundane.py DENIAL). Beyond MAX_REST_WORDS other
    words ("das ist kein Notfall, er hat nur Spass gemacht", "Es ist kein Notfall,
    der Nachbar grilliert nur") only when nothing is set against it ("aber …")
    and `no_concern(rest, leading)` finds no other concern in them; `leading`:
    the message opens with the denial."""
    denial = DENIAL.search(text)
    if denial is None:
        return False
    leading = not _WORDS.search(_FILLER.sub(" ", text[: denial.start()]))
    if len(text.split()) > (MAX_LEADING_WORDS if leading else MAX_WORDS):
        return False
    rest = _FILLER.sub(" ", DENIAL.sub(" ", text))
    if len(_WORDS.findall(rest)) <= MAX_REST_WORDS:
        return True
    return no_concern is not None and not _CONTRAST.search(text) and no_concern(rest, leading)


def opens_with_denial(text: str) -> bool:
    """The message begins with the denial, after at most a courtesy or a filler
    ("sorry", "Entschuldigung", "oh", "nein", "ah", "also", "ups")."""
    denial = DENIAL.search(text)
    return denial is not None and not _WORDS.search(_FILLER.sub(" ", text[: denial.start()]))


def _no_concern(d: Dialog, rest: str, leading: bool) -> bool:
    """No place of its own, and (unless the message opened with the denial, as an
    explanation does) no clear topic either: an explanation, not a report."""
    from bot.dialog.place_answer import names_a_place  # it imports this module, via answers

    if names_a_place(d.place(rest)):
        return False
    return leading or d.topic_of(rest)[1] < d.settings.low_confidence


def _recent_urgent(ctx: Ctx) -> Concern | None:
    """The resident's latest concern that went out as urgent in the last half hour
    (a calm part of its message may have been filed after it)."""
    for concern in repo.concerns_of(ctx.s, resident=ctx.resident, limit=5):
        if not concern.urgent:
            continue
        created = concern.created_at
        created = created if created.tzinfo else created.replace(tzinfo=UTC)
        if utcnow() - created >= EMERGENCY_WINDOW:
            return None
        return concern if concern.status in {Status.FORWARDED, Status.IN_PROGRESS} else None
    return None


def _calm(ctx: Ctx, concern: Concern, said: str) -> None:
    """Not urgent any more; the resident's words are kept on the event (the
    explanation staff read in /zeige; erased with the concern's other notes)."""
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=EventKind.RESIDENT,
        actor="resident",
        note=f"kein Notfall: {said.strip()}",
        urgent=False,
    )
    concern.emergency = None
    ctx.s.add(concern)


def no_new_alarm(d: Dialog, ctx: Ctx, text: str, verdict: UrgentResult) -> bool:
    """A message that opens with the denial and that the model alone took for an
    emergency ("sorry das ist kein Notfall, es ist ein ausgebranntes Auto") raises
    no second alarm while an urgent concern is there to take back: it is read as the
    denial; nor does the news that the resident called ("I called the police").
    A rule's verdict (named danger, self-harm) always stands."""
    if verdict.reason != "model" or verdict.category == "suicide":
        return False
    # "I called the fire brigade" (read as a fire by the model alone): news of the call.
    if not called.says_called(text):
        if not opens_with_denial(text) or _CONTRAST.search(text):
            return False
        if not says_so(text, no_concern=lambda rest, leading: _no_concern(d, rest, leading)):
            return False
    concern = ctx.current()
    waiting = concern is not None and concern.urgent and concern.status == Status.DRAFT
    return waiting or _recent_urgent(ctx) is not None


def taken_back(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """The answer to "das ist kein Notfall", or None when nothing urgent is there to
    take back (or the message is an emergency itself)."""
    if ctx.urgent:
        return None
    if not says_so(text, no_concern=lambda rest, leading: _no_concern(d, rest, leading)):
        return None
    concern = ctx.current()
    if concern is not None and concern.urgent and concern.status == Status.DRAFT:
        _calm(ctx, concern, text)
        ack = Reply(t(ctx.lang, "not_emergency"))
        if ctx.state is State.AWAIT_PLACE:
            return [ack, render.ask_place(ctx, concern, ctx.own(ctx.data.get("previous_id")))]
        return [ack, *render.prompt(d, ctx)]
    sent = _recent_urgent(ctx)
    if sent is None:
        return None
    # The chats its urgent card went to (its office and the Kreis's coordination office).
    offices = {o for o in (sent.office, d.routing.coordination_office(sent.kreis)) if o}
    _calm(ctx, sent, text)
    alerts.not_an_emergency(ctx.s, d.routing, sent, offices)
    told = Reply(t(ctx.lang, "not_emergency_sent", reference=sent.reference))
    return [told, *render.prompt(d, ctx)]


def reported_recently(ctx: Ctx) -> bool:
    """The resident reported an emergency in the last half hour."""
    latest = repo.concerns_of(ctx.s, resident=ctx.resident, limit=1)
    if not latest or not latest[0].urgent:
        return False
    created = latest[0].created_at
    created = created if created.tzinfo else created.replace(tzinfo=UTC)
    return utcnow() - created < EMERGENCY_WINDOW
