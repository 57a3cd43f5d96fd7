"""A new concern: stored first, then split, classified and placed."""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import TYPE_CHECKING

from bot.dialog import (
    after_crisis,
    animal_aside,
    answer_aside,
    emergency_place,
    late_place,
    nearby,
    notes,
    photo_missing,
    place_first,
    render,
    same_place,
    spelling,
    venue,
    withdraw_held,
)
from bot.dialog import outside as outside_city
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.phone import callback, callback_only
from bot.texts import t
from nlp.places import PlaceResult
from nlp.split import split_concerns
from nlp.split_announced import places_by
from nlp.urgent import detect_urgent
from store import repository as repo
from store.models import Concern, EventKind, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

log = logging.getLogger(__name__)

HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)  # a letter or digit, not only emoji/punctuation


def new_text(
    d: Dialog,
    ctx: Ctx,
    text: str,
    photos: list[str] | None = None,
    previous: Concern | None = None,
) -> list[Reply]:
    """File `text` as one or more new concerns and start on the first."""
    text = text.strip()
    if not HAS_WORD.search(text):
        return [Reply(t(ctx.lang, "empty"))]
    bare = photo_missing.only_words(ctx, text, photos or [])  # "siehe Foto" alone
    if bare is not None:
        return bare
    replies: list[Reply] = []
    if len(text) > d.settings.max_text_length:
        text = text[: d.settings.max_text_length]
        replies.append(Reply(t(ctx.lang, "too_long", limit=d.settings.max_text_length)))
    consent = ctx.resident.consent_at is None  # recorded with the concern
    # Emergencies are never held back by the rate limit.
    over_limit = not ctx.urgent and (
        repo.count_recent_concerns(ctx.s, resident=ctx.resident, since=repo.hour_ago())
        >= d.settings.rate_limit_per_hour
    )
    photos = [*ctx.data.get("photos", []), *(photos or [])]
    status = Status.RATE_LIMITED if over_limit else Status.DRAFT
    concern = create(ctx, text, photos, status, consent=consent)
    location = ctx.data.get("location")
    ctx.data.pop("photos", None)
    ctx.data.pop("location", None)
    withdraw_held.hold(ctx)  # "Soll ich ZH-… zurückziehen?" open: asked after the emergency
    ctx.save(State.IDLE)
    # The text is safe in the store before classification can fail.
    ctx.commit()
    log.info("concern %s stored (%d chars)", concern.id, len(text))
    if over_limit:
        return [*replies, Reply(t(ctx.lang, "rate_limited", reference=concern.reference))]

    noted: str | None = None  # a part that is no emergency, queued behind it
    if ctx.urgent:
        # "Kübel voll am Idaplatz, und übrigens brennt ein Container": the emergency
        # keeps the whole message (its place may be in the other part); what is no
        # emergency is also its own concern, taken up after it.
        urgent_of = cache(lambda part: detect_urgent(part).urgent)  # each part read once
        parts = split_concerns(text, d.topic_of, urgent_of, places_by(d.place))
        calm = [p for p in parts if not urgent_of(p)] if len(parts) > 1 else []
        answered, calm = _questions(ctx, calm, keep_one=False)
        if calm and len(calm) < len(parts):
            extra = [create(ctx, part, [], Status.DRAFT, urgent=False).id for part in calm]
            ctx.save(State.IDLE, queue=[*ctx.queue, *extra])
            ctx.commit()
            noted = quote(calm[0])
        parts = [text]
    else:
        parts = split_concerns(text, d.topic_of, places_of=places_by(d.place))
        answered, parts = _questions(ctx, parts, keep_one=True)
        aside, parts = animal_aside.set_aside(d, ctx, parts)  # an injured animal besides
        answered = [*answered, *aside]
    if len(parts) > 1 or answered:
        concern.text = parts[0]
        ctx.s.add(concern)
    if len(parts) > 1:
        extra = [create(ctx, part, [], Status.DRAFT).id for part in parts[1:]]
        ctx.save(State.IDLE, queue=[*ctx.queue, *extra])
        ctx.commit()
        log.info("concern %s split into %d concerns", concern.id, len(parts))
        replies.append(Reply(t(ctx.lang, "several_concerns", n=len(parts), text=quote(parts[0]))))
    lat, lon = location if location else (None, None)
    after = start(d, ctx, concern, lat, lon, previous)
    if noted is not None:
        # "Das Weitere nehme ich danach auf", unless it is taken up at once.
        taken_up = t(ctx.lang, "next_concern", text=noted)
        if all(r.text != taken_up for r in after):
            replies.append(Reply(t(ctx.lang, "noted_for_later", text=noted)))
    if not ctx.urgent:
        return [*replies, *answered, *after]  # the concern's question last
    if ctx.state is State.IDLE:
        return [*replies, *after, *answered]  # the emergency first
    # Its "Wo ist das?" still open: that question last (new-user trial l, finding 8).
    return [*replies, *after[:-1], *answered, *after[-1:]]


def _questions(ctx: Ctx, parts: list[str], *, keep_one: bool) -> tuple[list[Reply], list[str]]:
    """Of a message's parts, the answers to its opening-hours and how-long
    questions ("…, ich wollte fragen wie lange es dauert, bis eine Meldung
    bearbeitet wird, und übrigens …"; the lead's try, 2026-12-07: filed as a
    concern and asked "Wo ist das genau?"), and the other parts. `keep_one`:
    when every part is such a question, all stay (the message is the concern,
    as before)."""
    from bot.dialog import general_questions  # it reads modules that read this one

    keys = [general_questions.key_of(part) for part in parts]
    rest = [part for part, key in zip(parts, keys, strict=True) if key is None]
    if keep_one and not rest:
        return [], parts
    return [Reply(t(ctx.lang, key)) for key in keys if key is not None], rest


def create(
    ctx: Ctx,
    text: str,
    photos: list[str],
    status: Status,
    *,
    urgent: bool | None = None,
    consent: bool = False,
) -> Concern:
    """Store a concern with its reference (and with `consent` the resident's
    consent). `urgent`: the message's verdict unless the text is another one (a
    line kept while an emergency interrupts)."""
    concern = repo.create_concern(
        ctx.s, resident=ctx.resident, text=text, photos=photos, status=status, consent=consent
    )
    if ctx.urgent if urgent is None else urgent:
        concern.urgent = True
        concern.emergency = ctx.category  # "fire", "unconscious", …: this message's
    return concern  # create_concern gave it its reference


def start(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    lat: float | None = None,
    lon: float | None = None,
    previous: Concern | None = None,
) -> list[Reply]:
    """Classify a stored concern and ask what is missing, or confirm; what its
    own words ask for ("wer ist zuständig?", a danger) is answered first."""
    replies = _start(d, ctx, concern, lat, lon, previous)
    return [*notes.before_question(d, ctx, concern), *replies]


def _start(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    lat: float | None,
    lon: float | None,
    previous: Concern | None,
) -> list[Reply]:
    result = d.route_concern(ctx.s, concern, lat, lon)
    if result.outside_city:
        return outside(d, ctx, concern, result.places)
    if not concern.urgent and callback_only(concern.text or ""):
        return callback(d, ctx, concern, result.kreis)  # "Können Sie mich anrufen?"
    if concern.urgent and result.place_conflict and emergency_place.placed(d, ctx, concern):
        return conclude(d, ctx, concern)  # "…; beim Limmatplatz liegt ein Mann bewusstlos"
    if concern.urgent and result.kreis is None and result.kreis_candidates:
        street = result.street or (result.places or [""])[0]
        repo.apply_routing(ctx.s, concern=concern, kind=EventKind.CLASSIFIER, place_text=street)
        return conclude(d, ctx, concern)  # no house-number questions in an emergency
    if result.kreis is None and result.place_conflict:
        return [render.ask_place(ctx, concern, previous, conflict=result.places)]
    if result.kreis is None and result.kreis_candidates:
        street = result.street or (result.places or [""])[0]
        reply = render.ask_detail(ctx, concern, street, result.kreis_candidates, concern.text or "")
        return [reply]
    if result.kreis is None and not (concern.urgent and ctx.category == "suicide"):
        source = nearby.earlier(ctx, concern, previous)
        if source is None:
            previous = same_place.offer(ctx, concern, previous)  # "Gleicher Ort wie vorher: …"
        if source is None:
            return [render.ask_place(ctx, concern, previous)]
        nearby.take_place(d, ctx, concern, source)  # "gleich daneben …": that place
        return conclude(d, ctx, concern)
    if result.kreis is not None and not concern.place_text:
        about = d.about_place(concern.text or "")
        place = d.place(about, lat, lon)
        concern.place_text = venue.with_venue(about, place, written_place(place, result.kreis))
        ctx.s.add(concern)
    return conclude(d, ctx, concern)


# The mentions that say where in the Kreis; a Kreis, Quartier or postal code is the area itself.
WRITTEN_KINDS = {"address", "street", "landmark"}


def written_place(place: PlaceResult, kreis: int) -> str | None:
    """The address or named place the concern's own text gives for `kreis`, as
    written ("Weinbergstrasse 30", "Idaplatz"): kept as its place_text, like a
    place typed as the answer to "Wo ist das genau?"."""
    named = [
        m
        for m in place.mentions
        if m.kind in WRITTEN_KINDS and (m.kreis == kreis or kreis in m.candidates)
    ]
    if not named:
        return None
    best = max(named, key=lambda m: m.strength)  # the first of the strongest
    # "l'Idaplatz", "all'Idaplatz": the name without the elided article.
    # "Zurlindnstrasse 12": as the gazetteer writes it (the text keeps the typo).
    return repo.place_as_written(_ELIDED.sub("", spelling.spelled(best).strip()))[:200] or None


_ELIDED = re.compile(r"^[^\W\d_]{1,5}['’](?=[A-ZÄÖÜ])")


def conclude(d: Dialog, ctx: Ctx, concern: Concern) -> list[Reply]:
    """The place is settled: ask for the confirmation, or, for an emergency,
    forward at once (the call to 117/118/144 is what counts; no questions)."""
    if not concern.urgent:
        return [render.confirm(d, ctx, concern)]
    d.forward(ctx.s, concern, confirmed=False)
    log.info("urgent concern %s forwarded to %s", concern.id, concern.office)
    # No office named: a guessed department would mislead in an emergency.
    # Without a place (or its Kreis) it went out anyway; a place written now is added.
    reply = late_place.forwarded(d, ctx, concern)
    ctx.save(State.IDLE)
    if ctx.category == "suicide":
        # After the 143 answer, not "Now to your next concern: the lamp": a
        # waiting concern is held, and brought back when the resident writes again.
        after_crisis.hold(ctx)
        return [reply]
    # Without its place: a place written next is the emergency's, the rest waits.
    held = (
        place_first.hold(ctx, concern) if late_place.waiting_for_place(ctx, lambda: concern) else []
    )
    return [reply, *(held or next_in_queue(d, ctx, concern))]


def resume(d: Dialog, ctx: Ctx, concern: Concern, previous: Concern | None = None) -> list[Reply]:
    """Take up a waiting concern: classify it if that has not happened yet,
    otherwise go on where it stood (what the resident chose is kept)."""
    if concern.topic is None:
        return start(d, ctx, concern, previous=previous)
    if concern.kreis is None and not concern.place_text:
        # "Die Lampe an der Badenerstrasse flackert", interrupted at "Welche
        # Hausnummer?" (an emergency came between): that question again.
        place = d.clf.place(d.about_place(concern.text or ""))
        if place.kreis is None and place.candidates and not place.outside_city:
            street = place.street or (place.places or [""])[0]
            said = concern.text or ""
            return [render.ask_detail(ctx, concern, street, place.candidates, said)]
        return [render.ask_place(ctx, concern, same_place.offer(ctx, concern, previous))]
    return conclude(d, ctx, concern)


def outside(
    d: Dialog, ctx: Ctx, concern: Concern, places: list[str], kind: EventKind = EventKind.CLASSIFIER
) -> list[Reply]:
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=kind,
        actor=None if kind == EventKind.CLASSIFIER else "resident",
        outside_city=True,
        kreis=None,
        office=None,
    )
    repo.set_status(ctx.s, concern=concern, status=Status.OUTSIDE_CITY)
    # The place outside the city, not a street of the same name in it
    # ("In Winterthur an der Marktgasse"); "8400 Winterthur" without its postal
    # code; a shared location unnamed (not its coordinates).
    named = outside_city.names(places)
    named = [p for p in named if d.place(p).outside_city] or named
    place = named[-1] if named else None
    if kind == EventKind.CLASSIFIER:  # the concern's own words name it: said, and closed
        key = "outside_city" if place else "outside_city_unnamed"
        return [Reply(t(ctx.lang, key, place=place)), *next_in_queue(d, ctx)]
    # The answer to "Wo?" (a pin, a place typed) may be wrong: it can be corrected.
    reply = outside_city.reply(ctx, concern, place)
    after = next_in_queue(d, ctx)
    outside_city.remember(ctx, concern)
    return [reply, *after]


def forward(d: Dialog, ctx: Ctx, concern: Concern) -> list[Reply]:
    """The resident confirmed: pass it on, give the reference, then the next concern."""
    d.forward(ctx.s, concern, confirmed=True)
    log.info("concern %s forwarded to %s", concern.id, concern.office)
    reply = Reply(
        t(
            ctx.lang,
            "forwarded",
            reference=concern.reference,
            office=render.office_name(d, concern.office),
        ),
        edit=True,
    )
    current = ctx.data.get("concern_id") == concern.id
    if not current:
        return [reply]  # an older draft's button: the open question stays as it is
    return [reply, *next_in_queue(d, ctx, concern)]


def next_in_queue(d: Dialog, ctx: Ctx, previous: Concern | None = None) -> list[Reply]:
    """Start on the next waiting concern of this resident, if any."""
    queue = ctx.queue
    while queue:
        concern = ctx.own(queue.pop(0))
        ctx.save(State.IDLE, queue=queue)
        if concern is None or concern.status != Status.DRAFT:
            continue
        intro = after_crisis.taken_up(ctx, concern) or Reply(  # held after 143: gently
            t(ctx.lang, "next_concern", text=quote(concern.text or ""))
        )
        # An afterthought in an answer to the city: after the concern answered.
        previous = answer_aside.answered(ctx, concern) or previous
        return [intro, *resume(d, ctx, concern, previous=previous)]
    ctx.data.pop("queue", None)
    ctx.data.pop(answer_aside.ASIDE_OF, None)  # of afterthoughts no longer waiting
    ctx.save(State.IDLE)
    from bot.dialog import reply_offer  # here: it imports this module

    # "Ist das Ihre Antwort zu ZH-…?", asked before an emergency or a new concern
    # came in between: the question again, now that nothing else waits.
    return reply_offer.asked(d, ctx) or withdraw_held.bring_back(d, ctx)


def quote(text: str) -> str:
    """The resident's words as a readable sentence in «…»: a part split off after
    "Ausserdem" ("ist die Lampe … kaputt.", as stored) starts with a capital here
    (new-user trial i); "eBike", "iPhone" stay as they are."""
    text = " ".join(text.split())
    if text[:1].islower() and not text[1:2].isupper():
        text = text[0].upper() + text[1:]
    return text if len(text) <= 80 else text[:77] + "…"
