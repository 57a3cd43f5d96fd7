"""Changes to a concern's routing and status, each with its audit event (who,
when, before, after, why, on which place)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from store import concerns, rows
from store import statements as sql
from store.models import Concern, EventKind, RoutingEvent, Status, utcnow
from store.spelling import place_as_written

# The fields of a concern that a routing decision sets (kept in the audit trail).
ROUTING_FIELDS = ("topic", "confidence", "kreis", "quartier", "office", "urgent", "outside_city")


def routing_snapshot(concern: Concern) -> dict[str, Any]:
    return {field: getattr(concern, field) for field in ROUTING_FIELDS}


def record_event(
    session: Session,
    *,
    concern: Concern,
    kind: EventKind,
    actor: str | None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    note: str | None = None,
    undoes: int | None = None,
    place_text: str | None = None,
) -> RoutingEvent:
    """One audit event (who, when, before, after, why, on which place); the concern's changes
    are written with it (one UPDATE of what changed, as a flush would; on
    PostgreSQL in the event's INSERT statement, a data-modifying WITH)."""
    changed: dict[str, Any] = {}
    if rows.persistent(concern) and session.get_bind().dialect.name == "postgresql":
        changed = rows.changes(concern)
    else:
        concerns.write_concern(session, concern)
    values: dict[str, Any] = {
        "concern_id": concern.id or 0,
        "kind": kind,
        "actor": actor,
        "at": utcnow(),
        "before": dict(before or {}),
        "after": dict(after or {}),
        "note": note,
        "undoes": undoes,
        "place_text": place_text[:200] if place_text else None,
    }
    if changed:
        # Recorded as written first: the autoflush before the statement leaves them.
        rows.committed(concern, changed)
        params = rows.key_params(concern, changed)
        params.update({f"ev_{name}": value for name, value in values.items()})
        stmt = sql.event_with_update(tuple(sorted(changed)))
        values["id"] = rows.run(session, stmt, params).scalar_one()
    else:
        values["id"] = rows.run(session, sql.insert_event(session), values).scalar_one()
    return rows.attach(session, RoutingEvent, values)


def apply_routing(
    session: Session,
    *,
    concern: Concern,
    kind: EventKind,
    actor: str | None = None,
    note: str | None = None,
    undoes: int | None = None,
    place: str | None = None,
    **changes: Any,
) -> RoutingEvent:
    """Change routing fields of a concern and record who changed what, and on
    which place: `place` (the places the classifier read in the text), else the
    concern's place text after the change."""
    unknown = set(changes) - {*ROUTING_FIELDS, "lat", "lon", "place_text"}
    if unknown:
        raise ValueError(f"not routing fields: {sorted(unknown)}")
    before = routing_snapshot(concern)
    if changes.get("place_text"):
        # The place as the city writes it: "Josefstraße 12" typed, "Josefstrasse 12" kept
        # (said back to the resident, on the staff card, in the digest).
        changes["place_text"] = place_as_written(changes["place_text"])
    for field, value in changes.items():
        setattr(concern, field, value)
    concern.updated_at = utcnow()
    return record_event(
        session,
        concern=concern,
        kind=kind,
        actor=actor,
        before=before,
        after=routing_snapshot(concern),
        note=note,
        undoes=undoes,
        place_text=place_as_written(place) if place else concern.place_text,
    )


def set_status(
    session: Session,
    *,
    concern: Concern,
    status: Status,
    actor: str | None = None,
    note: str | None = None,
    undoes: int | None = None,
) -> RoutingEvent:
    before = {"status": concern.status}
    concern.status = status
    concern.updated_at = utcnow()
    if status == Status.FORWARDED and concern.forwarded_at is None:
        concern.forwarded_at = concern.updated_at
    return record_event(
        session,
        concern=concern,
        kind=EventKind.STATUS,
        actor=actor,
        before=before,
        after={"status": status.value},
        note=note,
        undoes=undoes,
    )
