"""The question "Ist das Ihre Antwort zu ZH-…?" and its answers (split from
bot/dialog/reply_to_city.py, which decides when a text is asked about).

The text is kept in the conversation (`OFFER`) and the resident is asked once:
[Ja, an die Stelle senden] [Nein, neues Anliegen] (with a draft open at "Wo ist
das genau?": [Nein, das gehört zu ZH-…]). The same question offers an addition
to a forwarded concern (`ADDITION`, bot.dialog.addition), the same again after
it was closed as a new concern (`AGAIN`, bot.dialog.again), or a withdrawn
concern wanted after all (`BACK`). "ja"/"nein" and the buttons' numbers typed
count as the buttons; another line is never joined to a kept answer, but a
line saying more joins an offered addition (`_another_line`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import (
    addition,
    again,
    answer_aside,
    answers,
    late_answer,
    offer_aside,
    place_answer,
    quoted_offer,
    render,
)
from bot.dialog.codec import Action, encode
from bot.dialog.context import Ctx
from bot.dialog.intake import quote
from bot.dialog.model import Button, Reply, State
from bot.dialog.to_office import forward
from bot.texts import t
from nlp.smalltalk import smalltalk
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

OFFER = "reply_offer"  # conversation data while the question is open
# What the text offered is: an answer, an addition (bot.dialog.addition), or the
# same again after the concern was closed, a new concern (bot.dialog.again).
ANSWER, ADDITION, AGAIN = "answer", "addition", "again"
BACK = "back"  # a withdrawn concern wanted after all, nothing else said (`changed_mind`)
DECLINED = "reply_declined"  # the draft whose text was not the answer ("Nein")
PLACE_STATES = (State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL)


def ask(
    d: Dialog, ctx: Ctx, concern: Concern, text: str, kind: str = ANSWER, *, replied: bool = False
) -> list[Reply]:
    """Keep `text` and ask about it; `replied`: a Telegram reply to the bot's
    message about `concern`, which "Nein" sends to the office as before."""
    offer = {"concern_id": concern.id, "text": text, "kind": kind, "draft": draft_id(ctx)}
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
    late = None if more else late_answer.asked_on(d, ctx, concern)  # "vom 3. Dezember"
    if again_text and not more:  # after a restart: the day too, as the first time
        values = {"text": quote(again_text), "reference": concern.reference}
        key = "reply_ask_again" if late is None else "reply_ask_again_late"
        return Reply(t(ctx.lang, key, date=late, **values), buttons=rows)
    key = ("addition_ask_both" if joined else "addition_ask") if more else "reply_ask"
    if late is not None:
        text = t(ctx.lang, "reply_ask_late", date=late, reference=concern.reference)
        return Reply(text, buttons=rows)
    return Reply(t(ctx.lang, key, reference=concern.reference), buttons=rows)


def draft_id(ctx: Ctx) -> int | None:
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


def while_asked(d: Dialog, ctx: Ctx, offer: dict[str, object], text: str) -> list[Reply]:
    concern = ctx.own(int(str(offer.get("concern_id"))))
    aside = (
        None
        if concern is None or _kind(offer) == BACK
        else offer_aside.answered(d, ctx, concern, text, OFFER)
    )
    if aside is not None:
        return aside  # "Status?", "Wer bist du?", "Vergessen Sie es": no answer
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
        return ask(d, ctx, concern, text.strip(), AGAIN)
    before = _declined(d, ctx, concern, offer)
    asked = ask(d, ctx, concern, text.strip(), _kind(offer))
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
