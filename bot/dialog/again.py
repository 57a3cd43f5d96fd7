"""The same again, after the city closed the concern.

"Er ist schon wieder voll" after "Ihr Anliegen ZH-… hat einen neuen Stand:
erledigt." got "Ich höre zu: Was ist los, und wo?" (new-user trial g, finding
15): the bot forgot the bin and the Idaplatz it had just written about. A closed
concern is not reopened (the office finished it; its staff look at open ones):
the resident is offered a new concern of the same topic at the same place
("Soll ich das als neues Anliegen am gleichen Ort an ERZ weiterleiten?"), with
the offer of an answer to the city or an addition (`reply_to_city`). Yes files
and forwards it at once, its staff card naming the earlier concern; no handles
the text as before.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import addition, render, taken_up
from bot.dialog.context import Ctx, LatestConcern, latest_concern
from bot.dialog.model import State
from bot.texts import t
from bot.texts.staff import st
from store import repository as repo
from store.models import Concern, EventKind, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog
    from bot.dialog.model import Reply

CLOSED = (Status.DONE, Status.REJECTED)


def closed_concern(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> Concern | None:
    """The resident's latest concern, closed by the city within the reply window
    (`reply_window_days`) and with a Kreis, that `text` reports again
    (`addition.says_more`, "wieder" and "immer noch" included); else None. Not
    over the hourly limit: a concern held back is classified afresh, without
    the place. `latest` reads the latest concern when given."""
    concern = (latest or latest_concern(ctx))()
    if concern is None:
        return None
    at = concern.updated_at if concern.updated_at.tzinfo else concern.updated_at.replace(tzinfo=UTC)
    if utcnow() - at > timedelta(days=d.settings.reply_window_days):
        return None
    return concern if reported_again(d, ctx, concern, text) else None


def reported_again(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> bool:
    """`text` reports closed `concern` again (`closed_concern`, without the
    window: also a Telegram reply to the bot's "erledigt" about it)."""
    if concern.status not in CLOSED or concern.kreis is None or concern.urgent:
        return False
    if not addition.says_more(d, concern, text, closed=True):
        return False
    recent = repo.count_recent_concerns(ctx.s, resident=ctx.resident, since=repo.hour_ago())
    return recent < d.settings.rate_limit_per_hour


def says_again(text: str) -> bool:
    """ "schon wieder", "immer noch": rather a new report than an answer to the
    city's question about the closed concern."""
    return addition.AGAIN.search(text) is not None


def question(d: Dialog, ctx: Ctx, concern: Concern) -> str:
    withdrawn = concern.status == Status.WITHDRAWN  # taken up again (`taken_up`)
    return t(
        ctx.lang,
        "again_ask_withdrawn" if withdrawn else "again_ask",
        reference=concern.reference,
        status=t(ctx.lang, f"status_{concern.status}"),
        topic=render.concern_topic(d, ctx.lang, concern),
        place=render.place_name(ctx.lang, concern, d),
        office=render.office_name(d, concern.office),
    )


def file(d: Dialog, ctx: Ctx, earlier: Concern, text: str) -> list[Reply]:
    """A new concern with `text`, the topic, place and office of `earlier`,
    forwarded (the resident said yes to all of it)."""
    from bot.dialog import intake  # it reaches this module through reply_to_city

    if earlier.status == Status.WITHDRAWN:
        text = taken_up.filed_text(earlier, text)  # what it was about, and the reply
    concern = intake.create(ctx, text.strip(), [], Status.DRAFT)
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=EventKind.CLASSIFIER,
        note=st("note_again", reference=earlier.reference),  # staff read it on the card
        topic=earlier.topic,
        confidence=earlier.confidence,
        kreis=earlier.kreis,
        quartier=earlier.quartier,
        office=earlier.office,
        place_text=earlier.place_text,
        lat=earlier.lat,
        lon=earlier.lon,
    )
    ctx.save(State.AWAIT_CONFIRM, **{**ctx.data, "concern_id": concern.id})
    return intake.forward(d, ctx, concern)
