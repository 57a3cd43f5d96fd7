"""The resident dialog: plain Python that takes a message and returns replies.

Telegram, the terminal chat and the tests all drive this one implementation, an
explicit state machine (`State`; one handler per state in `answers`, buttons in
`buttons`). Every message is handled in one transaction on a locked conversation
row; a resident's text is kept by a savepoint before it is classified: nothing
a resident sent is lost when a later step fails. Every text is checked for an
emergency before anything else, in every state.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session

from bot.dialog import (
    after_crisis,
    answers,
    attachments,
    buttons,
    card_chatter,
    classified,
    commands,
    intake,
    language_kept,
    late_place,
    location_kept,
    memo,
    not_emergency,
    once_more,
    outside,
    photo_question,
    photos,
    place_answer,
    render,
    repeated,
    reply_to_city,
    residence,
    upkeep,
    who_writes,
)
from bot.dialog.context import Ctx
from bot.dialog.model import CONCERN_STATES, DialogFailure, Incoming, Notice, Reply, State
from bot.language import detect_language, turns_to
from bot.messages import ReplySink
from bot.settings import Settings
from bot.staff import StaffDesk, alerts
from bot.texts import t
from nlp.classifier import Classification, ConcernClassifier, likeliest
from nlp.places import PlaceResult
from nlp.smalltalk import smalltalk
from nlp.urgent import UrgentResult, detect_urgent
from store import repository as repo
from store.db import session_scope
from store.models import Concern, EventKind, Status

log = logging.getLogger(__name__)


# Lines for warm_up (made up, in the bot's languages; nobody's words).
WARM_UP = (
    "Der Abfallkübel an der Josefstrasse 12 ist voll",
    "d Lampe bim Idaplatz isch kaputt",
    "The street lamp near Helvetiaplatz is broken",
    "La poubelle à côté de l'arrêt est pleine",
    "Il lampione in via Hohlstrasse non funziona",
)


def warm_up(clf: ConcernClassifier) -> None:
    """What Dialog.warm_up does (also bench/first_message.py's warm side)."""
    for text in WARM_UP:
        clf.classify(text)
        clf.topic(text)
        detect_urgent(text)
        detect_language(text)
        smalltalk(text)


class Dialog:
    def __init__(
        self, *, engine: Engine, classifier: ConcernClassifier, settings: Settings
    ) -> None:
        self.engine = engine
        self.clf = classifier
        self.routing = classifier.routing
        self.settings = settings
        self.desk = StaffDesk(
            engine=engine,
            routing=self.routing,
            ranker=classifier.ranked_topics,
            digest_time=settings.digest_time,
        )

    # -- entry point --------------------------------------------------------

    def handle(self, msg: Incoming, sink: ReplySink | None = None) -> list[Reply]:
        """Handle one message; the replies to send, in order (none for a repeat delivery).

        With a `sink` (Telegram: the outbox) the replies are also handed to it
        inside the transaction that claims the update and changes the
        conversation, so a message is handled exactly once: a repeat of the
        update finds it claimed and queues nothing. The emergency numbers go to
        the sink first, before anything else is done. It is one transaction: a
        crash at any moment leaves nothing of it (a redelivered update is handled
        afresh). The resident's text is kept by a savepoint before it is
        classified (`Ctx.commit`): when a later step fails, the transaction goes
        back to that point and commits what it kept, with an apology that says so
        (queued: DialogFailure.apologised). Without a sink (the terminal) the
        replies are only returned.
        Raises DialogFailure, saying whether the resident's text was stored."""
        if msg.group or StaffDesk.wants(msg):
            staff = self._staff(msg, sink)
            if staff is not None or msg.group:  # in a group the bot answers staff only
                return staff or []
        with memo.one_update():  # a text read by several steps is analysed once
            return self._handle(msg, sink)

    def _handle(self, msg: Incoming, sink: ReplySink | None) -> list[Reply]:
        text = msg.text if msg.kind in {"text", "photo", "edited"} and msg.text else None
        # Before anything else: is it an emergency? (no store needed to say so)
        verdict = urgent_of(text) if text and text.strip() else None
        urgent = verdict is not None and verdict.urgent
        alarm = "emergency_suicide" if verdict and verdict.category == "suicide" else "emergency"
        guessed = detect_language(text) if text else None
        first_language = language_kept.first(guessed, msg.app_language, text or "")
        # A staff chat's own messages (words, a sticker, a voice message, a
        # contact) are not a resident's concern (an emergency is); only a
        # button that is not the desk's goes to the dialog.
        staff_words = not urgent and msg.kind != "callback" and not msg.group
        lang = first_language or "de"
        first: list[Reply] = []  # the emergency numbers
        failure: Exception | None = None  # a failure after the resident's text was kept
        try:
            with session_scope(self.engine) as s:
                # The update claimed; the resident seen now, not blocked (writing
                # again), in the language it wrote; unless a staff chat's words.
                # A tap alone makes no record; the concern it names is read with the lock.
                arrival = repo.arrive(
                    s,
                    **who_writes.arrival_of(msg),
                    language=turns_to(text or "", guessed),
                    first_language=first_language,
                    unless_staff=staff_words,
                    lock=True,  # and the conversation locked (after the resident's row)
                )
                if not arrival.claimed:
                    log.info("duplicate update %s ignored", msg.update_id)
                    return []
                resident = arrival.resident or who_writes.resident_or_reply(
                    s, self.desk, msg, lang, turns_to(text or "", guessed)
                )
                if isinstance(resident, list):  # staff's words, a tap of a chat with no record
                    if sink is not None:
                        sink(s, resident)
                    return resident
                conv = arrival.conversation or repo.lock_conversation(
                    s, channel=msg.channel, chat_id=msg.chat_id, new=repo.fresh(resident)
                )
                ctx = language_kept.settled(Ctx(s, resident, conv, urgent=urgent), text, guessed)
                if urgent and verdict is not None and verdict.reason == "model":
                    verdict = _read_with_fragment(ctx, text or "", verdict)
                    urgent = ctx.urgent = verdict.urgent
                if (
                    urgent
                    and verdict is not None
                    and not_emergency.no_new_alarm(self, ctx, text or "", verdict)
                ):
                    urgent = ctx.urgent = False  # "sorry, kein Notfall, …": the denial
                ctx.category = verdict.category if verdict is not None and urgent else None
                lang = resident.language
                if urgent:
                    first = [Reply(t(lang, alarm), lang=lang)]
                    if sink is not None:
                        sink(s, first)
                try:
                    replies = self._dispatch(ctx, msg)
                except Exception as exc:
                    if ctx.kept is None:
                        raise
                    # Back to the point where the resident's text was kept; that is
                    # committed (with the update's claim and the numbers), and the
                    # apology with it.
                    ctx.kept.rollback()
                    failure, replies = exc, [Reply(t(lang, "error"), lang=lang)]
                for reply in replies:
                    reply.lang = lang
                if sink is not None:
                    sink(s, replies)
        except Exception as exc:  # nothing of it was kept (the transaction rolled back)
            owed = first or ([Reply(t(lang, alarm), lang=lang)] if urgent else [])
            raise DialogFailure(stored=False, lang=lang, replies=owed) from exc
        if failure is not None:
            owed = [] if sink is not None else first  # queued already
            raise DialogFailure(
                stored=True, lang=lang, replies=owed, apologised=sink is not None
            ) from failure
        return [*first, *replies]

    def _staff(self, msg: Incoming, sink: ReplySink | None) -> list[Reply] | None:
        """A staff command or button of a registered staff chat; None otherwise."""
        try:
            return self.desk.handle(msg, sink)
        except Exception as exc:
            raise DialogFailure(stored=False, lang="de") from exc

    def _dispatch(self, ctx: Ctx, msg: Incoming) -> list[Reply]:
        twice = repeated.again(self, ctx, msg) if not ctx.urgent else None
        if twice is not None:
            return twice  # "3" again, right after "3" moved on to a new question
        asked = repeated.question(ctx)
        replies = attachments.routed(self, ctx, msg, self._route)
        repeated.remember(ctx, msg, asked)
        once_more.settle(ctx)  # a sticker, "hello???": the question in full once in a row
        if msg.kind in {"text", "photo", "location"} and after_crisis.waiting(ctx.data):
            before, after = after_crisis.bring_back(self, ctx, replies)  # held after 143
            return [*before, *replies, *after]
        return replies

    def _route(self, ctx: Ctx, msg: Incoming) -> list[Reply]:
        if msg.kind == "command":
            return commands.on_command(self, ctx, (msg.text or "").strip())
        if msg.kind == "callback":
            return buttons.on_button(self, ctx, msg.data or "")
        if msg.kind == "location":
            return self._location(ctx, msg.lat, msg.lon)
        if msg.kind == "photo":
            return photos.on_photo(self, ctx, msg)
        if msg.kind == "contact":
            return attachments.contact(self, ctx, msg.phone)
        if msg.kind == "edited":
            return self._edited(ctx, msg.text or "")
        if msg.kind == "text" and msg.reply_to and msg.text and not ctx.urgent:
            answered = reply_to_city.replied(self, ctx, msg.reply_to, msg.text)
            if answered is not None:
                return answered  # a reply to the bot's message about a concern
        labels = ctx.data.get("labels") or {}
        if msg.kind == "text" and msg.text and msg.text.strip() in labels:
            return buttons.on_button(self, ctx, str(labels[msg.text.strip()]))
        # Words, or an emoji that says something ("👍" is a yes, "🙏" a thanks).
        if (
            msg.kind == "text"
            and msg.text
            and (intake.HAS_WORD.search(msg.text) or smalltalk(msg.text) is not None)
        ):
            asked = photo_question.answer(self, ctx, msg.text)  # "Kann ich ein Foto schicken?"
            return asked if asked is not None else answers.on_text(self, ctx, msg.text)
        return card_chatter.unread(self, ctx, msg)  # an emoji at a draft's question: chatter

    def resume(self, channel: str, chat_id: str) -> list[Reply]:
        """What a returning resident sees (the terminal chat at start): the open
        question again, a welcome back, or the start text for someone new."""
        with session_scope(self.engine) as s:
            resident = repo.find_resident(s, channel=channel, chat_id=chat_id)
        if resident is None:
            staff = self.desk.text_hint(Incoming(channel, chat_id, "text"))
            if staff is not None:  # a staff chat (the terminal): how the desk works
                return staff
            return [Reply(t("de", "start", months=self.settings.retention_months))]
        with session_scope(self.engine) as s:
            resident = repo.find_resident(s, channel=channel, chat_id=chat_id)
            assert resident is not None
            conv = repo.lock_conversation(s, channel=channel, chat_id=chat_id)
            ctx = Ctx(s, resident, conv)
            replies = (
                render.prompt(self, ctx)
                or after_crisis.bring_back(self, ctx)[1]  # a draft held after 143
                or [Reply(t(ctx.lang, "welcome_back"))]
            )
            for reply in replies:
                reply.lang = ctx.lang
            return replies

    # -- edits and locations --------------------------------------------------

    def _edited(self, ctx: Ctx, text: str) -> list[Reply]:
        """An edited message. Its new words are not taken over: the concern they
        were part of may be classified, confirmed or forwarded by now, and which
        message was edited is not known, so nothing is changed behind the
        resident's back. They hear so, and the open question (once in a row: once_more). An
        emergency in an edit is not left there: the numbers went out first, and
        it is taken as a new message."""
        if ctx.urgent:
            return answers.on_text(self, ctx, text)
        return [Reply(t(ctx.lang, "edit_not_taken")), *once_more.prompt(self, ctx)]

    def _location(self, ctx: Ctx, lat: float | None, lon: float | None) -> list[Reply]:
        if lat is None or lon is None:
            return [Reply(t(ctx.lang, "unsupported"))]
        concern = ctx.current()
        if concern is not None and ctx.state in CONCERN_STATES:
            if ctx.state is State.NEW_OR_PLACE:
                ctx.save(State.AWAIT_CONFIRM, concern_id=concern.id)
            place = self.place("", lat, lon)
            return place_answer.place_resolved(self, ctx, concern, place, None, lat, lon)
        corrected = outside.located(self, ctx, lat, lon)
        if corrected is not None:  # a pin again, after one outside the city
            return corrected
        emergency = late_place.waiting_for_place(ctx)
        if emergency is not None:  # the place of an emergency that went out without one
            place = self.place("", lat, lon)
            return late_place.add(self, ctx, emergency, place, None, lat, lon)
        return location_kept.keep(self, ctx, lat, lon)  # for the next concern

    # -- shared steps ---------------------------------------------------------

    def topic_of(self, text: str) -> tuple[str, float]:
        """The likeliest topic of `text`; its scores read once per update (memo),
        and classifying the same text as a new concern takes them (`route_concern`)."""
        return likeliest(memo.remembered(("topic", text), lambda: self.clf.scores(text)))

    def place(self, text: str, lat: float | None = None, lon: float | None = None) -> PlaceResult:
        """The place `text` (and the coordinates) name; read once per update."""
        return memo.remembered(("place", text, lat, lon), lambda: self.clf.place(text, lat, lon))

    def about_place(self, text: str) -> str:
        """The text whose place is the concern's: without "ich wohne an der …"
        when the rest names a place of its own (`residence`)."""
        return residence.concern_place_text(text, self.place, self.clf.knows_word)

    def route_concern(
        self, s: Session, concern: Concern, lat: float | None = None, lon: float | None = None
    ) -> Classification:
        """Classify a stored concern and record the classifier's routing. The urgent
        stage is not run again on a text this update read for an emergency already
        (the message's own text, mostly: `urgent_of`), nor the topic model on one
        whose topic it asked (`topic_of`)."""
        text = self.about_place(concern.text or "")
        known = memo.known(("urgent", text)), memo.known(("topic", text))
        result = self.clf.classify(text, lat, lon, urgent=known[0], cats=known[1])
        classified.record(s, concern, result, lat, lon)
        log.info(
            "concern %s classified topic=%s conf=%.2f kreis=%s office=%s urgent=%s",
            concern.id,
            result.topic,
            result.confidence,
            result.kreis,
            result.office,
            concern.urgent,
        )
        return result

    def forward(self, s: Session, concern: Concern, *, confirmed: bool) -> None:
        """Pass a concern on. Without the resident's confirmation, a topic the
        classifier was unsure of goes to the Kreis's coordination office rather
        than to a department that may be the wrong one."""
        office = self.unsure_office(concern, concern.kreis, confirmed=confirmed)
        if office is not None and office != concern.office:
            repo.apply_routing(s, concern=concern, kind=EventKind.CLASSIFIER, office=office)
        concern.unconfirmed = not confirmed
        repo.set_status(
            s, concern=concern, status=Status.FORWARDED, actor="resident" if confirmed else None
        )
        repo.assign_reference(s, concern=concern)
        alerts.concern_arrived(s, self.routing, concern)

    def unsure_office(self, concern: Concern, kreis: int | None, *, confirmed: bool) -> str | None:
        """The Kreis's coordination office for a concern nobody confirmed whose
        topic the classifier was unsure of, or for an emergency of a kind the
        routing table gives the coordination office (a fire, a person in danger: the
        topic is a guess of no use there; a live cable read as "Abfall": the guess and
        the kind disagree); None when its topic's office stands."""
        urgent = concern.urgent and self.routing.coordinates(concern.emergency, concern.topic)
        if not confirmed and (urgent or (concern.confidence or 0.0) < self.settings.low_confidence):
            return self.routing.coordination_office(kreis)
        return None

    def warm_up(self) -> None:
        """Classify a few made-up lines once: a fresh process's first message
        otherwise pays for what is built on first use (imports, caches,
        compiled patterns; 60-100 ms), which a resident would wait for and,
        with two replicas, the first message to reach the second one did."""
        warm_up(self.clf)

    def maintenance(self, now: datetime | None = None) -> list[Notice]:
        """Periodic work: drafts not confirmed in time and concerns held by the rate
        limit are forwarded, retention is applied. Returns notices for residents."""
        return upkeep.run(self, now)


def _read_with_fragment(ctx: Ctx, text: str, verdict: UrgentResult) -> UrgentResult:
    """A line the model alone took for an emergency, read again after the line it
    continues ("bei uns im Quartier", then "liegt überall Glas": 0.66 alone, 0.04
    together). Rules are not second-guessed: only a model-alone verdict is, and a
    real emergency typed in pieces reads as one together as well."""
    earlier = answers.recent_fragment(ctx)
    if not earlier:
        return verdict
    return urgent_of(f"{earlier} {text.strip()}")


def urgent_of(text: str) -> UrgentResult:
    """detect_urgent(text), once per text and update (memo): the dialog reads each
    text for an emergency before anything else, and classifying a new concern's
    text (`Dialog.route_concern`) takes that result instead of reading it again."""
    return memo.remembered(("urgent", text), lambda: detect_urgent(text))
