"""An afterthought in the answer to the city is a concern of its own.

EWZ asks "flackert sie oder ist sie ganz aus?" and the resident replies "Und sie ist
jetzt ganz aus. Übrigens liegt da auch Glas" (new-user trial k, finding 6, left
over): the glass went to EWZ as part of the answer, and nobody who clears glass
heard of it. An afterthought marker ("übrigens", "ach ja und", "by the way", "au
fait", …: `nlp.split_afterthought`, as in a new concern) opens a part of its own
when that part stands alone (`nlp.split.stands_alone`: a concern, not "ist er auch
kaputt") and the classifier is sure of its topic, another than the answered
concern's, or the same at a place of its own ("Ja, der Kübel ist immer noch voll.
Übrigens liegt am Bullingerplatz Glas" about the bin at the Helvetiaplatz). Then
the answer before it goes to the office, and the afterthought is filed as a new
concern, the answered concern being the one before it: "dort", "daneben" take its
place (`nearby`), and the place question offers it as "Gleicher Ort wie vorher"
(the concern the resident answered, not whichever came last).

While a draft waits for its question ("Wo ist das genau?", the confirmation),
the afterthought does not interrupt it: it is filed as a draft of its own and
queued behind the waiting one ("Das Weitere nehme ich danach als eigenes
Anliegen auf"), and taken up after it with the answered concern as the one
before it (`ASIDE_OF`), as in an idle conversation. Before, the whole text went
to the office as the answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import render, to_office
from bot.dialog.context import Ctx
from bot.dialog.model import CONCERN_STATES, Reply, State
from bot.texts import t
from nlp.split import NEW_PART_MIN_CONFIDENCE, stands_alone
from nlp.split_afterthought import afterthoughts, without_filler
from nlp.split_announced import places_by
from store import repository as repo
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# Conversation data: the queued afterthoughts and the concern each was said
# with ({"<queued id>": answered id}), kept until taken up (`answered`).
ASIDE_OF = "aside_of"


def apart(d: Dialog, concern: Concern, text: str) -> tuple[str, str | None]:
    """The answer to the city about `concern` and an afterthought of another
    matter in `text`; (`text`, None) when there is none."""
    for start, end in afterthoughts(text):
        answer = without_filler(text[:start].strip())
        aside = text[end:].strip()
        if not answer or not stands_alone(aside):
            continue
        topic, confidence = d.topic_of(aside)
        if confidence < NEW_PART_MIN_CONFIDENCE:
            continue
        if topic != concern.topic or _elsewhere(d, concern, aside):
            return answer, aside
    return text, None


def _elsewhere(d: Dialog, concern: Concern, aside: str) -> bool:
    """The afterthought names a place of its own, none of `concern`'s: the same
    kind of thing elsewhere is a concern of its own (as `nlp.split_place_clause`
    has it for a new concern)."""
    places_of = places_by(d.place)
    own = places_of(aside)
    return bool(own) and own.isdisjoint(
        places_of(concern.text or "") | places_of(concern.place_text or "")
    )


def forward(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """The answer to the office; an afterthought of another matter filed as a
    new concern after it: at once in an idle conversation, after the draft that
    waits otherwise."""
    from bot.dialog import intake  # it reaches this module through reply_to_city

    idle = ctx.state is State.IDLE
    waits = ctx.state in CONCERN_STATES and ctx.current() is not None  # a draft's question
    answer, aside = apart(d, concern, text) if idle or waits else (text, None)
    if aside is not None and waits and not _may_file(d, ctx):
        answer, aside = text, None  # the hour's limit: the whole text is the answer
    sent = to_office.forward(d, ctx, concern, answer)
    if aside is None:
        return [*sent, *render.prompt(d, ctx)]
    if waits:
        return [*sent, *_queue(d, ctx, concern, aside)]
    noted = Reply(t(ctx.lang, "reply_aside", text=intake.quote(aside)))
    return [*sent, noted, *intake.new_text(d, ctx, aside, previous=concern)]


def _may_file(d: Dialog, ctx: Ctx) -> bool:
    """Another concern within the hour's limit (`intake.new_text`'s)."""
    since = repo.hour_ago()
    filed = repo.count_recent_concerns(ctx.s, resident=ctx.resident, since=since)
    return filed < d.settings.rate_limit_per_hour


def _queue(d: Dialog, ctx: Ctx, concern: Concern, aside: str) -> list[Reply]:
    """The afterthought as a draft behind the one that waits, which is asked
    again; taken up after it, with `concern` as the one before it."""
    from bot.dialog import intake  # it reaches this module through reply_to_city

    aside = aside[: d.settings.max_text_length]
    later = intake.create(ctx, aside, [], Status.DRAFT)
    after = {**_aside_of(ctx), str(later.id): concern.id}
    ctx.save(ctx.state, **{**ctx.data, "queue": [*ctx.queue, later.id], ASIDE_OF: after})
    ctx.commit()
    noted = Reply(t(ctx.lang, "noted_for_later", text=intake.quote(aside)))
    return [noted, *render.prompt(d, ctx)]


def answered(ctx: Ctx, queued: Concern) -> Concern | None:
    """The concern whose answer `queued` was an afterthought of (`_queue`),
    forgotten now that it is taken up; None for any other queued concern."""
    after = _aside_of(ctx)
    concern_id = after.pop(str(queued.id), None)
    if concern_id is None:
        return None
    ctx.save(ctx.state, **{**ctx.data, ASIDE_OF: after})
    return ctx.own(int(concern_id))


def _aside_of(ctx: Ctx) -> dict[str, int]:
    kept = ctx.data.get(ASIDE_OF)
    return dict(kept) if isinstance(kept, dict) else {}
