"""An objection to "abgelehnt" is a reply to the office that rejected it.

"Ihr Anliegen ZH-… hat einen neuen Stand: abgelehnt. Bemerkung der Stadt:
Privatgrundstück der Genossenschaft", then "Wieso privat? Das ist ein
öffentlicher Park!" (or "Ma come privato? È un parco pubblico!!"): a status
with a remark is no /antwort, so nothing was offered, and the text became a new
draft asked "Wo ist das genau?" while GSZ never heard the objection (new-user
trial k, finding 4). Now the text after a rejection is offered as the answer to
the rejected concern ("Ist das Ihre Antwort zu ZH-…?", `reply_to_city`), which
sends it to the office and the member who rejected it, unless it is a new
matter: a place of its own elsewhere, or another topic the classifier is
clearly sure of. "Nein" files it as a new concern, as before.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, select

from bot.dialog import addition, place_answer, topic_kin
from bot.dialog.context import Ctx, LatestConcern, latest_concern
from bot.dialog.to_office import latest_told
from store.models import Concern, EventKind, RoutingEvent, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def rejected_concern(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> Concern | None:
    """The resident's latest concern when the city rejected it last (its latest
    word to the resident is that status) within `reply_window_days`, the
    resident has not replied since, and `text` is no new matter; else None."""
    concern = (latest or latest_concern(ctx))()
    if concern is None or concern.status != Status.REJECTED:
        return None
    told = latest_told(ctx, concern)
    if told is None or told.kind != EventKind.STATUS:
        return None  # an /antwort after it is answered as such (reply_to_city)
    at = told.at if told.at.tzinfo else told.at.replace(tzinfo=UTC)
    if utcnow() - at > timedelta(days=d.settings.reply_window_days):
        return None
    replied = ctx.s.exec(
        select(RoutingEvent.id).where(
            RoutingEvent.concern_id == concern.id,
            RoutingEvent.kind == EventKind.REPLY,
            col(RoutingEvent.id) > told.id,
        )
    ).first()
    if replied is not None or new_matter(d, concern, text):
        return None
    return concern


def new_matter(d: Dialog, concern: Concern, text: str) -> bool:
    """`text` reads as a concern of its own rather than about `concern`: long,
    naming a place in another Kreis, or clearly of another topic (`topic_kin`:
    not a guess just above `low_confidence`, as "Ma come privato? È un parco
    pubblico!!" reads kultur 0.52)."""
    if len(text.split()) > addition.MAX_WORDS:
        return True
    place = d.place(text)
    if place_answer.names_a_place(place) and place.kreis != concern.kreis:
        return True
    return topic_kin.clearly_another(d, concern, text)
