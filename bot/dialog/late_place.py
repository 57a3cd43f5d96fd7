"""The place of an emergency that went out without one.

An emergency is never held for its place: "Danke", "Weiss ich nicht" or the
timeout at "Wo ist das?" forward it at once. The resident is told that it went
without a place and that a place written now is added; this module adds it
(typed, or a location shared) to the emergency forwarded in the last half hour,
and the offices that now handle it are sent its card.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from bot.dialog import render
from bot.dialog.context import Ctx, LatestConcern, latest_concern
from bot.dialog.model import Reply
from bot.staff import alerts
from bot.texts import t
from nlp.places import PlaceResult
from store import repository as repo
from store.models import Concern, EventKind, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

WINDOW = timedelta(minutes=30)


def placeless(concern: Concern) -> bool:
    return concern.kreis is None and not concern.place_text and concern.lat is None


def waiting_for_place(ctx: Ctx, latest: LatestConcern | None = None) -> Concern | None:
    """The resident's latest concern (read by `latest` when given), if it is an
    emergency forwarded a moment ago without any place."""
    concern = (latest or latest_concern(ctx))()
    if concern is None:
        return None
    if not concern.urgent or concern.status not in {Status.FORWARDED, Status.IN_PROGRESS}:
        return None
    if not placeless(concern):
        return None
    at = concern.forwarded_at or concern.created_at
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return concern if utcnow() - at <= WINDOW else None


def add(
    d: Dialog,
    ctx: Ctx,
    concern: Concern,
    place: PlaceResult,
    text: str | None,
    lat: float | None = None,
    lon: float | None = None,
) -> list[Reply]:
    """Give the emergency its place, route it there and tell the offices."""
    office = d.unsure_office(concern, place.kreis, confirmed=not concern.unconfirmed)
    if office is None:
        topic = concern.topic or "quartierleben"
        office = d.routing.route(topic, concern.confidence or 0.0, place.kreis).office
    said = ", ".join(place.places) or (text or "").strip()
    changes: dict[str, Any] = {"kreis": place.kreis, "quartier": place.quartier}
    changes["office"] = office
    if said:
        changes["place_text"] = said[:200]
    if lat is not None:
        changes["lat"], changes["lon"] = lat, lon
    previous = concern.office
    repo.apply_routing(ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", **changes)
    alerts.place_added(ctx.s, d.routing, concern, previous)
    where = render.place_name(ctx.lang, concern, d)
    return [Reply(t(ctx.lang, "urgent_place_added", reference=concern.reference, place=where))]
