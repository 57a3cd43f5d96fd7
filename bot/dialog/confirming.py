"""Text typed at the confirmation or at "new concern or place?"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from bot.dialog import (
    card_chatter,
    card_line,
    commands,
    intake,
    offices,
    once_more,
    phone,
    place_answer,
    place_forms,
    place_meant,
    render,
    restated,
    said_yes,
    sayings,
    topic_choice,
    topic_corrected,
    typed_change,
)
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.topic_kin import VAGUE_TOPIC
from bot.texts import t
from nlp.smalltalk import smalltalk, typed_topic, yes_no
from store import repository as repo
from store.models import Concern, EventKind, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# "Nr. 12", "20", "Hausnummer 120", "bei der 14": a house number alone.
# A Zürich postcode alone ("8003", 8001–8099) is none: it names a Kreis (trial m, § 14).
HOUSE_NUMBER = re.compile(
    r"^\s*(?:(?:haus)?n(?:umme)?r\.?|no\.?|n°|bei(?:\s+(?:der|nr\.?))?|number)?\s*"
    r"(?!80(?:0[1-9]|[1-9]\d)\s*[.!]?\s*$)(\d{1,4}\s?[a-z]?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
THANKS = {"thanks", "ok", "yes"}
# "ah nein sorry, es ist die Ankerstrasse", "Ja, aber es ist am Bullingerplatz", "meinte
# Idaplatz": a correction.
CORRECTION = re.compile(
    r"^\W*(?:ah\s+|oh\s+)?(?:nein|nei|nö|no|non|nope|sorry|pardon|eigentlich|ja,?\s+aber|yes,?\s+but|"
    r"oui,?\s+mais|sì,?\s+ma|korrektur|correction|correzione|(?:ich\s+)?meinte|i\s+meant)\b",
    re.IGNORECASE,
)
# "nein, ich meinte den Glascontainer": what the concern is about, corrected.
MEANT = re.compile(
    r"\b(ich\s+meinte|ich\s+meine|gemeint\s+ist|korrektur|i\s+meant|correction|je\s+voulais\s+dire|"
    r"intendevo|sondern)\b",
    re.IGNORECASE,
)
# "nein, nicht der Abfall, es ist die Lampe", "nei, es isch nöd de Abfall, es isch d
# Lampe wo nöd brennt": not this, but that (new-user trial i, finding 7: it became a
# second concern, and the wrong one came back afterwards). What follows is meant;
# "nein, nicht nur der Kübel, es ist auch …" is more, not a correction.
NOT_BUT = re.compile(
    r"\b(?:nicht|nöd|nid|not|pas|non)\s+(?!nur\b|numme\b|only\b|just\b|seulement\b|solo\b)"
    r"(?:\S+\s+){0,3}?\S+\s*,\s*"
    r"(?:es\s+ist|es\s+isch|isch\s+es|ist\s+es|es\s+geht\s+um|it['’]s|it\s+is|c['’]est|è|sondern)\b",
    re.IGNORECASE,
)
# "Ja, aber die Hausnummer ist 14": a house number within a short correction.
NUMBER_IN_TEXT = re.compile(
    r"\b(?:hausnummer|haus-nr\.?|nr\.?|nummer|number|numéro|numero)\s*(?:ist\s+|is\s+|est\s+|è\s+)?"
    r"(\d{1,4}\s?[a-z]?)\b",
    re.IGNORECASE,
)


# "nein, das Thema stimmt nicht", "falsches Thema", "wrong topic": the topic, not the place.
WRONG_TOPIC = re.compile(
    r"\b(thema|topic|thème|tema|kategorie|category|catégorie|categoria)\b[^.!?]{0,30}?"
    r"\b(stimmt\s+nicht|stimmt\s+nöd|stimmt\s+nid|passt\s+nicht|ist\s+falsch|isch\s+falsch|falsch|"
    r"wrong|incorrect|is\s+not\s+right|faux|n'est\s+pas\s+(le\s+)?bon|sbagliat[oa]|non\s+è\s+giust[oa])\b"
    r"|\b(falsche[sn]?|wrong|mauvais|sbagliat[oa])\s+(thema|topic|thème|tema|kategorie|category)\b",
    re.IGNORECASE,
)
# Words around a topic named after it ("es ist eher Verkehr", "eigentlich Lärm").
_TOPIC_LEAD = re.compile(
    r"^\W*(nein|no|non|aber|but|mais|ma|es\s+ist|es\s+geht\s+um|es\s+isch|eher|eigentlich|"
    r"sondern|it['’]s|it\s+is|rather|actually|c['’]est|plutôt|è|piuttosto|\s)+",
    re.IGNORECASE,
)


def wrong_topic(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """ "Das Thema stimmt nicht, es ist eher Verkehr": that topic; "falsches
    Thema" alone: the likely topics to choose from. None when not said."""
    if WRONG_TOPIC.search(text) is None:
        return None
    for piece in re.split(r"[,;.!?]|\bund\b|\band\b", text):
        piece = _TOPIC_LEAD.sub("", piece).strip()
        code = typed_topic(piece) if piece and not WRONG_TOPIC.search(piece) else None
        if code is not None and code in d.routing.topics:
            set_topic(d, ctx, concern, code)
            return [render.confirm(d, ctx, concern)]
    return [replace(render.all_topics(d, ctx, concern), edit=False)]  # a new message


# "Wie bitte?" at the confirmation: the question was not understood.
PARDON = re.compile(
    r"^\W*(wie\s+bitte|was\s+heisst\s+das|was\s+bedeutet\s+das|wie\s+meinen\s+sie(\s+das)?|"
    r"was\s+meinen\s+sie|was|hä|häh|hää|ich\s+verstehe\s+(das\s+)?nicht|"
    r"what\s+do\s+you\s+mean|what|pardon|comment|je\s+ne\s+comprends\s+pas|"
    r"cosa\s+significa|come|non\s+capisco)\W*$",
    re.IGNORECASE,
)
# "Wie lange dauert das?" at the confirmation is about this concern.
HOW_LONG = re.compile(r"\b(wie lange|how long)\b", re.IGNORECASE)


def at_confirmation(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """Typed instead of pressing a button: yes/no, a topic, a house number, a
    place, or a new concern."""
    if ctx.urgent:
        return new_concern_meanwhile(d, ctx, concern, text)
    called = phone.number_added(d, ctx, concern, text)
    if called is not None:
        return called  # "044 123 45 67" after "Anrufen kann ich leider nicht …"
    if WRONG_TOPIC.search(text) is None:
        changed = typed_change.at_confirmation(d, ctx, concern, text)
        if changed is not None:
            return changed  # "Ort ändern", "der Ort stimmt nicht", "Verwerfen" typed
    answer = yes_no(text)
    if answer is True and ctx.state is State.CHOOSE_TOPIC:
        return topic_choice.hint(d, ctx, concern)  # "Ja" at "Was passt am besten?"
    if answer is True and ctx.state is State.AWAIT_CONFIRM and not ctx.data.get("not_right"):
        return said_yes.forward(d, ctx, concern)
    if answer is not None and ctx.data.get("not_right"):
        return [render.not_right(ctx, concern)]  # after "Nein", "ok" is no confirmation
    if answer is False:
        return [render.not_right(ctx, concern)]
    chatter = card_chatter.answered(d, ctx, text, partial(at_confirmation, d, ctx, concern))
    if chatter is not None:
        return chatter  # "Sorry, ich bin neu hier", "Moment": not the concern's words
    code = typed_topic(text)
    if code is not None and code in d.routing.topics:
        set_topic(d, ctx, concern, code)
        return [render.confirm(d, ctx, concern)]
    topic_said = wrong_topic(d, ctx, concern, text)
    if topic_said is not None:
        return topic_said
    correcting = CORRECTION.search(text) is not None
    meant = place_meant.at_confirmation(d, ctx, concern, text, correcting=correcting)
    if meant is not None:
        return meant  # "eher Idaplatz", "nicht Langstrasse sondern Idaplatz"
    office_topic = offices.named_topic(d, text, correcting) if len(text.split()) <= 12 else None
    if office_topic is not None:
        set_topic(d, ctx, concern, office_topic)  # "nein, das gehört zu Grün Stadt Zürich"
        return [render.confirm(d, ctx, concern)]
    topic_said = topic_corrected.at_card(d, ctx, concern, text)
    if topic_said is not None:
        return topic_said  # "nein, eigentlich geht es um den Kübel dort": one draft, its topic
    if correcting and len(text.split()) <= 2 * place_answer.SHORT_ANSWER_WORDS:
        place = d.place(text)
        if place.kreis is not None or place.candidates or place.outside_city:
            numbered = place_meant.numbered(d, place, text)  # "bei der Nr. 14 an der Idastrasse"
            if numbered is not None:
                return place_answer.place_resolved(d, ctx, concern, *numbered)
            said = ", ".join(place.places) or text
            return place_answer.place_resolved(d, ctx, concern, place, said)
        if MEANT.search(text) or NOT_BUT.search(text):
            return _corrected(d, ctx, concern, text)
    if PARDON.match(text) and ctx.state is State.AWAIT_CONFIRM:
        # "Wie bitte?": the question itself was not understood; say it plainly.
        return [render.confirm(d, ctx, concern, lead="confirm_explained")]
    talk = smalltalk(text)
    if talk is not None and talk.kind == "dont_know":
        if ctx.state is State.CHOOSE_TOPIC:
            # "weiss nicht" at the topics: the coordination office sorts it out.
            set_topic(d, ctx, concern, VAGUE_TOPIC)
        return [render.confirm(d, ctx, concern)]
    if talk is not None or answer is True:
        kind = "yes" if talk is None else talk.kind
        if kind in THANKS and ctx.state is State.AWAIT_CONFIRM:
            # "Danke!" at the confirmation: one question, not a goodbye and a reminder.
            return [render.confirm(d, ctx, concern, lead="shall_i_forward")]
        lead = [] if kind in {"yes", "no", "ok"} else [Reply(t(ctx.lang, f"smalltalk_{kind}"))]
        return [*lead, *once_more.prompt(d, ctx)]  # "hello???": in full once in a row
    if sayings.ASKS_FOR_STATUS.search(text) and not HOW_LONG.search(text):
        # "Wie ist der Stand von Nr. 13?": their concerns, not a house number.
        return [commands.mine(d, ctx), *render.prompt(d, ctx)]
    question = text.rstrip().endswith("?")
    number = HOUSE_NUMBER.match(text) or (
        NUMBER_IN_TEXT.search(text)
        if len(text.split()) <= place_answer.SHORT_ANSWER_WORDS and not question
        else None
    )
    if number:
        bare = number.group(0).strip().rstrip(".!") == number.group(1)  # "5", not "Nr. 5"
        return _house_number(d, ctx, concern, number.group(1), bare=bare)
    place = d.place(text)
    named = place.kreis is not None or bool(place.candidates) or place.outside_city
    from bot.dialog import reply_to_city  # it reads this module

    replying = reply_to_city.while_drafting(d, ctx, concern, text, named=named)
    if replying is not None:
        return replying  # "Ist das Ihre Antwort zu ZH-…?": the city asked something
    if text.rstrip().endswith("?") and len(text.split()) <= place_answer.SHORT_ANSWER_WORDS:
        # "wie lange dauert das?", "warum wollen Sie das wissen?": not a new concern.
        if phone.CALL_ME.search(text):  # "Können Sie mich anrufen?": it cannot (trial J)
            return [Reply(t(ctx.lang, "phone_no_calls")), render.confirm(d, ctx, concern)]
        return [render.confirm(d, ctx, concern, lead="question_at_confirm")]
    postcode = place_forms.postcode_at_confirmation(d, ctx, concern, text)
    if postcode is not None:
        return postcode  # "8003": the Kreis it names, no house number (trial m, § 14)
    if not place_answer.has_content(text):
        return [Reply(t(ctx.lang, "too_short")), *render.prompt(d, ctx)]
    matter = phone.matter_added(d, ctx, concern, text)
    if matter is not None:
        return matter  # "Der Kübel am Idaplatz ist voll" after "Anrufen kann ich leider nicht …"
    again = restated.at_confirmation(d, ctx, concern, text) or card_line.same_concern(
        d, ctx, concern, text
    )
    if again is not None:
        return again  # the card's concern said again, or more of it ("ist voll")
    if (
        named
        and concern.kreis is None
        and not concern.place_text
        and place_answer.only_a_place(d, text)
    ):
        # "Idaplatz" after "Weiss ich nicht": the place that was missing, not a
        # concern (a place alone says nothing about what is wrong).
        return place_answer.place_resolved(
            d, ctx, concern, place_answer.resolve(d, ctx, text), text
        )
    if (
        named
        and len(text.split()) <= place_answer.SHORT_ANSWER_WORDS
        and not card_line.another_matter(text)  # "Und übrigens: beim Bahnhof … Sperrmüll"
    ):
        return [render.new_or_place(ctx, concern, text)]
    return new_concern_meanwhile(d, ctx, concern, text)


def _corrected(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """The resident corrects what it is about: the correction joins the text and
    the topic is read again (the place stays)."""
    concern.text = f"{concern.text}\n{text.strip()}" if concern.text else text.strip()
    ctx.s.add(concern)
    ctx.commit()
    # What comes after "ich meinte" / "sondern" is what it is about.
    meant = [m.end() for pattern in (MEANT, NOT_BUT) for m in pattern.finditer(text)]
    said = text[max(meant) :].strip(" :,.") if meant else text
    result = d.clf.classify(said if place_answer.has_content(said) else text)
    office = d.routing.route(result.topic, result.confidence, concern.kreis).office
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=EventKind.RESIDENT,
        actor="resident",
        topic=result.topic,
        confidence=result.confidence,
        office=office,
    )
    return [render.confirm(d, ctx, concern)]


def _house_number(
    d: Dialog, ctx: Ctx, concern: Concern, number: str, *, bare: bool = False
) -> list[Reply]:
    """A house number typed at the confirmation completes the concern's street.
    A `bare` number ("5") that replaces one the concern had is said so: it may
    be a typo or a stale button number (trial h, finding 7: Josefstrasse 12
    became 5 without a word)."""
    street = d.place(concern.place_text or "").street or d.place(concern.text or "").street
    if not street:
        return [Reply(t(ctx.lang, "number_without_street")), *render.prompt(d, ctx)]
    place = d.clf.gazetteer.resolve_answer(number, street, [])
    if place.kreis is None:
        return [Reply(t(ctx.lang, "number_without_street")), *render.prompt(d, ctx)]
    had = _OLD_NUMBER.search(concern.place_text or "") if bare else None
    place_answer.set_place(d, ctx, concern, place, text=f"{street} {number}")
    lead = []
    if had is not None and had.group(1).replace(" ", "") != number.replace(" ", ""):
        lead = [Reply(t(ctx.lang, "number_changed", new=number, old=had.group(1)))]
    return [*lead, render.confirm(d, ctx, concern)]


_OLD_NUMBER = re.compile(r"\s(\d{1,4}\s?[a-z]?)\s*$", re.IGNORECASE)


def new_concern_meanwhile(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """A new concern while another waits: that one stays a draft. An emergency
    comes first and the waiting concern is taken up again after it; anything
    else is taken up now (the waiting one is forwarded unconfirmed later)."""
    if ctx.urgent:
        ctx.save(State.IDLE, queue=[concern.id, *[i for i in ctx.queue if i != concern.id]])
        return intake.new_text(d, ctx, text, previous=concern)
    # The waiting one comes back after the new one (and goes out unconfirmed if left).
    ctx.save(State.IDLE, queue=[*[i for i in ctx.queue if i != concern.id], concern.id])
    kept = Reply(t(ctx.lang, "draft_kept", reference=concern.reference))
    return [kept, *intake.new_text(d, ctx, text)]


# The choice between [Neues Anliegen] and [Ort für ZH-…], typed instead of pressed.
CHOOSE_NEW = re.compile(
    r"^\W*(?:ein\s+)?(?:neu(?:e[sr]?)?(?:\s+anliegen)?|new(?:\s+concern)?|"
    r"nouve(?:au|lle)(?:\s+demande)?|nuov[oa](?:\s+segnalazione)?)\W*$",
    re.IGNORECASE,
)
CHOOSE_PLACE = re.compile(
    r"^\W*(?:(?:das|es)\s+ist\s+)?(?:der\s+|the\s+|le\s+|il\s+)?"
    r"(?:ort|place|lieu|luogo)(?:\s+(?:für|for|pour|per)\b.*)?\W*$",
    re.IGNORECASE,
)


def new_or_place_typed(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """Typed instead of answering "new concern or place?"."""
    pending = str(ctx.data.get("pending_text", ""))
    if ctx.urgent:
        if place_answer.has_content(pending):  # the line in question is kept, not dropped
            kept = intake.create(ctx, pending, [], Status.DRAFT, urgent=False)
            ctx.save(ctx.state, **{**ctx.data, "queue": [*ctx.queue, kept.id]})
            ctx.commit()
        return new_concern_meanwhile(d, ctx, concern, text)
    if CHOOSE_NEW.match(text):  # "neu", "neues Anliegen": the button, typed
        return new_concern_meanwhile(d, ctx, concern, pending)
    if CHOOSE_PLACE.match(text):  # "der Ort", "Ort für ZH-…": the other button, typed
        back = State.parse(str(ctx.data.get("back") or State.AWAIT_CONFIRM.value))
        detail = {k: v for k, v in ctx.data.items() if k in render.DETAIL_KEYS}
        ctx.save(back, **detail, concern_id=concern.id)
        place = place_answer.resolve(d, ctx, pending)
        return place_answer.place_resolved(d, ctx, concern, place, pending)
    unclear = not place_answer.has_content(text)  # "hä?", "1": no concern to keep
    if unclear or smalltalk(text) is not None or yes_no(text) is not None:
        if ctx.data.get("asked_again"):
            # Still no choice: nothing is lost if the line is filed as a concern of its own.
            return new_concern_meanwhile(d, ctx, concern, pending)
        ctx.save(ctx.state, **{**ctx.data, "asked_again": True})
        return [Reply(t(ctx.lang, "choose_one")), render.new_or_place(ctx, concern, pending)]
    place = d.place(text)
    named = place.kreis is not None or bool(place.candidates) or place.outside_city
    if (
        named
        and len(text.split()) <= place_answer.SHORT_ANSWER_WORDS
        and not place_answer.could_be_a_concern(d, text, True)
    ):
        # A place typed now is the place; what was in question becomes a concern of its own.
        replies: list[Reply] = []
        if place_answer.has_content(pending) and place_answer.could_be_a_concern(d, pending, True):
            more = intake.create(ctx, pending, [], Status.DRAFT)
            ctx.save(ctx.state, **{**ctx.data, "queue": [*ctx.queue, more.id]})
            ctx.commit()
            replies.append(Reply(t(ctx.lang, "noted_for_later", text=intake.quote(pending))))
        back = State.parse(str(ctx.data.get("back") or State.AWAIT_CONFIRM.value))
        ctx.save(
            back,
            **{k: v for k, v in ctx.data.items() if k in render.DETAIL_KEYS},
            concern_id=concern.id,
        )
        return [
            *replies,
            *place_answer.place_resolved(d, ctx, concern, place_answer.resolve(d, ctx, text), text),
        ]
    waiting = intake.create(ctx, text.strip(), [], Status.DRAFT)
    ctx.save(ctx.state, **{**ctx.data, "queue": [*ctx.queue, waiting.id]})
    ctx.commit()
    return [Reply(t(ctx.lang, "choose_first")), render.new_or_place(ctx, concern, pending)]


def discard(d: Dialog, ctx: Ctx, concern: Concern) -> list[Reply]:
    """The resident withdraws the draft ("abbrechen", or the button)."""
    repo.set_status(ctx.s, concern=concern, status=Status.WITHDRAWN, actor="resident")
    ctx.save(State.IDLE)
    done = Reply(t(ctx.lang, "discarded", reference=concern.reference), edit=True)
    return [done, *intake.next_in_queue(d, ctx)]


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
