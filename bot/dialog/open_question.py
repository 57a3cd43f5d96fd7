"""The answer to the city's question, also when it names a place or a draft waits.

ERZ asks "In welchem Hinterhof genau? Strasse und Hausnummer würden helfen."
and the resident writes "Hinterhof vo de Militärstrass 76, bim Veloständer"
(new-user trial k, finding 1). A text with a place of its own used to be a new
concern, so the answer was lost exactly when the city had asked for the place;
and "Der beim Brunnen" while a draft waited for its confirmation became a new
draft, because the draft, filed after the question, counted as "filed since".

Now, while the city's latest answer (/antwort) to the resident asks something
(a "?" anywhere in it: `store.repository.asks`, the one definition, which "Ja"
after the question goes by too) and is otherwise open
(`reply_to_city.answered_concern`: recent, not answered, about a concern not
withdrawn):
- a text naming a place is asked about ("Ist das Ihre Antwort zu ZH-…?") when
  it reads like an answer: a place alone, or a short text the classifier is
  unsure of, or one of the concern's topic at its Kreis. A confident text of
  another topic, or of the same topic at another Kreis, is a concern of its own
  and filed as before;
- a draft filed after the question does not close it at the draft's
  confirmation: a text there that is none of its answers is asked about (at
  "Wo ist das genau?" the resident answers the draft's own question);
- a text naming a place at any draft's confirmation is asked about when it
  reads like an answer, as above (`answers_at_draft`; "Ja, der Kübel am Idaplatz
  ist immer noch voll" became a new concern); a place alone stays the draft's.
"Nein" at the question handles the text as before, so nothing is swallowed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.dialog import late_answer, place_answer
from bot.dialog.context import Ctx
from bot.dialog.model import State
from store import repository as repo
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# An answer is short ("Hinterhof vo de Militärstrass 76, bim Veloständer"); a
# longer text with a place tells a story of its own.
ANSWER_WORDS = 16
# Concerns read to see whether the ones filed since the question are drafts only.
SINCE_READ = 5


def answers_with_place(d: Dialog, answer: repo.LatestAnswer, text: str) -> bool:
    """`text`, which names a place, is rather the answer to the city's latest
    answer (`answer`, open) than a concern of its own: it asks something."""
    if len(text.split()) > ANSWER_WORDS or not answer.asked:
        return False
    concern = answer.concern
    if place_answer.only_a_place(d, text):
        return True  # "Militärstrasse 76"
    topic, confidence = d.topic_of(text)
    if confidence < d.settings.low_confidence:
        return True  # a place and a few words of no clear topic: an answer
    if topic != concern.topic:
        return False  # "Schlagloch an der Josefstrasse 12": another matter
    kreis = d.place(text).kreis
    # "Der Abfallkübel an der Weststrasse 30 ist voll" about a bin at the
    # Helvetiaplatz: the same kind of thing elsewhere, a concern of its own.
    return concern.kreis is None or kreis is None or kreis == concern.kreis


def answers_at_draft(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> bool:
    """`text`, which names a place, typed at a draft's confirmation while the city's
    latest answer about `concern` is open ("Ja, der Kübel am Idaplatz ist immer noch
    voll" to ERZ's "Ist er immer noch voll?" became a new concern): the answer to
    it, as `answers_with_place` reads it in an idle conversation. Not a place alone
    ("Idaplatz"): at the confirmation that is the draft's place or a new one."""
    latest = repo.latest_answer(ctx.s, resident=ctx.resident)
    if latest is None or latest.concern.id != concern.id:
        return False
    return not place_answer.only_a_place(d, text) and answers_with_place(d, latest, text)


def asked_before_draft(d: Dialog, ctx: Ctx, answerable: tuple[Status, ...]) -> Concern | None:
    """The concern of the city's latest answer when it asks something and is
    open but for drafts the resident started since (the one waiting for its
    confirmation): its text at that confirmation may still be the answer. None
    at the place question, and when a concern was filed (not just drafted) since."""
    if ctx.state in (State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL):
        return None  # "Der beim Brunnen" there answers "Wo ist das genau?"
    latest = repo.latest_answer(ctx.s, resident=ctx.resident)
    if latest is None or latest.replied or not latest.newer:
        return None  # without a draft since, `reply_to_city.answered_concern` decides
    if latest.concern.status not in answerable:
        return None
    if not late_answer.answerable(d, ctx, latest):
        return None
    recent = repo.concerns_of(ctx.s, resident=ctx.resident, limit=SINCE_READ)
    since = [c for c in recent if _aware(c.created_at) > latest.at]
    if len(since) == SINCE_READ:
        return None  # more filed since than read: not a draft or two
    filed = [c for c in since if not c.urgent and c.status != Status.WITHDRAWN]
    if any(c.status != Status.DRAFT for c in filed):
        return None  # filed since, not just started: the resident moved on
    return latest.concern if latest.asked else None


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
