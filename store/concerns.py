"""A resident's concerns: stored (text first, before anything else can fail),
found, given their reference (ZH-<year>-<id>), written, exported."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from store import recent, residents, rows
from store import statements as sql
from store.models import Concern, Resident, Status, utcnow

ZURICH = ZoneInfo("Europe/Zurich")

# A concern's reference: unique because the id is (the id at least six digits).
_REFERENCE = "ZH-{year}-{id}"


class NotFound(LookupError):
    """No such row."""


def create_concern(
    session: Session,
    *,
    resident: Resident,
    text: str,
    photos: list[str] | None = None,
    status: str = Status.DRAFT,
    consent: bool = False,
) -> Concern:
    """Store a resident's text first, before anything else can fail; with its
    reference (assign_reference), in the same INSERT on PostgreSQL. `consent`:
    and the resident's consent (record_consent; with their first concern), in
    the same statement on PostgreSQL."""
    now = utcnow()
    values: dict[str, Any] = dict.fromkeys(rows.columns(Concern))
    values.update(
        resident_id=resident.id,
        channel=resident.channel,
        text=text,
        photos=list(photos or []),
        language=resident.language,
        status=status,
        urgent=False,
        outside_city=False,
        unconfirmed=False,
        created_at=now,
        updated_at=now,
    )
    del values["id"]
    if session.get_bind().dialect.name == "postgresql":
        del values["reference"]
        values["prefix"] = _REFERENCE.format(year=now.astimezone(ZURICH).year, id="")
        stmt = sql.insert_concern_with_reference(session)
        if consent:
            stmt = sql.insert_concern_with_consent(session)
            values["consented_at"] = now
        stored = rows.run(session, stmt, values).mappings().one()
        if consent:
            rows.committed(resident, {"consent_at": values.pop("consented_at")})
        values.update(id=stored["id"], reference=stored["reference"])
        del values["prefix"]
        return recent.created(session, resident, rows.attach(session, Concern, values))
    if consent:
        residents.record_consent(session, resident=resident, now=now)
    values["id"] = rows.run(session, sql.insert_concern(session), values).scalar_one()
    concern = recent.created(session, resident, rows.attach(session, Concern, values))
    assign_reference(session, concern=concern)
    return concern


def get_concern(session: Session, concern_id: int) -> Concern:
    concern = session.get(Concern, concern_id)
    if concern is None:
        raise NotFound(f"concern {concern_id}")
    return concern


def get_concern_by_reference(session: Session, reference: str) -> Concern:
    concern = session.exec(select(Concern).where(Concern.reference == reference)).first()
    if concern is None:
        raise NotFound(f"concern {reference}")
    return concern


def write_concern(session: Session, concern: Concern) -> None:
    """Write what changed on `concern` now: one Core UPDATE of the changed
    columns (a concern not yet stored is flushed by the ORM)."""
    if not rows.persistent(concern):
        session.add(concern)
        session.flush()
        return
    rows.write_changes(session, concern)


def assign_reference(session: Session, *, concern: Concern) -> str:
    """ZH-<year>-<id, six digits>: unique because the id is."""
    if concern.reference is None:
        year = concern.created_at.astimezone(ZURICH).year
        concern.reference = _REFERENCE.format(year=year, id=f"{concern.id:06d}")
        write_concern(session, concern)
    return concern.reference


def own_concern(session: Session, *, concern_id: int, resident: Resident) -> Concern | None:
    """The resident's concern `concern_id` (whatever its status), or None when
    there is none or it is someone else's: the one the session holds, else one
    Core SELECT."""
    concern: Concern | None
    if session.identity_map.get(rows.identity_key(Concern, (concern_id,))) is not None:
        concern = session.get(Concern, concern_id)  # no SQL unless a rollback expired it
    else:
        params = {"id": concern_id}
        found = rows.run(session, sql.concern_by_id(session), params).mappings().first()
        concern = None if found is None else rows.attach(session, Concern, found)
    if concern is None or concern.resident_id != resident.id:
        return None
    return concern


def export_concerns(session: Session) -> Iterator[dict[str, Any]]:
    """Stored concerns for `quartierbot concerns export` (no text, no person)."""
    for concern in session.exec(select(Concern).order_by(col(Concern.id))):
        yield {
            "reference": concern.reference,
            "topic": concern.topic,
            "kreis": concern.kreis,
            "office": concern.office,
            "urgent": concern.urgent,
            "status": concern.status,
            "created_at": concern.created_at.isoformat(),
        }
