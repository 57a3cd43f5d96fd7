"""The store queries of a digest: four queries per office, plain column rows
(no ORM objects), everything else is done in Python (digest.build).

1. the office's concerns that matter for the digest: arrived in the last 8
   weeks (series, trends, the usual figures), open now, or changed since the
   oldest comparison point (so their status then can be rebuilt);
2. per concern, the time of the last status change (status or assign event)
   before the end of the period (overdue);
3. the status events since the oldest comparison point: the status a concern
   had at an earlier moment is the `before` of its first status event after
   that moment (or its current status, when there is none);
4. staff events in the period and the four weeks before (re-routings).

Only concerns staff can see are read (the statuses in `VISIBLE`: not drafts,
not held by the rate limit, not outside the city) with a reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlmodel import Session, col

from digest.period import ZURICH, day_start
from nlp.routing import RoutingTable
from store.models import Concern, EventKind, RoutingEvent, Status

VISIBLE = (
    Status.NEW,
    Status.FORWARDED,
    Status.IN_PROGRESS,
    Status.DONE,
    Status.REJECTED,
    Status.WITHDRAWN,
)
OPEN = frozenset({Status.NEW.value, Status.FORWARDED.value, Status.IN_PROGRESS.value})
SERIES_WEEKS = 8
COMPARE_WEEKS = 4


@dataclass(slots=True)
class Row:
    id: int
    reference: str
    text: str | None
    topic: str | None
    kreis: int | None
    quartier: str | None
    office: str | None
    urgent: bool
    unconfirmed: bool
    status: str
    place_text: str | None
    lat: float | None
    lon: float | None
    arrived_at: datetime  # forwarded_at, else created_at (UTC)
    day: date  # the Zürich day it arrived


@dataclass(frozen=True, slots=True)
class Reroute:
    concern_id: int
    at: datetime
    before: str | None
    after: str | None
    kreis: int | None


@dataclass(slots=True)
class Snapshot:
    rows: list[Row]
    last_change: dict[int, datetime]
    # concern id -> [(at, status before that event)], oldest first
    status_events: dict[int, list[tuple[datetime, str | None]]] = field(default_factory=dict)
    reroutes: list[Reroute] = field(default_factory=list)


def scope_filter(routing: RoutingTable, office: str) -> ColumnElement[bool]:
    """The concerns an office's digest is about (see digest.build)."""
    mine = col(Concern.office) == office
    entry = routing.offices.get(office)
    if entry is None:
        return false()
    if office == routing.unknown_office:
        return or_(mine, col(Concern.kreis).is_(None))
    if entry.kreise:
        return or_(mine, col(Concern.kreis).in_(entry.kreise), col(Concern.kreis).is_(None))
    return mine


def windows(start: date, end: date) -> tuple[datetime, datetime]:
    """(oldest arrival that matters, oldest comparison point)."""
    earliest = min(
        start - timedelta(weeks=COMPARE_WEEKS),
        end - timedelta(weeks=SERIES_WEEKS),
    )
    return day_start(earliest), day_start(end - timedelta(weeks=COMPARE_WEEKS))


def load(session: Session, routing: RoutingTable, office: str, start: date, end: date) -> Snapshot:
    first_arrival, horizon = windows(start, end)
    end_at = day_start(end)
    arrived = func.coalesce(col(Concern.forwarded_at), col(Concern.created_at))
    relevant = (
        col(Concern.status).in_(VISIBLE)
        & col(Concern.reference).is_not(None)
        & scope_filter(routing, office)
        & or_(
            arrived >= first_arrival,
            col(Concern.status).in_(OPEN),
            col(Concern.updated_at) >= horizon,
        )
    )
    concern_ids = select(col(Concern.id)).where(relevant)
    rows = []
    for r in session.execute(
        select(
            col(Concern.id),
            col(Concern.reference),
            col(Concern.text),
            col(Concern.topic),
            col(Concern.kreis),
            col(Concern.quartier),
            col(Concern.office),
            col(Concern.urgent),
            col(Concern.unconfirmed),
            col(Concern.status),
            col(Concern.place_text),
            col(Concern.lat),
            col(Concern.lon),
            col(Concern.forwarded_at),
            col(Concern.created_at),
        )
        .where(relevant)
        .order_by(col(Concern.id))
    ):
        at = r.forwarded_at or r.created_at
        if at >= end_at:
            continue  # arrived after the period: not in this digest at all
        rows.append(
            Row(
                r.id, r.reference, r.text, r.topic, r.kreis, r.quartier, r.office, r.urgent,
                r.unconfirmed, r.status, r.place_text, r.lat, r.lon, at,
                at.astimezone(ZURICH).date(),
            )
        )  # fmt: skip
    changes = (EventKind.STATUS.value, EventKind.ASSIGN.value)
    last_change = {
        cid: at
        for cid, at in session.execute(
            select(col(RoutingEvent.concern_id), func.max(col(RoutingEvent.at)))
            .where(
                col(RoutingEvent.kind).in_(changes),
                col(RoutingEvent.at) < end_at,
                col(RoutingEvent.concern_id).in_(concern_ids),
            )
            .group_by(col(RoutingEvent.concern_id))
        )
    }
    snapshot = Snapshot(rows, last_change)
    for cid, at, before in session.execute(
        select(col(RoutingEvent.concern_id), col(RoutingEvent.at), col(RoutingEvent.before))
        .where(
            col(RoutingEvent.kind) == EventKind.STATUS.value,
            col(RoutingEvent.at) >= horizon,
            col(RoutingEvent.concern_id).in_(concern_ids),
        )
        .order_by(col(RoutingEvent.at), col(RoutingEvent.id))
    ):
        snapshot.status_events.setdefault(cid, []).append((at, _status(before)))
    for cid, at, before, after, kreis in session.execute(
        select(
            col(RoutingEvent.concern_id),
            col(RoutingEvent.at),
            col(RoutingEvent.before),
            col(RoutingEvent.after),
            col(Concern.kreis),
        )
        .join(Concern, col(Concern.id) == col(RoutingEvent.concern_id))
        .where(
            col(RoutingEvent.kind) == EventKind.STAFF.value,
            col(RoutingEvent.at) >= day_start(start - timedelta(weeks=COMPARE_WEEKS)),
            col(RoutingEvent.at) < end_at,
        )
    ):
        b, a = _office(before), _office(after)
        if b != a:
            snapshot.reroutes.append(Reroute(cid, at, b, a, kreis))
    return snapshot


def _status(snapshot: Any) -> str | None:
    value = snapshot.get("status") if isinstance(snapshot, dict) else None
    return value if isinstance(value, str) else None


def _office(snapshot: Any) -> str | None:
    value = snapshot.get("office") if isinstance(snapshot, dict) else None
    return value if isinstance(value, str) else None
