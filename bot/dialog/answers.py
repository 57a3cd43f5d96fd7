"""Text typed while the bot waits for something: one handler per state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import intake, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import LANGUAGES, t
from nlp.places import PlaceResult
from nlp.smalltalk import smalltalk, typed_topic, yes_no
from store import repository as repo
from store.models import Concern, EventKind, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# A place answer is short; a longer text that names a place may be a new concern.
SHORT_ANSWER_WORDS = 8
# A text this long that names no place is probably a new concern, not a place.
CONCERN_WORDS = 7
# From this length, a text with a place that reads like a concern is asked about.
CONCERN_MIN_WORDS = 5


def on_text(d: Dialog, ctx: Ctx, text: str) -> list[Reply]:
    state = ctx.state
    concern = ctx.current()
    if state is State.CONFIRM_DELETE:
        ctx.save(State(ctx.data.get("back", State.IDLE.value)), **ctx.data.get("back_data", {}))
        state, concern = ctx.state, ctx.current()
    if concern is None or state is State.IDLE:
        return idle(d, ctx, text)
    if state in {State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL}:
        return place_answer(d, ctx, concern, text)
    if state is State.NEW_OR_PLACE:
        return new_or_place_typed(d, ctx, concern, text)
    return at_confirmation(d, ctx, concern, text)


def idle(d: Dialog, ctx: Ctx, text: str) -> list[Reply]:
    if not ctx.urgent:
        talk = smalltalk(text)
        if talk is not None:
            kind = "ok" if talk.kind in {"yes", "no", "ok"} else talk.kind
            return [Reply(t(ctx.lang, f"smalltalk_{kind}"))]
        if not _has_content(text):
            return [Reply(t(ctx.lang, "too_short"))]
    return intake.new_text(d, ctx, text)


def _has_content(text: str) -> bool:
    """'1', 'Nr. 12', '??' are no concern: at least one real word is needed."""
    words = [w for w in _WORDS.findall(text) if len(w) >= 3]
    return sum(len(w) for w in words) >= 5


def _dont_know(text: str) -> bool:
    folded = text.strip().casefold()
    if folded in {t(lang, "btn_place_unknown").casefold() for lang in LANGUAGES}:
        return True
    talk = smalltalk(text)
    return talk is not None and talk.kind == "dont_know"


def place_answer(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """The answer to "Wo ist das genau?" or "Welche Hausnummer?"."""
    if ctx.urgent and not concern.urgent:
        # An emergency while an ordinary concern waits for its place: its own concern.
        return new_concern_meanwhile(d, ctx, concern, text)
    if ctx.urgent:
        add_text(ctx, concern, text)  # more about this emergency: never ask now
    elif _dont_know(text):
        return place_resolved(d, ctx, concern, PlaceResult(), None)
    else:
        talk = smalltalk(text)
        if talk is not None and talk.kind not in {"yes", "no", "ok"}:
            return [Reply(t(ctx.lang, f"smalltalk_{talk.kind}")), *render.prompt(d, ctx)]
    detail = ctx.state is State.AWAIT_PLACE_DETAIL
    if detail:
        street = str(ctx.data.get("street") or "")
        place = d.clf.gazetteer.resolve_answer(text, street, list(ctx.data.get("candidates", [])))
    else:
        place = d.clf.place(text)
    named = place.kreis is not None or bool(place.candidates) or place.outside_city
    if not ctx.urgent and could_be_a_concern(d, text, named):
        return [render.new_or_place(ctx, concern, text)]
    return place_resolved(d, ctx, concern, place, text)


def could_be_a_concern(d: Dialog, text: str, named: bool) -> bool:
    """A place answer is short; a longer text, or one the classifier reads as a
    concern of its own, may be a new concern: then the resident is asked."""
    words = len(text.split())
    if not named:
        return words >= CONCERN_WORDS
    if words > SHORT_ANSWER_WORDS:
        return True
    return words >= CONCERN_MIN_WORDS and d.topic_of(text)[1] >= d.settings.low_confidence


def place_resolved(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    place: PlaceResult,
    text: str | None,
    lat: float | None = None,
    lon: float | None = None,
) -> list[Reply]:
    """Apply a place answer; ask for a house number once, never the same question twice."""
    if place.outside_city:
        return intake.outside(d, ctx, concern, place.places, EventKind.RESIDENT)
    detail_asked = ctx.state is State.AWAIT_PLACE_DETAIL or bool(ctx.data.get("detail_asked"))
    if place.kreis is None and place.candidates and not detail_asked:
        street = place.street or (place.places[0] if place.places else (text or ""))
        reply = render.ask_detail(ctx, concern, street, place.candidates, text or "")
        return [reply]
    replies: list[Reply] = []
    if place.kreis is None and text:
        key = "place_detail_unresolved" if place.candidates else "place_unknown_go_on"
        replies.append(Reply(t(ctx.lang, key)))
        if ctx.state is State.AWAIT_PLACE_DETAIL and ctx.data.get("street"):
            text = f"{ctx.data['street']} {text}"
    set_place(d, ctx, concern, place, text=text, lat=lat, lon=lon)
    return [*replies, render.confirm(d, ctx, concern)]


def set_place(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    place: PlaceResult,
    *,
    text: str | None,
    lat: float | None = None,
    lon: float | None = None,
) -> None:
    office = d.routing.route(
        concern.topic or "quartierleben", concern.confidence or 0.0, place.kreis
    ).office
    changes: dict[str, object] = {
        "kreis": place.kreis,
        "quartier": place.quartier,
        "office": office,
    }
    if text:
        changes["place_text"] = text.strip()[:200]
    if lat is not None:
        changes["lat"], changes["lon"] = lat, lon
    repo.apply_routing(ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", **changes)


def add_text(ctx: Ctx, concern: Concern, text: str) -> None:
    """An emergency written while the bot waits: it belongs to this concern."""
    concern.text = f"{concern.text}\n{text.strip()}" if concern.text else text.strip()
    if not concern.urgent:
        repo.apply_routing(ctx.s, concern=concern, kind=EventKind.CLASSIFIER, urgent=True)
    ctx.s.add(concern)
    ctx.commit()


def at_confirmation(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """Typed instead of pressing a button: yes/no, a topic, a place, or a new concern."""
    if ctx.urgent:
        return new_concern_meanwhile(d, ctx, concern, text)
    answer = yes_no(text)
    if answer is True and ctx.state is State.AWAIT_CONFIRM:
        return intake.forward(d, ctx, concern)
    if answer is False:
        return [render.not_right(ctx, concern)]
    code = typed_topic(text)
    if code is not None and code in d.routing.topics:
        set_topic(d, ctx, concern, code)
        return [render.confirm(d, ctx, concern)]
    talk = smalltalk(text)
    if talk is not None or answer is True:
        kind = "ok" if talk is None or talk.kind in {"yes", "no", "ok"} else talk.kind
        lead = [] if kind == "ok" else [Reply(t(ctx.lang, f"smalltalk_{kind}"))]
        return [*lead, *render.prompt(d, ctx)]
    place = d.clf.place(text)
    named = place.kreis is not None or bool(place.candidates) or place.outside_city
    if named and len(text.split()) <= SHORT_ANSWER_WORDS:
        return [render.new_or_place(ctx, concern, text)]
    return new_concern_meanwhile(d, ctx, concern, text)


def new_concern_meanwhile(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """A new concern while another waits for its confirmation: that one stays a draft
    (forwarded unconfirmed after the timeout), this one is taken up."""
    kept = Reply(t(ctx.lang, "draft_kept", reference=concern.reference))
    return [kept, *intake.new_text(d, ctx, text)]


def new_or_place_typed(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """Typed instead of answering "new concern or place?": keep it, ask again."""
    if ctx.urgent:
        return new_concern_meanwhile(d, ctx, concern, text)
    talk = smalltalk(text)
    if talk is None:
        waiting = intake.create(ctx, text.strip(), [], Status.DRAFT)
        ctx.save(ctx.state, **{**ctx.data, "queue": [*ctx.queue, waiting.id]})
        ctx.commit()
    pending = str(ctx.data.get("pending_text", ""))
    return [Reply(t(ctx.lang, "choose_first")), render.new_or_place(ctx, concern, pending)]


def set_topic(d: Dialog, ctx: Ctx, concern: Concern, code: str) -> None:
    office = d.routing.route(code, 1.0, concern.kreis).office
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=EventKind.RESIDENT,
        actor="resident",
        topic=code,
        confidence=1.0,
        office=office,
    )
