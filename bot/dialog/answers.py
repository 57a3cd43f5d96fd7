"""Text typed while the bot waits for something: one handler per state.

Idle text is here; place answers are in `place_answer`, text at the
confirmation and at the "new concern or place?" question in `confirming`.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import (
    after_crisis,
    called,
    commands,
    confirming,
    followup,
    general_questions,
    intake,
    language_kept,
    late_place,
    listing,
    not_emergency,
    notes,
    outside,
    place_answer,
    privacy,
    references,
    render,
    what_then_where,
    where_first,
    withdrawal,
)
from bot.dialog.announced import announces_a_question
from bot.dialog.calloff import calls_off
from bot.dialog.context import Ctx, LatestConcern, latest_concern
from bot.dialog.model import Reply, State
from bot.dialog.sayings import (
    ASKS_FOR_SERVICES,
    ASKS_FOR_STATUS,
    NOT_A_CONCERN,
    ONLY_ASKING,
)
from bot.dialog.topic_kin import VAGUE_TOPIC
from bot.language import courtesy
from bot.texts import t
from nlp.smalltalk import smalltalk
from store.models import Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# Up to this many words without a clear topic are the start of a concern.
FRAGMENT_WORDS = 5
FRAGMENT_KEPT = timedelta(minutes=30)


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
    concern, latest = ctx.current(), latest_concern(ctx)  # the latest: read when asked, once
    acked = called.acknowledged(d, ctx, text)  # "Ich habe die Feuerwehr angerufen" at "Wo?"
    if acked is not None:
        return acked
    asks = text.rstrip().endswith("?") or ASKS_FOR_SERVICES.search(text) is not None
    # "A che punto è la mia richiesta?" asks about their concerns, not what to do now.
    status = ASKS_FOR_STATUS.search(text) is not None and not confirming.HOW_LONG.search(text)
    if asks and not status and len(text.split()) <= 12 and not_emergency.reported_recently(ctx):
        return after_crisis.after_emergency(d, ctx, text, concern)  # "was soll ich tun?"
    if ASKS_FOR_SERVICES.search(text) and text.rstrip().endswith("?") and len(text.split()) <= 8:
        # "Ist die Polizei schon unterwegs?": the bot alerts nobody; say so plainly
        # (a question, not a report: nothing is filed).
        return [Reply(t(ctx.lang, "no_dispatch")), *render.prompt(d, ctx)]
    known = general_questions.answer(d, ctx, text)  # opening hours, how long it takes
    who = known or (notes.asked_who(d, ctx, text) if not ctx.urgent else None)
    if who is not None:
        return who  # "Wer ist zuständig?", "Wann hat … offen?": answered, not filed
    about_data = privacy.about_data(d, ctx, text) if not ctx.urgent else None
    if about_data is not None:
        return about_data  # "Was passiert mit meinen Daten?", "Löschen Sie meine Daten"
    withdrawing = withdrawal.typed_answer(d, ctx, text) if not ctx.urgent else None
    if withdrawing is not None:
        return withdrawing  # "Welches Anliegen soll ich zurückziehen?" "Die zweite"
    named = references.own_reference(ctx, text) if not ctx.urgent else None
    if named is None and not ctx.urgent:
        named = references.own_by_number(ctx, text)  # "Was ist mit Nr. 1?"
    if named is not None:
        answer = references.about(d, ctx, named, text)
        if answer is not None:
            return answer
    elif not ctx.urgent and references.asks_about_it(text):
        # "Was ist mit ZH-2026-000013?" of a number that is not theirs (or none):
        # the same answer either way, and neither filed nor read as a place.
        reference = references.named_reference(text)
        if reference is not None:
            unknown = Reply(t(ctx.lang, "reference_unknown", reference=reference))
            return [unknown, *render.prompt(d, ctx)]
        if references.NUMBER_QUESTION.match(text):  # "Was ist mit Nr. 12?", none such
            return listing.no_such_number(d, ctx, text)
    if not ctx.urgent and named is None and withdrawal.requested(ctx, text):
        return withdrawal.ask(d, ctx)  # "Ich möchte meine Meldung zurückziehen"
    from bot.dialog import reply_to_city  # here: that module uses this one

    replying = reply_to_city.on_text(d, ctx, text, latest)  # "Ist das Ihre Antwort zu ZH-…?"
    if replying is not None or concern is None or state is State.IDLE:
        return replying or idle(d, ctx, text, latest)
    if not ctx.urgent and calls_off(text):
        return confirming.discard(d, ctx, concern)
    if (
        not ctx.urgent
        and concern.status == Status.DRAFT
        and NOT_A_CONCERN.search(text)
        and len(text.split()) <= 2 * place_answer.SHORT_ANSWER_WORDS
    ):
        # "Das war kein Anliegen, ich wollte nur den Stand wissen": the draft its
        # question became is taken back, and the status is what they asked for.
        return [*confirming.discard(d, ctx, concern), commands.mine(d, ctx)]
    if (
        not ctx.urgent
        and ONLY_ASKING.search(text)
        and len(text.split()) <= 2 * place_answer.SHORT_ANSWER_WORDS
    ):
        # "Ich wollte nur fragen, wie es steht" while a concern waits: both.
        return [commands.mine(d, ctx), *render.prompt(d, ctx)]
    if state in {State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL}:
        return place_answer.place_answer(d, ctx, concern, text)
    if state is State.NEW_OR_PLACE:
        return confirming.new_or_place_typed(d, ctx, concern, text)
    if not ctx.urgent and concern.kreis is not None and place_answer.only_a_place(d, text):
        # The waiting concern came back after an emergency went out without its
        # place, and has one: a bare place now is the one the resident was asked for.
        added = late_place.typed(d, ctx, text)
        if added is not None:
            return [*added, *render.prompt(d, ctx)]
    return confirming.at_confirmation(d, ctx, concern, text)


def idle(d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None) -> list[Reply]:
    earlier = recent_fragment(ctx)
    if (
        earlier
        and place_answer.only_a_place(d, earlier)
        and not place_answer.only_a_place(d, text)
        and place_answer.names_a_place(d.place(text))
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
            new = language_kept.newcomer(ctx)
            if talk.lang and talk.lang != ctx.lang and (not courtesy(text) or new):
                ctx.resident.language = talk.lang
                ctx.s.add(ctx.resident)
            kind = "ok" if talk.kind in {"yes", "ok"} else talk.kind  # "no": smalltalk_no
            replies = [Reply(t(ctx.lang, f"smalltalk_{kind}"))]
            if kind == "greeting" and talk.lang is None and new:
                # "Ciao", "Hi", "👋": Swiss German as much as Italian or English.
                # German stays, and someone new learns the other languages exist.
                replies.append(Reply(t(ctx.lang, "smalltalk_languages")))
            return replies
        when = followup.asks_when(d, ctx, text)
        if when is not None:
            return when  # "Wann wird das repariert?" after a report
        words = len(text.split())
        just_asking = ONLY_ASKING.search(text) or NOT_A_CONCERN.search(text)
        if (ASKS_FOR_STATUS.search(text) and words <= place_answer.SHORT_ANSWER_WORDS) or (
            just_asking and words <= 2 * place_answer.SHORT_ANSWER_WORDS
        ):
            if just_asking and "fragment" in ctx.data:
                # The line before was the start of this question, not of a concern.
                ctx.save(ctx.state, **{k: v for k, v in ctx.data.items() if k != "fragment"})
            return [commands.mine(d, ctx)]  # "Wie ist der Stand?", "das war kein Anliegen"
        after = references.just_forwarded(d, ctx, text, latest)
        if after is not None:
            return after  # "bitte wieder löschen", "Oh nein, ich meinte Josefstrasse 120"
        added = late_place.typed(d, ctx, text, latest)
        if added is not None:
            return added  # "Josefstrasse 12" after an emergency went out without its place
        asked = followup.about_open_concern(d, ctx, text) if not earlier else None
        if asked is not None:
            return asked  # "Ist der Kübel am Idaplatz jetzt geleert?": not a second report
        if not place_answer.has_content(text):
            return [Reply(t(ctx.lang, "too_short"))]
        if not earlier and announces_a_question(text):
            # "Ich hätte eine Frage zur Abfallentsorgung": the question comes next and
            # joins this line, which is kept (stored) as the start of the concern.
            ctx.save(State.IDLE, **{**ctx.data, "fragment": text})
            ctx.commit()
            return [Reply(t(ctx.lang, "question_about"))]
    where_only = where_first.says_where_not_what(d, text, FRAGMENT_WORDS)  # "Ich bin am Idaplatz"
    short = len(text.split()) <= FRAGMENT_WORDS and not general_questions.whole_question(d, text)
    short = (short or where_only) and not what_then_where.answered(d, earlier, text, FRAGMENT_WORDS)
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


def recent_fragment(ctx: Ctx) -> str | None:
    fragment = ctx.data.get("fragment")
    if not fragment:
        return None
    updated = ctx.conv.updated_at
    updated = updated if updated.tzinfo else updated.replace(tzinfo=UTC)
    if utcnow() - updated > FRAGMENT_KEPT:
        return None  # a line from long ago is not the start of this message
    return str(fragment)
