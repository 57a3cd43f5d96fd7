"""Text typed while the bot waits for something: one handler per state.

Idle text and place answers are here; text at the confirmation and at the
"new concern or place?" question is in `confirming`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from bot.dialog import (
    buttons,
    commands,
    confirming,
    followup,
    intake,
    late_place,
    not_emergency,
    notes,
    outside,
    privacy,
    references,
    render,
    residence,
    spelling,
    typed_change,
    withdrawal,
)
from bot.dialog.announced import announces_a_question
from bot.dialog.calloff import calls_off
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.sayings import (
    ASKS_FOR_SERVICES,
    ASKS_FOR_STATUS,
    NO_PLACE,
    NOT_A_CONCERN,
    ONLY_ASKING,
)
from bot.language import courtesy
from bot.texts import LANGUAGES, t
from nlp.places import PlaceResult
from nlp.smalltalk import smalltalk, yes_no
from store import repository as repo
from store.models import Concern, EventKind, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# "Idaplatz, und übrigens liegt dort auch Sperrmüll": a place, then a new concern.
_MORE = re.compile(
    r"[,;.!]?\s*\b(?:und\s+|and\s+|et\s+|e\s+)?(?:übrigens|ausserdem|zudem|also noch|"
    r"by the way|also|en plus|par ailleurs|inoltre|poi)\b[,:]?\s*",
    re.IGNORECASE,
)
# A question about a reference is short; a longer text naming one says more.
REFERENCE_QUESTION_WORDS = 10
# Up to this many words without a clear topic are the start of a concern.
FRAGMENT_WORDS = 5
FRAGMENT_KEPT = timedelta(minutes=30)
# "Ich wohne an der Langstrasse 100": where, not what; kept for the next line.
RESIDENCE = re.compile(
    r"^\W*(?:(?:hallo|grüezi|hoi|guten tag)\W+)?(?:ich\s+wohne|wir\s+wohnen|i\s+live|we\s+live|"
    r"j'habite|nous\s+habitons|abito|abitiamo)\b",
    re.IGNORECASE,
)
VAGUE_TOPIC = "quartierleben"  # "bei uns im Quartier" says where, not what
# A place answer is short; a longer text that names a place may be a new concern.
SHORT_ANSWER_WORDS = 8
# A text this long that names no place is probably a new concern, not a place.
CONCERN_WORDS = 7
# From this length, a text with a place that reads like a concern is asked about.
CONCERN_MIN_WORDS = 5


def on_text(d: Dialog, ctx: Ctx, text: str) -> list[Reply]:
    state = ctx.state
    if state is State.CONFIRM_DELETE and not ctx.urgent:
        answered = privacy.deletion_answer(d, ctx, text)
        if answered is not None:
            return answered  # "Ja" deletes: it must not confirm the draft behind it
    if state is State.CONFIRM_DELETE:
        ctx.save(State.parse(str(ctx.data.get("back", "idle"))), **ctx.data.get("back_data", {}))
        state = ctx.state
    calmed = not_emergency.taken_back(d, ctx, text)  # "das ist kein Notfall"
    if calmed is not None:
        return calmed
    concern = ctx.current()
    asks = text.rstrip().endswith("?") or ASKS_FOR_SERVICES.search(text) is not None
    # "A che punto è la mia richiesta?" asks about their concerns, not what to do now.
    status = ASKS_FOR_STATUS.search(text) is not None and not confirming.HOW_LONG.search(text)
    if asks and not status and len(text.split()) <= 12 and _after_an_emergency(ctx):
        # "was soll ich tun?", "Die Sanität ist jetzt da": the call guides them, not this chat.
        # An emergency still waiting for its place is not "with the city" yet.
        pending = concern is not None and concern.urgent
        key = "after_emergency_pending" if pending else "after_emergency"
        return [Reply(t(ctx.lang, key)), *render.prompt(d, ctx)]
    if ASKS_FOR_SERVICES.search(text) and text.rstrip().endswith("?") and len(text.split()) <= 8:
        # "Ist die Polizei schon unterwegs?": the bot alerts nobody; say so plainly
        # (a question, not a report: nothing is filed).
        return [Reply(t(ctx.lang, "no_dispatch")), *render.prompt(d, ctx)]
    who = notes.asked_who(d, ctx, text) if not ctx.urgent else None
    if who is not None:
        return who  # "Wer ist zuständig?": the office, not a concern or a place
    about_data = privacy.about_data(d, ctx, text) if not ctx.urgent else None
    if about_data is not None:
        return about_data  # "Was passiert mit meinen Daten?", "Löschen Sie meine Daten"
    named = references.own_reference(ctx, text) if not ctx.urgent else None
    if named is None and not ctx.urgent:
        named = references.own_by_number(ctx, text)  # "Was ist mit Nr. 1?"
    if named is not None:
        answer = references.about(d, ctx, named, text)
        if answer is not None:
            return answer
    elif not ctx.urgent and len(text.split()) <= REFERENCE_QUESTION_WORDS:
        # "Was ist mit ZH-2026-000013?" of a number that is not theirs (or none):
        # the same answer either way, and neither filed nor read as a place.
        reference = references.named_reference(text)
        if reference is not None:
            unknown = Reply(t(ctx.lang, "reference_unknown", reference=reference))
            return [unknown, *render.prompt(d, ctx)]
        if references.NUMBER_QUESTION.match(text):
            # "Was ist mit Nr. 12?" and no such concern: theirs (or that there are none).
            return [commands.mine(d, ctx), *render.prompt(d, ctx)]
    if not ctx.urgent:
        withdrawing = withdrawal.typed_answer(d, ctx, text)
        if (
            named is None
            and withdrawing is None
            and (withdrawal.asked(text) or withdrawal.asked_to_delete_one_of_several(ctx, text))
        ):
            withdrawing = withdrawal.ask(d, ctx)  # "Ich möchte meine Meldung zurückziehen"
        if withdrawing is not None:
            return withdrawing
    if concern is None or state is State.IDLE:
        from bot.dialog import reply_to_city  # here: that module uses this one

        return reply_to_city.on_idle_text(d, ctx, text) or idle(d, ctx, text)
    if not ctx.urgent and calls_off(text):
        return confirming.discard(d, ctx, concern)
    if (
        not ctx.urgent
        and concern.status == Status.DRAFT
        and NOT_A_CONCERN.search(text)
        and len(text.split()) <= 2 * SHORT_ANSWER_WORDS
    ):
        # "Das war kein Anliegen, ich wollte nur den Stand wissen": the draft its
        # question became is taken back, and the status is what they asked for.
        return [*confirming.discard(d, ctx, concern), commands.mine(d, ctx)]
    if not ctx.urgent and ONLY_ASKING.search(text) and len(text.split()) <= 2 * SHORT_ANSWER_WORDS:
        # "Ich wollte nur fragen, wie es steht" while a concern waits: both.
        return [commands.mine(d, ctx), *render.prompt(d, ctx)]
    if state in {State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL}:
        return place_answer(d, ctx, concern, text)
    if state is State.NEW_OR_PLACE:
        return confirming.new_or_place_typed(d, ctx, concern, text)
    emergency = late_place.waiting_for_place(ctx) if not ctx.urgent else None
    if emergency is not None and concern.kreis is not None and _only_a_place(d, text):
        # The waiting concern came back after an emergency went out without its
        # place, and has one: a bare place now is the one the resident was asked for.
        added = late_place.add(d, ctx, emergency, d.place(text), text)
        return [*added, *render.prompt(d, ctx)]
    return confirming.at_confirmation(d, ctx, concern, text)


_PLACE_WORDS = re.compile(
    r"\b(an|am|auf|bei|beim|im|in|der|die|das|dem|den|vor|hinter|neben|ecke|at|on|near|"
    r"à|au|près|de|la|le|a|al|alla|vicino|strasse|platz|nr|nummer|hausnummer|doch|nicht)\b",
    re.IGNORECASE,
)


def _only_a_place(d: Dialog, text: str) -> bool:
    """'Josefstrasse 12', 'am Idaplatz': a place and nothing about what is wrong."""
    place = d.place(text)
    if not _named(place) or len(text.split()) > 6:
        return False
    rest = text
    for mention in place.mentions:
        rest = rest.replace(mention.text, " ")
    return re.search(r"[^\W\d_]{3,}", _PLACE_WORDS.sub(" ", rest)) is None


def _after_an_emergency(ctx: Ctx) -> bool:
    """The resident reported an emergency in the last half hour."""
    latest = repo.concerns_of(ctx.s, resident=ctx.resident, limit=1)
    if not latest or not latest[0].urgent:
        return False
    created = latest[0].created_at
    created = created if created.tzinfo else created.replace(tzinfo=UTC)
    return utcnow() - created < not_emergency.EMERGENCY_WINDOW


def _newcomer(ctx: Ctx) -> bool:
    """German by default only: no other language seen, and no concern yet."""
    return ctx.lang == "de" and not repo.concerns_of(ctx.s, resident=ctx.resident, limit=1)


def idle(d: Dialog, ctx: Ctx, text: str) -> list[Reply]:
    earlier = recent_fragment(ctx)
    if (
        earlier
        and _only_a_place(d, earlier)
        and not _only_a_place(d, text)
        and _named(d.place(text))
    ):
        # "Weinbergstrasse 30", later "Die Lampe vor der Josefstrasse 12 brennt
        # nicht": the new concern brings its own place, the old line is not its start.
        ctx.data.pop("fragment", None)
        earlier = None
    if not ctx.urgent:
        corrected = outside.corrected(d, ctx, text)
        if corrected is not None:
            return corrected  # "Weststrasse 30" right after "Das liegt ausserhalb …"
        talk = smalltalk(text)
        if talk is not None:
            # "Bonjour" gets French; "Danke" from someone who writes Italian does
            # not (a courtesy word switches only someone new).
            if talk.lang and talk.lang != ctx.lang and (not courtesy(text) or _newcomer(ctx)):
                ctx.resident.language = talk.lang
                ctx.s.add(ctx.resident)
            kind = "ok" if talk.kind in {"yes", "no", "ok"} else talk.kind
            replies = [Reply(t(ctx.lang, f"smalltalk_{kind}"))]
            if kind == "greeting" and talk.lang is None and _newcomer(ctx):
                # "Ciao", "Hi", "👋": Swiss German as much as Italian or English.
                # German stays, and someone new learns the other languages exist.
                replies.append(Reply(t(ctx.lang, "smalltalk_languages")))
            return replies
        words = len(text.split())
        just_asking = ONLY_ASKING.search(text) or NOT_A_CONCERN.search(text)
        if (ASKS_FOR_STATUS.search(text) and words <= SHORT_ANSWER_WORDS) or (
            just_asking and words <= 2 * SHORT_ANSWER_WORDS
        ):
            if just_asking and "fragment" in ctx.data:
                # The line before was the start of this question, not of a concern.
                ctx.save(ctx.state, **{k: v for k, v in ctx.data.items() if k != "fragment"})
            return [commands.mine(d, ctx)]  # "Wie ist der Stand?", "das war kein Anliegen"
        after = references.just_forwarded(d, ctx, text)
        if after is not None:
            return after  # "bitte wieder löschen", "Oh nein, ich meinte Josefstrasse 120"
        emergency = late_place.waiting_for_place(ctx)
        if emergency is not None:
            place = d.place(text)
            if _named(place) and not place.outside_city and not could_be_a_concern(d, text, True):
                # "Josefstrasse 12" after an emergency went out without its place.
                return late_place.add(d, ctx, emergency, place, text)
        asked = followup.about_open_concern(d, ctx, text) if not earlier else None
        if asked is not None:
            return asked  # "Ist der Kübel am Idaplatz jetzt geleert?": not a second report
        if not has_content(text):
            return [Reply(t(ctx.lang, "too_short"))]
        if not earlier and announces_a_question(text):
            # "Ich hätte eine Frage zur Abfallentsorgung": the question comes next and
            # joins this line, which is kept (stored) as the start of the concern.
            ctx.save(State.IDLE, **{**ctx.data, "fragment": text})
            ctx.commit()
            return [Reply(t(ctx.lang, "question_about"))]
    where_only = _home_line(d, text) or _only_a_place(d, text)
    short = len(text.split()) <= FRAGMENT_WORDS or where_only
    if earlier:
        text = f"{earlier} {text.strip()}"  # one thought per line: the lines belong together
    if not ctx.urgent and short and len(text.split()) <= 4 * FRAGMENT_WORDS:
        # "bei uns im Quartier", "an der Josefstrasse": stored first (conversation),
        # then, without a clear topic, kept as the start of a concern, not filed yet.
        ctx.save(State.IDLE, **{**ctx.data, "fragment": text})
        ctx.commit()
        topic, confidence = d.topic_of(text)
        if where_only or confidence < d.settings.low_confidence or topic == VAGUE_TOPIC:
            return [Reply(t(ctx.lang, "tell_more"))]
    return intake.new_text(d, ctx, text)


def _home_line(d: Dialog, text: str) -> bool:
    """'Ich wohne an der Josefstrasse 12', also 'Ich wohne an der Weinbergstrasse
    30, aber das Problem ist am Idaplatz': where, and not yet what (a longer
    line only when its topic is unclear)."""
    if RESIDENCE.search(text) is None:
        return False
    words = len(text.split())
    if words <= 10:
        return True
    # Longer: only the home and a place ("aber das Problem ist am Idaplatz"), not a
    # whole concern the bot is unsure of ("…, mais la poubelle à l'Idaplatz est pleine").
    rest = residence.without_home(text)
    return (
        words <= 3 * FRAGMENT_WORDS
        and len(_WORDS.findall(rest)) <= 6
        and d.topic_of(text)[1] < d.settings.low_confidence
    )


def recent_fragment(ctx: Ctx) -> str | None:
    fragment = ctx.data.get("fragment")
    if not fragment:
        return None
    updated = ctx.conv.updated_at
    updated = updated if updated.tzinfo else updated.replace(tzinfo=UTC)
    if utcnow() - updated > FRAGMENT_KEPT:
        return None  # a line from long ago is not the start of this message
    return str(fragment)


def has_content(text: str) -> bool:
    """'1', 'Nr. 12', '??' are no concern: at least one real word is needed."""
    words = [w for w in _WORDS.findall(text) if len(w) >= 3]
    return sum(len(w) for w in words) >= 5


def _dont_know(text: str) -> bool:
    folded = text.strip().casefold()
    if folded in {t(lang, "btn_place_unknown").casefold() for lang in LANGUAGES}:
        return True
    if NO_PLACE.match(text):
        return True
    talk = smalltalk(text)
    return talk is not None and talk.kind == "dont_know"


def _named(place: PlaceResult) -> bool:
    return place.kreis is not None or bool(place.candidates) or place.outside_city


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
        said = text if _named(place) else None
        return place_resolved(d, ctx, concern, place, said)
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
    if talk is not None and talk.kind not in {"yes", "no", "ok"}:
        return [Reply(t(ctx.lang, f"smalltalk_{talk.kind}")), *render.prompt(d, ctx)]
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
        if _named(place) and has_content(tail) and not could_be_a_concern(d, head, True):
            more = intake.create(ctx, tail, [], Status.DRAFT)
            ctx.save(ctx.state, **{**ctx.data, "queue": [*ctx.queue, more.id]})
            ctx.commit()
            noted = Reply(t(ctx.lang, "noted_for_later", text=intake.quote(tail)))
            return [noted, *place_resolved(d, ctx, concern, place, head)]
    home = _home_then_place(d, ctx, concern, text)
    if home is not None:
        return home
    place = resolve(d, ctx, text)
    if not _named(place) and text.rstrip().endswith("?") and len(text.split()) <= 8:
        # "Wieso brauchen Sie das?": a question, not a place.
        return [Reply(t(ctx.lang, "why_place")), *render.prompt(d, ctx)]
    if could_be_a_concern(d, text, _named(place)):
        return [render.new_or_place(ctx, concern, text)]
    if (
        not _named(place)
        and ctx.state is State.AWAIT_PLACE
        and not ctx.data.get("retried")
        and not concern.urgent  # an emergency is asked for its place once
    ):
        if ctx.data.get("change"):
            # After "Ort ändern": said, and the Kreise offered again.
            return [replace(render.kreise(ctx, concern, unknown=True), edit=False)]
        return [render.ask_place(ctx, concern, again=True)]  # once more, with a hint
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
    reply = render.ask_place(ctx, concern, ctx.own(ctx.data.get("previous_id")))
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
    if place.kreis is None and place.candidates and not detail_asked:
        street = place.street or (place.places[0] if place.places else (text or ""))
        return [render.ask_detail(ctx, concern, street, place.candidates, text or "")]
    replies: list[Reply] = []
    if place.kreis is None and lat is None:
        street = str(ctx.data.get("street") or "") if ctx.state is State.AWAIT_PLACE_DETAIL else ""
        if street:
            # The street is known, its Kreis is not: keep the street for the office.
            text = f"{street} {text}" if text and has_content(text) else street
            replies.append(Reply(t(ctx.lang, "place_detail_unresolved")))
        elif text:
            replies.append(Reply(t(ctx.lang, "place_unknown_go_on")))
    set_place(d, ctx, concern, place, text=text, lat=lat, lon=lon)
    return [*replies, *intake.conclude(d, ctx, concern)]


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
    if text:
        # "Zurlindnstrasse 12" typed: shown as the gazetteer writes it.
        changes["place_text"] = spelling.respelled(text.strip(), place)[:200]
    elif lat is not None and (place.kreis, place.quartier) != (concern.kreis, concern.quartier):
        # A pin elsewhere replaces the place: "Idaplatz" is not in the pin's Kreis 4.
        changes["place_text"] = None
    if lat is not None:
        changes["lat"], changes["lon"] = lat, lon
    repo.apply_routing(ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", **changes)


def add_text(ctx: Ctx, concern: Concern, text: str) -> None:
    """More about an emergency, written while the bot waits: it belongs to it."""
    concern.text = f"{concern.text}\n{text.strip()}" if concern.text else text.strip()
    ctx.s.add(concern)
    ctx.commit()
