"""An answer to the city's question, also after `reply_window_days`
(new-user trial m, finding 5).

GSZ asked "Welcher Brunnen genau: der beim Spielplatz oder der beim Kiosk?" and
the resident, back after nine days, wrote "Es ist der beim Spielplatz": a new
draft without a place, and GSZ never saw the answer. Back from a week or two
away, answering late is ordinary, and the concern was still open with the
question as the city's latest word about it.

So the window (`reply_window_days`) is how long any staff answer invites a reply
("Ist das Ihre Antwort zu ZH-…?"): a statement ("Wir holen das Sofa am Dienstag
ab"), or a question of a concern closed since. Beyond it a question stays
answerable while its concern is open (new, forwarded, in progress: not done,
rejected or withdrawn) and nothing the city told the resident about it came
after the question (a status, a move to another office). A window of 0 turns
the question off altogether, as before.

Asked about beyond the window, the question names the day the city asked
("Ist das Ihre Antwort auf die Frage vom 3. Dezember zu ZH-…?", trial
leftovers, item 7): after a week or two away, the resident may not recall it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from bot.dialog.context import Ctx
from bot.dialog.to_office import latest_told
from bot.texts import t
from store import repository as repo
from store.models import OPEN_STATUSES_STAFF, Concern, EventKind, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def answerable(d: Dialog, ctx: Ctx, latest: repo.LatestAnswer) -> bool:
    """The city's latest answer (`latest`, not yet replied to) may still be
    answered: within the window, or an open question still waiting."""
    window = d.settings.reply_window_days
    if window == 0:
        return False
    if utcnow() - latest.at <= timedelta(days=window):
        return True
    if not latest.asked or latest.concern.status not in OPEN_STATUSES_STAFF:
        return False
    told = latest_told(ctx, latest.concern)  # the question, or a word of the city since
    return told is not None and told.kind == EventKind.ANSWER


def asked_on(d: Dialog, ctx: Ctx, concern: Concern) -> str | None:
    """The day of the city's question about `concern` ("3. Dezember", in the
    resident's language) when it is answered beyond the window; None otherwise."""
    latest = repo.latest_answer(ctx.s, resident=ctx.resident)
    if latest is None or latest.concern.id != concern.id or not latest.asked:
        return None
    if utcnow() - latest.at <= timedelta(days=d.settings.reply_window_days):
        return None
    day = latest.at.astimezone(repo.ZURICH)
    shown = t(ctx.lang, "date_day_1") if day.day == 1 else str(day.day)
    return t(ctx.lang, "date_day_month", day=shown, month=t(ctx.lang, f"month_{day.month}"))
