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
  "Nein" handles the text as before (a new concern). The question and its
  answers: bot/dialog/reply_offer.py.
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
    change_after,
    changed_mind,
    late_answer,
    objection,
    open_question,
    place_answer,
    place_correction,
    reconsidered,
    taken_up,
)
from bot.dialog.context import Ctx, LatestConcern
from bot.dialog.model import Reply, State
from bot.dialog.place_detail import after_forwarding as place_detail
from bot.dialog.references import WITHDRAW, named_reference
from bot.dialog.reply_offer import (
    ADDITION,
    AGAIN,
    BACK,
    DECLINED,
    OFFER,
    ask,
    draft_id,
    while_asked,
)
from bot.dialog.sayings import ASKS_FOR_STATUS
from bot.dialog.to_office import latest_told
from nlp.smalltalk import smalltalk
from store import repository as repo
from store.models import OPEN_STATUSES_STAFF, Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

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
        return ask(d, ctx, concern, "" if back else text, BACK if back else AGAIN)
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
            return ask(d, ctx, concern, text, AGAIN, replied=True)
    return answer_aside.forward(d, ctx, concern, text)  # "… Übrigens liegt da auch Glas"


def forward_after_all(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """Withdrawn `concern` wanted after all, nothing else said ("Doch weiterleiten",
    "Bitte weiterleiten"): the offer of it anew at its place (`BACK`), where
    `taken_up` offers one; None otherwise."""
    if not taken_up.offered(d, ctx, concern, text):
        return None
    return ask(d, ctx, concern, "", BACK)


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
        if offer.get("draft") != draft_id(ctx):
            # An emergency or a new concern came in between: its questions first;
            # the offer stays and is asked again after it (render.prompt).
            return None
        return while_asked(d, ctx, offer, text)
    if ctx.state is not State.IDLE:
        return None
    if "fragment" in ctx.data or WITHDRAW.search(text):
        return None
    late = change_after.typed(d, ctx, text, latest)
    if late is not None:
        return late  # "Thema ändern" typed after forwarding: not more about it
    back = changed_mind.offered(d, ctx, text)  # "Doch, bitte weiterleiten" after withdrawing
    if back is not None:
        return ask(d, ctx, back[0], back[1], AGAIN if back[1] else BACK)
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
        return ask(d, ctx, closed, text, AGAIN)  # rather a new report than an answer
    if answer is None:
        detail = place_detail(d, ctx, text, latest)
        if detail is not None:
            return detail  # "Genauer gesagt ist es beim Eingang …": added at once
        more = addition.forwarded_concern(d, ctx, text, latest)  # "… jedi Wuche voll!!"
        if more is not None:
            return ask(d, ctx, more, text, ADDITION)
        rejected = objection.rejected_concern(d, ctx, text, latest)  # "Wieso privat?"
        return None if rejected is None else ask(d, ctx, rejected, text)
    if place_answer.names_a_place(d.place(text)) and not open_question.answers_with_place(
        d, answer, text
    ):
        return None  # a concern with a place of its own
    return ask(d, ctx, answer.concern, text)


def _short_answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """ "Ja", "Nein", "jo", "👍" to the city's question ("Ist es der grosse
    Container?"; QA trial h, finding 1: taken as small talk, the office never
    got it): asked about like any answer. Only when the city's latest word was a
    question: "ok" to "Danke, wir kümmern uns" is no answer."""
    latest = _open_answer(d, ctx)
    return None if latest is None or not latest.asked else ask(d, ctx, latest.concern, text)


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
    return ask(d, ctx, concern, text)


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
