"""The answer to "Wo ist das genau?" or "Welche Hausnummer?": a place, a house
number, "weiss ich nicht", a place followed by a second concern, or something
that reads like a new concern (then the resident is asked).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot import call_me
from bot.dialog import (
    answer_lead,
    both_places,
    buttons,
    confirming,
    intake,
    new_at_place,
    once_more,
    place_forms,
    place_offered,
    render,
    residence,
    same_place,
    spelling,
    status_at_place,
    typed_change,
)
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.sayings import NO_PLACE
from bot.texts import LANGUAGES, t
from nlp.places import PlaceResult
from nlp.smalltalk import SmallTalk, smalltalk, yes_no
from store import repository as repo
from store.models import Concern, EventKind, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# "Idaplatz, und übrigens liegt dort auch Sperrmüll": a place, then a new concern.
_MORE = re.compile(
    r"[,;.!]?\s*\b(?:und\s+|and\s+|et\s+|e\s+)?(?:übrigens|ausserdem|zudem|also noch|"
    r"by the way|also|en plus|par ailleurs|inoltre|poi)\b[,:]?\s*",
    re.IGNORECASE,
)
# "Ja, aber Nr. 14", "yes, number 14", "sì, il 14" at "Welche Hausnummer?": the yes
# (and "aber", "es ist") before the number says nothing (new-user trial g, finding 9).
_YES_LEAD = re.compile(
    r"^\W*(?:ja|jo|jap|yes|yeah|yep|oui|sì|si)\b[\s,;:.!-]*"
    r"(?:(?:aber|but|mais|ma)\b[\s,;:]*)?"
    r"(?:(?:es\s+ist|es\s+isch|it\s+is|it's|c'est|è)\s+)?"
    r"(?:(?:die|der|the|le|la|il)\s+)?",
    re.IGNORECASE,
)
# A place answer is short; a longer text that names a place may be a new concern.
SHORT_ANSWER_WORDS = 8
# A text this long that names no place is probably a new concern, not a place.
CONCERN_WORDS = 7
# From this length, a text with a place that reads like a concern is asked about.
CONCERN_MIN_WORDS = 5


def has_content(text: str) -> bool:
    """'1', 'Nr. 12', '??' are no concern: at least one real word is needed. A
    request to be phoned says enough ("Call me?", trial j: "zu kurz")."""
    words = [w for w in _WORDS.findall(text) if len(w) >= 3]
    return sum(len(w) for w in words) >= 5 or call_me.CALL_ME.search(text) is not None


def _dont_know(text: str) -> bool:
    folded = text.strip().casefold()
    if folded in {t(lang, "btn_place_unknown").casefold() for lang in LANGUAGES}:
        return True
    if NO_PLACE.match(text):
        return True
    talk = smalltalk(text)
    return talk is not None and talk.kind == "dont_know"


def names_a_place(place: PlaceResult) -> bool:
    return place.kreis is not None or bool(place.candidates) or place.outside_city


_PLACE_WORDS = re.compile(
    r"\b(an|am|auf|bei|beim|im|in|der|die|das|dem|den|vor|hinter|neben|ecke|at|on|near|"
    r"à|au|près|de|la|le|a|al|alla|vicino|strasse|platz|nr|nummer|hausnummer|doch|nicht)\b",
    re.IGNORECASE,
)


def only_a_place(d: Dialog, text: str) -> bool:
    """'Josefstrasse 12', 'am Idaplatz': a place and nothing about what is wrong."""
    place = d.place(text)
    if not names_a_place(place) or len(text.split()) > 6:
        return False
    rest = text
    for mention in place.mentions:
        rest = rest.replace(mention.text, " ")
    return re.search(r"[^\W\d_]{3,}", _PLACE_WORDS.sub(" ", rest)) is None


def resolve(d: Dialog, ctx: Ctx, text: str) -> PlaceResult:
    """A place answer read against the question asked (the street in question)."""
    if ctx.state is State.AWAIT_PLACE_DETAIL:
        street = str(ctx.data.get("street") or "")
        return d.clf.gazetteer.resolve_answer(text, street, list(ctx.data.get("candidates", [])))
    return d.place(d.about_place(text))


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
    offered = place_offered.answer(d, ctx, concern, text)
    if offered is not None:  # "gleicher Ort", "wie vorhin": that place; "Nein": where then
        return offered
    each = both_places.both(d, ctx, concern, text)
    if each is not None:  # "beide" at "Sie nennen Helvetiaplatz / Limmatplatz": one per place
        return each
    text = _number_after_yes(ctx, text)
    if ctx.data.get("change") and (
        typed_change.label(text, "btn_change_topic") or typed_change.label(text, "btn_other_topic")
    ):
        # "Thema ändern" typed at the Kreise of "Ort ändern": the topics, no place.
        return [replace(render.all_topics(d, ctx, concern), edit=False)]
    if _dont_know(text) or yes_no(text) is False:
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
        # "Ja", "sì", "ok" to "Wo ist das genau?": no place, and no unknown one either.
        return [_ask_place_once_more(ctx, concern)]
    if talk is not None and concern.urgent and talk.kind != "plea":
        # "Danke" at an emergency's "Wo ist das?": no more questions, it goes out now.
        return place_resolved(d, ctx, concern, PlaceResult(), None)
    talk = talk or _courtesy_first(d, ctx, text)
    if talk is not None and talk.kind not in {"yes", "no", "ok"}:
        return [Reply(t(ctx.lang, f"smalltalk_{talk.kind}")), *once_more.prompt(d, ctx)]
    number = confirming.HOUSE_NUMBER.match(text)
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
    head, tail = _place_then_more(text)
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
    status = None if names_a_place(place) else status_at_place.listed(d, ctx, text)
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


# "Danke, es geht wieder": the courtesy first, then words of no place.
_FIRST_PIECE = re.compile(r"^([^,.;:!?]+)[,.;:!?]\s*(.*)$", re.DOTALL)
_COURTESY_FIRST = {"thanks", "bye", "greeting"}


def _courtesy_first(d: Dialog, ctx: Ctx, text: str) -> SmallTalk | None:
    """At "Welche Hausnummer?", a thank-you followed by words that hold no number
    and no place ("Danke, es geht wieder", after crisis talk, new-user trial g,
    finding 13): the small talk it opens with, not a house number (the words
    were stored after the street). None otherwise."""
    piece = _FIRST_PIECE.match(text.strip())
    if ctx.state is not State.AWAIT_PLACE_DETAIL or piece is None or re.search(r"\d", text):
        return None
    talk = smalltalk(piece.group(1))
    if talk is None or talk.kind not in _COURTESY_FIRST:
        return None
    rest = piece.group(2)
    if _PLACE_WORDS.search(rest) or names_a_place(d.place(rest)):
        return None  # "Danke, beim Kiosk": maybe what is near
    return talk


def _number_after_yes(ctx: Ctx, text: str) -> str:
    """ "Ja, aber Nr. 14" at the house-number question: "Nr. 14", read with the
    street asked about. Any other text stays as it is."""
    lead = _YES_LEAD.match(text) if ctx.state is State.AWAIT_PLACE_DETAIL else None
    if lead is None or lead.end() == 0:
        return text
    rest = text[lead.end() :].strip()
    number = confirming.HOUSE_NUMBER.match(rest) or (
        confirming.NUMBER_IN_TEXT.search(rest) if len(rest.split()) <= 4 else None
    )
    return f"Nr. {number.group(1)}" if number else text


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


def _place_then_more(text: str) -> tuple[str, str]:
    m = _MORE.search(text)
    if m is None or m.start() == 0:
        return text, ""
    return text[: m.start()].strip(), text[m.end() :].strip()


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
    detail_asked = concern.urgent or ctx.state is State.AWAIT_PLACE_DETAIL
    if place.conflict and not detail_asked and not ctx.data.get("retried"):
        # Places in different Kreise, not one street across them (trial k, finding 2).
        earlier = same_place.still_offered(ctx)
        return [render.ask_place(ctx, concern, earlier, again=True, conflict=place.places)]
    if place.kreis is None and place.candidates and not detail_asked and not place.conflict:
        street = place.street or (place.places[0] if place.places else (text or ""))
        return [render.ask_detail(ctx, concern, street, place.candidates, text or "")]
    replies: list[Reply] = []
    if place.kreis is None and lat is None:
        street = str(ctx.data.get("street") or "") if ctx.state is State.AWAIT_PLACE_DETAIL else ""
        if street:
            # The street is known, its Kreis is not: keep the street for the office.
            text, key = _with_street(ctx, concern, street, text)
            kreise = ", ".join(map(str, ctx.data.get("candidates") or []))
            replies.append(Reply(t(ctx.lang, key, place=text, kreise=kreise)))
        elif text and not (concern.urgent and place.street and place.candidates):
            # (An emergency's street across Kreise is known: it goes out with it.)
            replies.append(Reply(t(ctx.lang, "place_unknown_go_on")))
    set_place(d, ctx, concern, place, text=text, lat=lat, lon=lon)
    return [*replies, *intake.conclude(d, ctx, concern)]


def _with_street(ctx: Ctx, concern: Concern, street: str, text: str | None) -> tuple[str, str]:
    """The place to keep when the house-number question found no Kreis, and the
    text key that says so. "Weinbergstrasse 45" repeated is not "Weinbergstrasse
    Weinbergstrasse 45"; a sentence that names no place ("Ich bitte Sie höflich,
    sich der Sache anzunehmen.", an e-mail typed line by line, then "Ort für ZH-…")
    joins the concern's text and the address given stays the place (new-user
    trial i, finding 12)."""
    if text and render.house_number(text, street) is not None:
        return text, "place_detail_unresolved"
    if text and len(text.split()) >= CONCERN_WORDS and not re.search(r"\d", text):
        add_text(ctx, concern, text)
        number = str(ctx.data.get("number") or "")
        if number:
            return f"{street} {number}", "place_detail_address_kept"
        return street, "place_detail_unresolved"
    return (f"{street} {text}" if text and has_content(text) else street), "place_detail_unresolved"


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
    changes: dict[str, Any] = {"kreis": place.kreis, "quartier": place.quartier}
    changes["office"] = office
    if text and place_forms.has_link(text):  # a maps link: the place it names (trial m)
        changes["place_text"] = place_forms.link_place(text, place)
    elif text:
        # "Zurlindnstrasse 12" typed: shown as the gazetteer writes it.
        said = spelling.respelled(answer_lead.without_answer_words(text.strip(), place), place)
        changes["place_text"] = spelling.without_lead(said, place)[:200]
    elif lat is not None and (place.kreis, place.quartier) != (concern.kreis, concern.quartier):
        # A pin elsewhere replaces the place: "Idaplatz" is not in the pin's Kreis 4.
        changes["place_text"] = None
    if lat is not None:
        changes["lat"], changes["lon"] = lat, lon
    repo.apply_routing(ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", **changes)


def add_text(ctx: Ctx, concern: Concern, text: str) -> None:
    """More about the concern (an emergency, an e-mail's next line), written while
    the bot waits: it belongs to it."""
    concern.text = f"{concern.text}\n{text.strip()}" if concern.text else text.strip()
    ctx.s.add(concern)
    ctx.commit()
