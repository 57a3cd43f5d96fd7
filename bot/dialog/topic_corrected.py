"""The draft's topic corrected, at its card or at its place question
(bot.dialog.card_line, step 2: what a correction is).

At the card (`at_card`) the draft takes the topic the resident corrects it to,
and the card comes again. A correction that also names another place ("nein, es
geht um die Strassenlampe am Bullingerplatz", "non, c'est le lampadaire à la
Bahnhofstrasse 10") changes both: it was read as a place alone, the bin staying
a bin at the Bullingerplatz. A place it says it is not ("nicht am Idaplatz") is
no new place (`place_correction.without_negated`).

At "Wo ist das genau?" or "Welche Hausnummer?" (`at_place`), "nein, es geht
eigentlich um die Lampe, nicht den Kübel" or "sorry, I meant the street lamp"
was a new concern (the bin parked) or an unknown place. Now the draft takes the
topic and the place question comes again; a line that also names a place gives
both, and the card follows.

What the correction is not ("not the lamp", "nicht die Lampe", "pas le
lampadaire") is strong evidence when it is the draft's own topic: "no, it's the
bin that is full, not the lamp" at a lamp's card (the model reads "bin that is
full" as public transport, 0.45) takes the one topic its words name ("bin"), or
else the model's likeliest topic other than the lamp when it is clearly first
among the rest (`_CLEARLY_FIRST` of their share, `_AHEAD` times the next); when
neither says, the resident chooses from the topics. The line is never added to
the lamp's text as more of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.dialog import card_line, intake, new_after_no, place_correction, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.place_reading import has_content, names_a_place
from bot.dialog.place_set import place_resolved
from bot.texts import t
from nlp.places import PlaceResult
from nlp.smalltalk import typed_topic
from store import repository as repo
from store.models import Concern, EventKind

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_CLEARLY_FIRST = 0.6  # of the share the topics other than the negated one have
_AHEAD = 2.0  # times the score of the next one
# The word before a place, left when the place is taken out ("die Lampe am").
_AT = re.compile(
    r"\s+(?:am|an|auf|bei|beim|bim|bi|im|in|vor|at|on|near|by|à|au|aux|près\s+de|al|alla"
    r"|all['’]|in\s+via|nel|nella|vicino\s+a)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Said:
    """What a correction says: its topic (None: not the draft's, but which is
    unclear) and the place it names other than the draft's."""

    topic: str | None
    confidence: float
    place: PlaceResult | None


def read(d: Dialog, concern: Concern, text: str) -> Said | None:
    """The topic and place a correction gives the draft; None when `text` is no
    correction of its topic."""
    meant = card_line.what_is_meant(text)
    if meant is None:
        return None
    place = _other_place(d, concern, text)
    if place is not None:
        meant = _without_places(d, meant)
    if not (has_content(meant) or typed_topic(meant)):  # "the bin": a short topic word
        return None
    topic, confidence = card_line.topic_meant(d, meant)
    not_it = card_line.said_not(text)
    negated = card_line.topic_meant(d, not_it)[0] if not_it else None
    if negated is not None and negated == concern.topic and topic in {None, negated}:
        topic, confidence = _other_than(d, meant, negated)  # "…, not the lamp"
        if topic is None:
            return Said(None, 0.0, place)
    if topic is None or topic == concern.topic or topic not in d.routing.topics:
        return None
    return Said(topic, confidence, place)


def at_card(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """Step 2 at the card (or the topic choice): the draft takes the corrected
    topic (and place); None when the line is no such correction."""
    if ctx.state not in {State.AWAIT_CONFIRM, State.CHOOSE_TOPIC} or card_line.another_matter(text):
        return None
    said = read(d, concern, text)
    if said is None:
        return None
    card_line.join(ctx, concern, text, "\n")  # the office reads both
    if said.topic is None:  # "nein, nicht die Lampe, …": which topic, then
        return [replace(render.all_topics(d, ctx, concern), edit=False)]
    _set_topic(d, ctx, concern, said)
    if said.place is not None:
        return place_resolved(d, ctx, concern, said.place, _written(said.place))
    return [render.confirm(d, ctx, concern, lead="corrected_at_confirm")]


def at_place(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """A correction of the topic at the place question: that topic, and the
    question again (or the place it names too); None when it is none."""
    if ctx.urgent or concern.urgent or card_line.another_matter(text):
        return None
    if new_after_no.states_new(d, concern, text):  # "Nein, am Lochergut ist ein Kübel voll"
        return None
    said = read(d, concern, text)
    if said is None or said.topic is None:
        return None
    card_line.join(ctx, concern, text, "\n")
    _set_topic(d, ctx, concern, said)
    if said.place is not None:
        return place_resolved(d, ctx, concern, said.place, _written(said.place))
    topic = render.topic_name(d, ctx.lang, concern.topic)
    lead = Reply(t(ctx.lang, "corrected_at_place", reference=concern.reference, topic=topic))
    waiting = t(ctx.lang, "waiting_place", reference=concern.reference)
    return [lead, *(reply for reply in render.prompt(d, ctx) if reply.text != waiting)]


def _set_topic(d: Dialog, ctx: Ctx, concern: Concern, said: Said) -> None:
    assert said.topic is not None
    kreis = said.place.kreis if said.place is not None else concern.kreis
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=EventKind.RESIDENT,
        actor="resident",
        topic=said.topic,
        confidence=said.confidence,
        office=d.routing.route(said.topic, said.confidence, kreis).office,
    )


def _other_than(d: Dialog, meant: str, negated: str) -> tuple[str | None, float]:
    """The topic `meant` names that is not `negated`: the one its words name,
    or the model's likeliest other one when it is clearly first among the rest."""
    words = meant.split()
    named = {
        typed_topic(" ".join(words[i : i + n])) for n in (1, 2) for i in range(len(words) - n + 1)
    } - {None, negated}
    if len(named) == 1:
        return named.pop(), 1.0
    if named:
        return None, 0.0  # two other topics named: the resident says which
    scores = d.clf.ranked_topics(meant)
    rest = [(topic, score) for topic, score in scores if topic != negated]
    share = sum(score for _, score in rest)
    if len(rest) < 2 or share <= 0:
        return None, 0.0
    (first, score), (_, second) = rest[0], rest[1]
    if score / share >= _CLEARLY_FIRST and score >= _AHEAD * second:
        return first, score / share
    return None, 0.0


def _other_place(d: Dialog, concern: Concern, text: str) -> PlaceResult | None:
    """The place the line names that is not the draft's (nor one it says it is
    not: "nicht am Idaplatz"); None when it names none such."""
    rest = place_correction.without_negated(d, d.about_place(text))
    place = d.place(rest)
    if not names_a_place(place) or card_line.no_other_place(d, concern, rest):
        return None
    return place


def _without_places(d: Dialog, meant: str) -> str:
    """ "die Strassenlampe am Bullingerplatz": "die Strassenlampe"."""
    meant = place_correction.without_negated(d, meant)  # "…, nicht am Idaplatz"
    for mention in sorted(d.place(meant).mentions, key=lambda m: m.start, reverse=True):
        before = _AT.sub("", meant[: mention.start].rstrip())
        meant = f"{before} {meant[mention.start + len(mention.text) :]}"
    return meant.strip(" ,.;:!")


def _written(place: PlaceResult) -> str:
    """The place as the card shows it."""
    if place.kreis is None:
        return ", ".join(place.places)
    return intake.written_place(place, place.kreis) or ", ".join(place.places)
