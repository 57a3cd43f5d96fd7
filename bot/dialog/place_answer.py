"""The answer to "Wo ist das genau?" or "Welche Hausnummer?": a place, a house
number, "weiss ich nicht", a place followed by a second concern, or something
that reads like a new concern (then the resident is asked). How the answer is
read: bot/dialog/place_reading.py; how a place is applied: bot/dialog/place_set.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from bot.dialog import (
    both_places,
    buttons,
    card_chatter,
    confirming,
    home_place,
    intake,
    new_at_place,
    once_more,
    place_offered,
    place_only,
    render,
    residence,
    same_place,
    status_at_place,
    topic_corrected,
    typed_change,
)
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.place_reading import (
    SHORT_ANSWER_WORDS,
    could_be_a_concern,
    courtesy_first,
    dont_know,
    has_content,
    names_a_place,
    number_after_yes,
    only_a_place,
    place_then_more,
    resolve,
)
from bot.dialog.place_set import add_text, place_resolved, set_place
from bot.texts import t
from nlp.places import PlaceResult
from nlp.smalltalk import smalltalk, yes_no
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# The reading of the answer (bot/dialog/place_reading.py) and its applying
# (bot/dialog/place_set.py), as the dialog's modules have always imported them.
__all__ = [
    "SHORT_ANSWER_WORDS",
    "add_text",
    "could_be_a_concern",
    "has_content",
    "names_a_place",
    "only_a_place",
    "place_answer",
    "place_resolved",
    "resolve",
    "set_place",
]


def place_answer(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """The answer to "Wo ist das genau?" or "Welche Hausnummer?"."""
    if ctx.urgent and not concern.urgent:
        # An emergency while an ordinary concern waits for its place: its own concern.
        return confirming.new_concern_meanwhile(d, ctx, concern, text)
    if ctx.urgent:
        add_text(ctx, concern, text)  # more about this emergency: never ask now
        place = resolve(d, ctx, text)
        # "Der Rauch kommt schon ins Treppenhaus": more of the emergency, no place;
        # it goes out without one, and a place written next is added to it.
        said = text if names_a_place(place) else None
        return place_resolved(d, ctx, concern, place, said)
    topic = topic_corrected.at_place(d, ctx, concern, text)
    if topic is not None:  # "nein, es geht eigentlich um die Lampe": that, and where again
        return topic
    offered = place_offered.answer(d, ctx, concern, text)
    if offered is not None:  # "gleicher Ort", "wie vorhin": that place; "Nein": where then
        return offered
    each = both_places.both(d, ctx, concern, text)
    if each is not None:  # "beide" at "Sie nennen Helvetiaplatz / Limmatplatz": one per place
        return each
    text = number_after_yes(ctx, text)
    if ctx.data.get("change") and (
        typed_change.label(text, "btn_change_topic") or typed_change.label(text, "btn_other_topic")
    ):
        # "Thema ändern" typed at the Kreise of "Ort ändern": the topics, no place.
        return [replace(render.all_topics(d, ctx, concern), edit=False)]
    if dont_know(text) or yes_no(text) is False:
        return place_resolved(d, ctx, concern, PlaceResult(), None)
    if yes_no(text) is True:
        same = [
            data for label, data in (ctx.data.get("labels") or {}).items() if data.startswith("sp:")
        ]
        if same:  # "ja" when "Gleicher Ort wie vorher" is offered: that place
            return buttons.on_button(d, ctx, str(same[0]))
        if concern.urgent:  # no second place question in an emergency
            return place_resolved(d, ctx, concern, PlaceResult(), None)
    talk = smalltalk(text)
    if not concern.urgent and (yes_no(text) is True or (talk is not None and talk.kind == "ok")):
        # "Ja", "sì", "ok" to "Wo ist das genau?": no place, and no unknown one
        # either; the question's buttons with a hint how to answer it.
        asked = _ask_place_once_more(ctx, concern)
        return [replace(asked, text=t(ctx.lang, home_place.key(concern, "place_yes_hint")))]
    if talk is not None and concern.urgent and talk.kind != "plea":
        # "Danke" at an emergency's "Wo ist das?": no more questions, it goes out now.
        return place_resolved(d, ctx, concern, PlaceResult(), None)
    talk = talk or courtesy_first(d, ctx, text)
    if talk is not None and talk.kind not in {"yes", "no", "ok"}:
        return [Reply(t(ctx.lang, f"smalltalk_{talk.kind}")), *once_more.prompt(d, ctx)]
    again = partial(place_answer, d, ctx, concern)  # "Sorry, ja": the "ja"
    chatter = None if concern.urgent else card_chatter.answered(d, ctx, text, again)
    if chatter is not None:
        return chatter  # "Moment", "sorry, ich kenne mich nicht aus": no place, no unknown one
    number = place_only.house_number(text)  # "Nr. 12", "Vor dem Haus Nr. 12"
    if number and ctx.state is State.AWAIT_PLACE:
        # "Nr. 12" with no street yet: ask for it, and keep the number for it.
        ctx.save(ctx.state, **{**ctx.data, "number": number.group(1)})
        return [Reply(t(ctx.lang, "number_without_street"))]
    kept = ctx.data.get("number")
    if kept and ctx.state is State.AWAIT_PLACE and not re.search(r"\d", text):
        with_number = f"{text.strip()} {kept}"  # "bei der Josefstrasse" + "12"
        found = d.place(with_number)
        if found.kreis is not None:
            named = [p for p in found.places if str(kept) in p]
            text = named[0] if named else with_number  # "Josefstrasse 12"
    head, tail = place_then_more(text)
    if tail:
        place = resolve(d, ctx, head)
        if names_a_place(place) and has_content(tail) and not could_be_a_concern(d, head, True):
            more = intake.create(ctx, tail, [], Status.DRAFT)
            ctx.save(ctx.state, **{**ctx.data, "queue": [*ctx.queue, more.id]})
            ctx.commit()
            noted = Reply(t(ctx.lang, "noted_for_later", text=intake.quote(tail)))
            return [noted, *place_resolved(d, ctx, concern, place, head)]
    home = _home_then_place(d, ctx, concern, text)
    if home is not None:
        return home
    place = resolve(d, ctx, text)
    status = status_at_place.listed(d, ctx, text, named=names_a_place(place))
    if status is not None:
        return status  # "Status?", "Wie ist der Stand?": their concerns, then "Wo?" again
    if not names_a_place(place) and number is None:
        from bot.dialog import reply_to_city  # it reads this module

        replying = reply_to_city.while_drafting(d, ctx, concern, text)
        if replying is not None:
            return replying  # "Ist das Ihre Antwort zu ZH-…?": the city asked something
    if not names_a_place(place) and text.rstrip().endswith("?") and len(text.split()) <= 8:
        # "Wieso brauchen Sie das?": a question, not a place.
        return [Reply(t(ctx.lang, "why_place")), *render.prompt(d, ctx)]
    fresh = new_at_place.of_its_own(d, ctx, concern, text, place)
    if fresh is not None:
        return fresh  # "Die Strassenlampe ist dunkel" at the bench's "Wo?": its own concern
    if could_be_a_concern(d, text, names_a_place(place)):
        return [render.new_or_place(ctx, concern, text)]
    if (
        not names_a_place(place)
        and ctx.state is State.AWAIT_PLACE
        and not ctx.data.get("retried")
        and not concern.urgent  # an emergency is asked for its place once
    ):
        if ctx.data.get("change"):
            # After "Ort ändern": said, and the Kreise offered again.
            return [replace(render.kreise(ctx, concern, unknown=True), edit=False)]
        # Once more, with a hint; the place before still offered (trial n, finding 6).
        return [render.ask_place(ctx, concern, same_place.still_offered(ctx), again=True)]
    unclear = talk is not None or yes_no(text) is not None
    number_only = confirming.HOUSE_NUMBER.match(text) is not None
    if ctx.state is State.AWAIT_PLACE_DETAIL and number_only and place.kreis and place.places:
        text = place.places[0]  # "Nr. 120": "Badenerstrasse 120"
    return place_resolved(d, ctx, concern, place, None if unclear else text)


def _home_then_place(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """The answer to "Wo ist das genau?" that names the home, then the place: "Ich
    wohne an der Weinbergstrasse 30, aber die Lampe ist am Idaplatz" is the
    Idaplatz, when what is said there is about this concern (its topic) or too
    little to be another one."""
    if ctx.state is not State.AWAIT_PLACE or not residence.HOME.search(text):
        return None
    where = d.about_place(text)
    if where == text:
        return None  # no other place than the home: read as usual
    if could_be_a_concern(d, where, True) and d.topic_of(where)[0] != concern.topic:
        return None  # something else there: asked about as usual
    place = d.place(where)
    said = intake.written_place(place, place.kreis) if place.kreis is not None else None
    return place_resolved(d, ctx, concern, place, said or where)


def _ask_place_once_more(ctx: Ctx, concern: Concern) -> Reply:
    """The place question as it was (its buttons, the hint already given kept)."""
    retried = bool(ctx.data.get("retried"))
    reply = render.ask_place(ctx, concern, same_place.still_offered(ctx))
    if retried:
        ctx.save(ctx.state, **{**ctx.data, "retried": True})
    return reply
