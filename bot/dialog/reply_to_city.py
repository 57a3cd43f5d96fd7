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
  at once (the resident pointed at it), in whatever state the dialog is. Of a
  closed concern ("erledigt", "abgelehnt"): thanks is small talk, "immer noch
  voll" is offered as a new concern at the same place (`again`; "Nein" sends
  it to the office), anything else goes to the office (`to_office`).
- Any channel: when the city's latest answer (/antwort) to the resident is about
  a concern not withdrawn (a status set since, such as "in Bearbeitung", or
  "erledigt" / "abgelehnt", leaves the question open), sent within
  `reply_window_days` (an open question beyond it: `late_answer`), not yet
  answered, and the resident has filed nothing since (an emergency or a draft
  taken back does not count), a text in an idle conversation that is not a
  greeting, a status question or a concern with a place of its own is kept
  (conversation) and the resident is asked once:
  "Ist das Ihre Antwort zu ZH-…?" [Ja, an die Stelle senden] [Nein, neues Anliegen].
  "Nein" handles the text as before (a new concern). "ja"/"nein" typed count
  as the buttons; another line is never joined to a kept answer, but a line
  saying more joins an offered addition (`_another_line`).
- The same question while a draft waits (U6 check): a text at "Wo ist das
  genau?" that names no place, or at the confirmation that is none of its
  answers, is asked about the same way ("Nein, das gehört zu ZH-…" hands it to
  the draft's question, which is not asked about again); the draft's question
  comes again after the answer.
- New-user trial k: a place that answers the city's question, or a text at the
  confirmation of a draft started after it (`open_question`); an objection to
  "abgelehnt" (`objection`); a Telegram reply to a withdrawn concern's message,
  offered as a new concern with its text and place (`taken_up`); "Doch, bitte
  weiterleiten" typed right after a withdrawal, the same (`changed_mind`; the
  wording alone is kept as nothing, `BACK`: "Nein" leaves it withdrawn); an
  afterthought of another matter in an answer ("… Übrigens liegt da auch Glas")
  is filed as a concern of its own (`answer_aside`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from bot.dialog import (
    addition,
    again,
    answer_aside,
    answers,
    changed_mind,
    late_answer,
    objection,
    open_question,
    place_answer,
    place_correction,
    quoted_offer,
    reconsidered,
    render,
    taken_up,
)
from bot.dialog.codec import Action, encode
from bot.dialog.context import Ctx, LatestConcern
from bot.dialog.intake import quote
from bot.dialog.model import Button, Reply, State
from bot.dialog.place_detail import after_forwarding as place_detail
from bot.dialog.references import WITHDRAW, named_reference
from bot.dialog.sayings import ASKS_FOR_STATUS
from bot.dialog.to_office import forward, latest_told
from bot.texts import t
from nlp.smalltalk import smalltalk
from store import repository as repo
from store.models import OPEN_STATUSES_STAFF, Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

OFFER = "reply_offer"  # conversation data while the question is open
# What the text offered is: an answer, an addition (bot.dialog.addition), or the
# same again after the concern was closed, a new concern (bot.dialog.again).
ANSWER, ADDITION, AGAIN = "answer", "addition", "again"
BACK = "back"  # a withdrawn concern wanted after all, nothing else said (`changed_mind`)
DECLINED = "reply_declined"  # the draft whose text was not the answer ("Nein")
PLACE_STATES = (State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL)
# A question of the city stays answerable for these (closed ones too: staff
# ask, then clean up; their office still gets the answer).
ANSWERABLE = (*OPEN_STATUSES_STAFF, Status.DONE, Status.REJECTED)
SHORT_ANSWERS = {"yes", "no", "ok"}  # small talk that answers a question of the city


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
    corrected = place_correction.of_concern(d, ctx, concern, text)
    if corrected is not None:
        return corrected  # "Nein, es ist am Lochergut, nicht am Hardplatz"
    if concern.status == Status.WITHDRAWN:  # "Doch, bitte trotzdem weiterleiten"
        if smalltalk(text) is not None or not taken_up.offered(d, ctx, concern, text):
            return None
        back = changed_mind.kept(text) == ""  # "Doch, bitte trotzdem weiterleiten" only
        return _ask(d, ctx, concern, "" if back else text, BACK if back else AGAIN)
    if concern.status == Status.DRAFT or concern.office is None:
        return None
    if latest_told(ctx, concern) is None:
        return None  # the bot's confirmation only: nobody at the city wrote yet
    if concern.status in again.CLOSED:
        # A reply to "erledigt" / "abgelehnt" (trial leftovers, item 3): thanks
        # is thanks, "immer noch voll" a new report at the same place.
        talk = smalltalk(text)
        if talk is not None and not (talk.kind in SHORT_ANSWERS and _asked(d, ctx, concern)):
            return None
        said_again = again.says_again(text)  # "wieder", "immer noch": not "Das stimmt nicht"
        if ctx.state is State.IDLE and said_again and again.reported_again(d, ctx, concern, text):
            return _ask(d, ctx, concern, text, AGAIN, replied=True)
    return answer_aside.forward(d, ctx, concern, text)  # "… Übrigens liegt da auch Glas"


def forward_after_all(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """Withdrawn `concern` wanted after all, nothing else said ("Doch weiterleiten",
    "Bitte weiterleiten"): the offer of it anew at its place (`BACK`), where
    `taken_up` offers one; None otherwise."""
    if not taken_up.offered(d, ctx, concern, text):
        return None
    return _ask(d, ctx, concern, "", BACK)


def _asked(d: Dialog, ctx: Ctx, concern: Concern) -> bool:
    """The city's latest word, still open, is a question about `concern`."""
    latest = _open_answer(d, ctx)
    return latest is not None and latest.asked and latest.concern.id == concern.id


# -- any channel: the text after a staff answer ------------------------------


def on_text(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> list[Reply] | None:
    """A text while the question is open (in any state), or in an idle
    conversation: the answer to the city's question? `latest` reads the
    resident's latest concern (`context.latest_concern`) when given."""
    if ctx.urgent:
        return None
    offer = ctx.data.get(OFFER)
    if isinstance(offer, dict):
        if offer.get("draft") != _draft_id(ctx):
            # An emergency or a new concern came in between: its questions first;
            # the offer stays and is asked again after it (render.prompt).
            return None
        return _while_asked(d, ctx, offer, text)
    if ctx.state is not State.IDLE:
        return None
    if "fragment" in ctx.data or WITHDRAW.search(text):
        return None
    back = changed_mind.offered(d, ctx, text)  # "Doch, bitte weiterleiten" after withdrawing
    if back is not None:
        return _ask(d, ctx, back[0], back[1], AGAIN if back[1] else BACK)
    changed = reconsidered.just_after(d, ctx, text)  # "Doch nicht weiterleiten"
    if changed is not None:
        return changed
    talk = smalltalk(text)
    if talk is not None:
        return _short_answer(d, ctx, text) if talk.kind in SHORT_ANSWERS else None
    if ASKS_FOR_STATUS.search(text) and len(text.split()) <= place_answer.SHORT_ANSWER_WORDS:
        return None
    answer = _open_answer(d, ctx)
    concern = None if answer is None else answer.concern
    # "Er ist schon wieder voll" after "erledigt"
    closed = again.closed_concern(d, ctx, text, latest)
    if closed is not None and (concern is None or again.says_again(text)):
        return _ask(d, ctx, closed, text, AGAIN)  # rather a new report than an answer
    if answer is None:
        detail = place_detail(d, ctx, text, latest)
        if detail is not None:
            return detail  # "Genauer gesagt ist es beim Eingang …": added at once
        more = addition.forwarded_concern(d, ctx, text, latest)  # "… jedi Wuche voll!!"
        if more is not None:
            return _ask(d, ctx, more, text, ADDITION)
        rejected = objection.rejected_concern(d, ctx, text, latest)  # "Wieso privat?"
        return None if rejected is None else _ask(d, ctx, rejected, text)
    if place_answer.names_a_place(d.place(text)) and not open_question.answers_with_place(
        d, answer, text
    ):
        return None  # a concern with a place of its own
    return _ask(d, ctx, answer.concern, text)


def _short_answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """ "Ja", "Nein", "jo", "👍" to the city's question ("Ist es der grosse
    Container?"; QA trial h, finding 1: taken as small talk, the office never
    got it): asked about like any answer. Only when the city's latest word was a
    question: "ok" to "Danke, wir kümmern uns" is no answer."""
    latest = _open_answer(d, ctx)
    return None if latest is None or not latest.asked else _ask(d, ctx, latest.concern, text)


def while_drafting(
    d: Dialog, ctx: Ctx, draft: Concern, text: str, *, named: bool = False
) -> list[Reply] | None:
    """A text at a draft's question that answers none of it (the caller knows:
    no button typed) while the city waits for an answer: asked about, the draft
    kept. One that `named` a place only when it reads like the answer, as in an
    idle conversation (`open_question.answers_at_draft`)."""
    if ctx.urgent or draft.urgent or ctx.data.get(DECLINED) == draft.id:
        return None
    if smalltalk(text) is not None or WITHDRAW.search(text) or not place_answer.has_content(text):
        return None
    if ASKS_FOR_STATUS.search(text) and len(text.split()) <= place_answer.SHORT_ANSWER_WORDS:
        return None  # "Wie ist der Stand?": the status, as before
    concern = answered_concern(d, ctx) or open_question.asked_before_draft(d, ctx, ANSWERABLE)
    if concern is None or concern.id == draft.id:
        return None
    if named and not open_question.answers_at_draft(d, ctx, concern, text):
        return None  # a concern with a place of its own, or the draft's place
    return _ask(d, ctx, concern, text)


def answered_concern(d: Dialog, ctx: Ctx) -> Concern | None:
    """The concern of the city's latest answer to the resident, recent, not
    answered yet, and nothing filed since (an emergency, or a draft the resident
    took back, does not count). A status set after the answer ("in Bearbeitung",
    or "erledigt" / "abgelehnt": asked, then cleaned up; QA trial g, finding 5)
    leaves the question open; a withdrawn concern has none."""
    latest = _open_answer(d, ctx)
    return None if latest is None else latest.concern


def _open_answer(d: Dialog, ctx: Ctx) -> repo.LatestAnswer | None:
    """The city's latest answer, when it is still open (`answered_concern`)."""
    latest = repo.latest_answer(ctx.s, resident=ctx.resident)  # one statement
    if latest is None or latest.replied or latest.newer:
        return None
    if latest.concern.status not in ANSWERABLE:
        return None
    return latest if late_answer.answerable(d, ctx, latest) else None


def _ask(
    d: Dialog, ctx: Ctx, concern: Concern, text: str, kind: str = ANSWER, *, replied: bool = False
) -> list[Reply]:
    """Keep `text` and ask about it; `replied`: a Telegram reply to the bot's
    message about `concern`, which "Nein" sends to the office as before."""
    offer = {"concern_id": concern.id, "text": text, "kind": kind, "draft": _draft_id(ctx)}
    if replied:
        offer["replied"] = True
    ctx.save(ctx.state, **{**ctx.data, OFFER: offer})
    ctx.commit()  # the text is kept before anything else is done
    return [_question(d, ctx, concern, kind)]


def _question(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    kind: str,
    again_text: str | None = None,
    *,
    joined: bool = False,
) -> Reply:
    """The question; `again_text`: the kept text, quoted, when an answer to the
    city is asked about once more (a restart, or an emergency or a new concern
    came in between). The offer of a new concern (`AGAIN`) names its place and
    office; `joined`: an addition of two lines or more, asked about for both."""
    if kind in (AGAIN, BACK):
        no = "btn_again_keep" if kind == BACK else "btn_again_no"  # withdrawn it stays
        rows = [
            [Button(t(ctx.lang, "btn_again_yes"), encode(Action.REPLY_YES, concern.id))],
            [Button(t(ctx.lang, no), encode(Action.REPLY_NO, concern.id))],
        ]
        return Reply(again.question(d, ctx, concern), buttons=rows)
    more = kind == ADDITION
    draft = ctx.current() if ctx.state in PLACE_STATES else None
    no = (  # at "Wo ist das genau?", "Nein" gives the text to the draft's question
        t(ctx.lang, "btn_reply_no_draft", reference=draft.reference)
        if draft is not None
        else t(ctx.lang, "btn_reply_no")  # idle or at a confirmation: a new concern
    )
    yes = t(ctx.lang, "btn_addition_yes" if more else "btn_reply_yes")
    rows = [
        [Button(yes, encode(Action.REPLY_YES, concern.id))],
        [Button(no, encode(Action.REPLY_NO, concern.id))],
    ]
    if again_text and not more:
        text = t(ctx.lang, "reply_ask_again", text=quote(again_text), reference=concern.reference)
        return Reply(text, buttons=rows)
    key = ("addition_ask_both" if joined else "addition_ask") if more else "reply_ask"
    return Reply(t(ctx.lang, key, reference=concern.reference), buttons=rows)


def _draft_id(ctx: Ctx) -> int | None:
    """The draft whose question is open (None when idle): an offer made at it
    is answered there, not at another draft's question."""
    if ctx.state is State.IDLE:
        return None
    current = ctx.current()
    return None if current is None else current.id


def _kind(offer: dict[str, object]) -> str:
    kind = offer.get("kind")
    return kind if kind in (ADDITION, AGAIN, BACK) else ANSWER


def asked(d: Dialog, ctx: Ctx) -> list[Reply]:
    """The open question again, for a resident who comes back (restart, /start)."""
    offer = ctx.data.get(OFFER)
    if not isinstance(offer, dict):
        return []
    concern = ctx.own(int(str(offer.get("concern_id"))))
    if concern is None:
        return []
    text = str(offer.get("text") or "")
    return [_question(d, ctx, concern, _kind(offer), text, joined=bool(offer.get("joined")))]


def _while_asked(d: Dialog, ctx: Ctx, offer: dict[str, object], text: str) -> list[Reply]:
    concern = ctx.own(int(str(offer.get("concern_id"))))
    talk = smalltalk(text)
    if concern is not None and talk is not None and talk.kind in {"yes", "no"}:
        return on_button(d, ctx, concern, talk.kind == "yes")
    if concern is not None and text.strip() in {"1", "2"}:
        # The buttons' numbers typed (the terminal, or the buttons gone after a
        # restart): never part of the answer.
        return on_button(d, ctx, concern, text.strip() == "1")
    if concern is None:
        return _as_before(d, ctx, text)
    if talk is not None or not place_answer.has_content(text):
        thanks = [Reply(t(ctx.lang, "welcome_short"))] if talk and talk.kind == "thanks" else []
        return [*thanks, *asked(d, ctx)]  # "Danke", "??": the question again, nothing kept
    return _another_line(d, ctx, concern, offer, text)


def _another_line(
    d: Dialog, ctx: Ctx, concern: Concern, offer: dict[str, object], text: str
) -> list[Reply]:
    """A new line while the question is open is never joined to the kept answer
    (QA trial g, finding 3: "Schlagloch", then the real answer, reached the office
    as one answer); a line that says more about the concern joins an offered
    addition (`addition.joined`), asked about once for both. A line naming a
    place goes on as usual (the waiting draft's place, or a new concern) and the
    question comes again once that is done; any other line is asked about
    instead, and the kept text is handled as "Nein" would (a new concern, or
    the draft's question)."""
    if place_answer.names_a_place(d.place(text)):
        idle = ctx.state is State.IDLE
        # Asked again when the conversation is idle (intake.next_in_queue).
        ctx.save(ctx.state, **{**ctx.data, OFFER: {**offer, "draft": None}})
        if idle:  # a new concern of its own; the offer waits behind it
            return answers.idle(d, ctx, text)
        return answers.on_text(d, ctx, text)  # the draft's answer
    kept = str(offer.get("text") or "")
    both = addition.joined(d, concern, kept, text) if _kind(offer) == ADDITION else None
    if both is not None:  # "Es ist immer noch nicht gemacht": more of the same addition
        ctx.save(ctx.state, **{**ctx.data, OFFER: {**offer, "text": both, "joined": True}})
        ctx.commit()
        return [_question(d, ctx, concern, ADDITION, joined=True)]
    if _kind(offer) == BACK:  # "… sie ist immer noch kaputt": said with it, asked again
        return _ask(d, ctx, concern, text.strip(), AGAIN)
    before = _declined(d, ctx, concern, offer)
    asked = _ask(d, ctx, concern, text.strip(), _kind(offer))
    return [*before, *quoted_offer.after(ctx, before, asked, text)]  # which line it means


def on_button(d: Dialog, ctx: Ctx, concern: Concern, yes: bool) -> list[Reply]:
    """[Ja, an die Stelle senden] / [Nein, neues Anliegen] (or, with a draft
    open, [Nein, das gehört zu ZH-…]); the draft's question comes again."""
    offer = ctx.data.get(OFFER)
    if not isinstance(offer, dict) or offer.get("concern_id") != concern.id:
        return [Reply(t(ctx.lang, "button_stale"))]
    text = str(offer.get("text") or "")
    if yes and _kind(offer) in (AGAIN, BACK):
        ctx.save(ctx.state, **{**ctx.data, OFFER: None})
        replies = again.file(d, ctx, concern, text)  # a new concern, where the old one was
    elif yes:
        ctx.save(ctx.state, **{**ctx.data, OFFER: None})
        if _kind(offer) == ADDITION:
            replies = [*forward(d, ctx, concern, text, addition=True), *render.prompt(d, ctx)]
        else:
            replies = answer_aside.forward(d, ctx, concern, text)
    else:
        replies = _declined(d, ctx, concern, offer)
    if replies:
        replies[0].edit = True
    return replies


def _declined(d: Dialog, ctx: Ctx, concern: Concern, offer: dict[str, object]) -> list[Reply]:
    """ "Nein": the kept text as before; a Telegram reply to the bot's message
    about the concern goes to its office, as it did before it was asked about."""
    text = str(offer.get("text") or "")
    if _kind(offer) == BACK:  # "Nein": it stays withdrawn, nothing else was said
        ctx.save(ctx.state, **{**ctx.data, OFFER: None})
        kept = Reply(t(ctx.lang, "again_kept_withdrawn", reference=concern.reference))
        return [kept, *render.prompt(d, ctx)]
    if offer.get("replied"):
        ctx.save(ctx.state, **{**ctx.data, OFFER: None})
        return [*forward(d, ctx, concern, text), *render.prompt(d, ctx)]
    return _as_before(d, ctx, text)


def _as_before(d: Dialog, ctx: Ctx, text: str) -> list[Reply]:
    """The text handled as if the question had not been asked: a new concern
    when idle, the answer to the draft's question otherwise (not asked again)."""
    data = {**ctx.data, OFFER: None}  # kept across saves unless cleared
    if ctx.state is State.IDLE:
        ctx.save(State.IDLE, **data)
        return answers.idle(d, ctx, text)
    ctx.save(ctx.state, **{**data, DECLINED: data.get("concern_id")})
    return answers.on_text(d, ctx, text)
