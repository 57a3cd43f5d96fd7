"""Residents answer the city (QA trial f, finding 3).

Staff write to a resident with /antwort or set a status; the resident's answer
("Gestern um 14 Uhr") used to become a new concern and never reached the office.
Now it is stored on the concern (an event of kind REPLY, its text in the
event's note: deletion and retention clear it with the other notes), the
office's staff chats are owed it through the outbox, and the resident hears
where it went.

Two ways in, both predictable:
- Telegram: a reply (reply_to_message) to a bot message naming one of the
  resident's concerns the city has spoken about is that concern's answer, taken
  at once (the resident pointed at it), in whatever state the dialog is.
- Any channel: when the city's latest word to the resident was an answer
  (/antwort) to a concern still open, sent within `reply_window_days`, not yet
  answered, and the resident has filed nothing since, a text in an idle
  conversation that is not a greeting, a status question or a concern with a
  place of its own is kept (conversation) and the resident is asked once:
  "Ist das Ihre Antwort zu ZH-…?" [Ja, an die Stelle senden] [Nein, neues Anliegen].
  "Nein" handles the text as before (a new concern). Anything typed while the
  question is open joins the kept text; "ja"/"nein" typed count as the buttons.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from bot.dialog import answers, place_answer, render
from bot.dialog.codec import Action, encode
from bot.dialog.context import Ctx
from bot.dialog.intake import quote
from bot.dialog.model import Button, Reply, State
from bot.dialog.references import WITHDRAW, named_reference
from bot.dialog.sayings import ASKS_FOR_STATUS
from bot.staff.render import concern_topic
from bot.texts import t
from bot.texts.staff import st
from nlp.smalltalk import smalltalk
from store import outbox
from store import repository as repo
from store.models import (
    OPEN_STATUSES_STAFF,
    Concern,
    EventKind,
    RoutingEvent,
    StaffMember,
    Status,
    utcnow,
)
from store.staff import alert_chats

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# What staff do that the resident is told of (the city's word to the resident).
TOLD = (EventKind.ANSWER, EventKind.STATUS, EventKind.STAFF, EventKind.ASSIGN)
OFFER = "reply_offer"  # conversation data while the question is open


def reference_of_reply(replied: object) -> str | None:
    """The reference named by the bot's message a Telegram message replies to
    (its `reply_to_message` as JSON); None for anything else. Only the
    reference is kept, not the message."""
    if not isinstance(replied, dict):
        return None
    sender = replied.get("from")
    if not isinstance(sender, dict) or not sender.get("is_bot"):
        return None
    text = replied.get("text") or replied.get("caption")
    return named_reference(text) if isinstance(text, str) else None


# -- Telegram: a reply to the bot's message about a concern ------------------


def replied(d: Dialog, ctx: Ctx, reference: str, text: str) -> list[Reply] | None:
    """The resident replied to a message naming `reference`: the answer to that
    concern, when it is theirs and the city has spoken about it."""
    if WITHDRAW.search(text):
        return None  # "bitte zurückziehen": the dialog's own handling
    concern = ctx.s.exec(select(Concern).where(Concern.reference == reference)).first()
    if concern is None or concern.resident_id != ctx.resident.id:
        return None
    if concern.status in (Status.DRAFT, Status.WITHDRAWN) or concern.office is None:
        return None
    if _latest_told(ctx, concern) is None:
        return None  # the bot's confirmation only: nobody at the city wrote yet
    return [*forward(d, ctx, concern, text), *render.prompt(d, ctx)]


# -- any channel: the text after a staff answer ------------------------------


def on_idle_text(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """A text in an idle conversation: the answer to the city's question?"""
    if ctx.urgent or ctx.state is not State.IDLE:
        return None
    offer = ctx.data.get(OFFER)
    if isinstance(offer, dict):
        return _while_asked(d, ctx, offer, text)
    if "fragment" in ctx.data or smalltalk(text) is not None or WITHDRAW.search(text):
        return None
    if ASKS_FOR_STATUS.search(text) and len(text.split()) <= place_answer.SHORT_ANSWER_WORDS:
        return None
    concern = answered_concern(d, ctx)
    if concern is None or place_answer.names_a_place(d.place(text)):
        return None  # nothing to answer, or a concern with a place of its own
    return _ask(ctx, concern, text)


def answered_concern(d: Dialog, ctx: Ctx) -> Concern | None:
    """The open concern whose staff answer is the city's latest word to the
    resident, recent, not answered yet, and nothing filed since."""
    found = ctx.s.exec(
        _staff_told(select(RoutingEvent, Concern))
        .join(Concern, col(Concern.id) == col(RoutingEvent.concern_id))
        .where(Concern.resident_id == ctx.resident.id)
    ).first()
    if found is None:
        return None
    event, concern = found
    if event.kind != EventKind.ANSWER or concern.status not in OPEN_STATUSES_STAFF:
        return None
    at = event.at if event.at.tzinfo else event.at.replace(tzinfo=UTC)
    if utcnow() - at > timedelta(days=d.settings.reply_window_days):
        return None
    answered = ctx.s.exec(
        select(RoutingEvent.id).where(
            RoutingEvent.concern_id == concern.id,
            RoutingEvent.kind == EventKind.REPLY,
            col(RoutingEvent.id) > (event.id or 0),
        )
    ).first()
    newer = ctx.s.exec(
        select(Concern.id).where(
            Concern.resident_id == ctx.resident.id, col(Concern.created_at) > event.at
        )
    ).first()
    return None if answered is not None or newer is not None else concern


def _ask(ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    ctx.save(State.IDLE, **{**ctx.data, OFFER: {"concern_id": concern.id, "text": text}})
    ctx.commit()  # the text is kept before anything else is done
    return [_question(ctx, concern)]


def _question(ctx: Ctx, concern: Concern, again: str | None = None) -> Reply:
    """The question; `again`: the kept text, quoted, when it is asked once more
    (a restart, or an emergency or a new concern came in between)."""
    rows = [
        [Button(t(ctx.lang, "btn_reply_yes"), encode(Action.REPLY_YES, concern.id))],
        [Button(t(ctx.lang, "btn_reply_no"), encode(Action.REPLY_NO, concern.id))],
    ]
    if again:
        text = t(ctx.lang, "reply_ask_again", text=quote(again), reference=concern.reference)
        return Reply(text, buttons=rows)
    return Reply(t(ctx.lang, "reply_ask", reference=concern.reference), buttons=rows)


def asked(ctx: Ctx) -> list[Reply]:
    """The open question again, for a resident who comes back (restart, /start)."""
    offer = ctx.data.get(OFFER)
    if not isinstance(offer, dict):
        return []
    concern = ctx.own(int(str(offer.get("concern_id"))))
    return [] if concern is None else [_question(ctx, concern, str(offer.get("text") or ""))]


def _while_asked(d: Dialog, ctx: Ctx, offer: dict[str, object], text: str) -> list[Reply]:
    concern = ctx.own(int(str(offer.get("concern_id"))))
    talk = smalltalk(text)
    if concern is not None and talk is not None and talk.kind in {"yes", "no"}:
        return on_button(d, ctx, concern, talk.kind == "yes")
    if concern is not None and text.strip() in {"1", "2"}:
        # The buttons' numbers typed (the terminal, or the buttons gone after a
        # restart): never part of the answer.
        return on_button(d, ctx, concern, text.strip() == "1")
    kept = f"{offer.get('text', '')} {text.strip()}".strip()
    if concern is None:
        ctx.save(State.IDLE, **{**ctx.data, OFFER: None})
        return answers.idle(d, ctx, kept)
    return _ask(ctx, concern, kept)


def on_button(d: Dialog, ctx: Ctx, concern: Concern, yes: bool) -> list[Reply]:
    """[Ja, an die Stelle senden] / [Nein, neues Anliegen]."""
    offer = ctx.data.get(OFFER)
    if not isinstance(offer, dict) or offer.get("concern_id") != concern.id:
        return [Reply(t(ctx.lang, "button_stale"))]
    text = str(offer.get("text") or "")
    ctx.save(State.IDLE, **{**ctx.data, OFFER: None})
    replies = forward(d, ctx, concern, text) if yes else answers.idle(d, ctx, text)
    if replies:
        replies[0].edit = True
    return replies


# -- the answer stored and passed on -----------------------------------------


def forward(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """Store the answer on the concern first, then owe it to the office's chats
    (and to the member who last wrote to the resident)."""
    repo.record_event(ctx.s, concern=concern, kind=EventKind.REPLY, actor="resident", note=text)
    ctx.commit()
    chats = {
        (c.channel, c.chat_id): c
        for c in alert_chats(ctx.s, offices={concern.office or ""}, urgent=concern.urgent)
    }
    writer = _writer(ctx, concern)
    if writer is not None:
        chats.setdefault((writer.channel, writer.chat_id), writer)
    message = st(
        "resident_reply",
        reference=concern.reference,
        topic=concern_topic(d.routing, concern),
        text=text,
    )
    for chat in chats.values():
        outbox.enqueue(
            ctx.s,
            channel=chat.channel,
            chat_id=chat.chat_id,
            kind="alert",
            text=message,
            concern_id=concern.id,
        )
    office = render.office_name(d, concern.office)
    return [Reply(t(ctx.lang, "reply_forwarded", office=office))]


def _staff_told(query: Any) -> Any:
    """`query` narrowed to the latest event by which staff told the resident something."""
    return (
        query.where(
            col(RoutingEvent.kind).in_(TOLD),
            col(RoutingEvent.actor).is_not(None),
            col(RoutingEvent.actor) != "resident",
        )
        .order_by(col(RoutingEvent.id).desc())
        .limit(1)
    )


def _latest_told(ctx: Ctx, concern: Concern) -> RoutingEvent | None:
    latest: RoutingEvent | None = ctx.s.exec(
        _staff_told(select(RoutingEvent)).where(RoutingEvent.concern_id == concern.id)
    ).first()
    return latest


def _writer(ctx: Ctx, concern: Concern) -> StaffMember | None:
    """The staff chat that last wrote to the resident about `concern`."""
    event = _latest_told(ctx, concern)
    actor = event.actor if event is not None else None
    if actor is None or not actor.startswith("staff:") or not actor[6:].isdigit():
        return None
    return ctx.s.get(StaffMember, int(actor[6:]))
