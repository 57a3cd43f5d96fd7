"""Repository functions: the only place that writes the tables."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from store.models import (
    Concern,
    Conversation,
    EventKind,
    ProcessedUpdate,
    Resident,
    RoutingEvent,
    Status,
    utcnow,
)

ZURICH = ZoneInfo("Europe/Zurich")

# The fields of a concern that a routing decision sets (kept in the audit trail).
ROUTING_FIELDS = ("topic", "confidence", "kreis", "quartier", "office", "urgent", "outside_city")


class NotFound(LookupError):
    """No such row."""


def get_or_create_resident(
    session: Session, *, channel: str, chat_id: str, user_id: str | None, language: str = "de"
) -> Resident:
    resident = session.exec(
        select(Resident).where(Resident.channel == channel, Resident.chat_id == chat_id)
    ).first()
    if resident is None:
        resident = Resident(channel=channel, chat_id=chat_id, user_id=user_id, language=language)
        session.add(resident)
        session.flush()
    return resident


def find_resident(session: Session, *, channel: str, chat_id: str) -> Resident | None:
    return session.exec(
        select(Resident).where(Resident.channel == channel, Resident.chat_id == chat_id)
    ).first()


def create_concern(
    session: Session,
    *,
    resident: Resident,
    text: str,
    photos: list[str] | None = None,
    status: str = Status.DRAFT,
) -> Concern:
    """Store a resident's text first, before anything else can fail."""
    concern = Concern(
        resident_id=resident.id,
        channel=resident.channel,
        text=text,
        photos=list(photos or []),
        language=resident.language,
        status=status,
    )
    session.add(concern)
    session.flush()
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


def routing_snapshot(concern: Concern) -> dict[str, Any]:
    return {field: getattr(concern, field) for field in ROUTING_FIELDS}


def apply_routing(
    session: Session,
    *,
    concern: Concern,
    kind: EventKind,
    actor: str | None = None,
    **changes: Any,
) -> RoutingEvent:
    """Change routing fields of a concern and record who changed what."""
    unknown = set(changes) - {*ROUTING_FIELDS, "lat", "lon", "place_text"}
    if unknown:
        raise ValueError(f"not routing fields: {sorted(unknown)}")
    before = routing_snapshot(concern)
    for field, value in changes.items():
        setattr(concern, field, value)
    concern.updated_at = utcnow()
    event = RoutingEvent(
        concern_id=concern.id or 0,
        kind=kind,
        actor=actor,
        before=before,
        after=routing_snapshot(concern),
    )
    session.add(concern)
    session.add(event)
    session.flush()
    return event


def set_status(
    session: Session, *, concern: Concern, status: Status, actor: str | None = None
) -> None:
    before = {"status": concern.status}
    concern.status = status
    concern.updated_at = utcnow()
    if status == Status.FORWARDED and concern.forwarded_at is None:
        concern.forwarded_at = concern.updated_at
    session.add(concern)
    session.add(
        RoutingEvent(
            concern_id=concern.id or 0,
            kind=EventKind.STATUS,
            actor=actor,
            before=before,
            after={"status": status.value},
        )
    )
    session.flush()


def assign_reference(session: Session, *, concern: Concern) -> str:
    """ZH-<year>-<id, six digits>: unique because the id is."""
    if concern.reference is None:
        year = concern.created_at.astimezone(ZURICH).year
        concern.reference = f"ZH-{year}-{concern.id:06d}"
        session.add(concern)
        session.flush()
    return concern.reference


def concerns_of(session: Session, *, resident: Resident, limit: int = 20) -> list[Concern]:
    return list(
        session.exec(
            select(Concern)
            .where(Concern.resident_id == resident.id)
            .order_by(col(Concern.created_at).desc(), col(Concern.id).desc())
            .limit(limit)
        )
    )


def count_recent_concerns(session: Session, *, resident: Resident, since: datetime) -> int:
    """Concerns the resident sent since `since` that count against the rate limit."""
    return int(
        session.exec(
            select(func.count())
            .select_from(Concern)
            .where(
                Concern.resident_id == resident.id,
                col(Concern.created_at) >= since,
                Concern.status != Status.RATE_LIMITED,
            )
        ).one()
    )


def get_conversation(session: Session, *, channel: str, chat_id: str) -> Conversation:
    conv = session.get(Conversation, (channel, chat_id))
    if conv is None:
        conv = Conversation(channel=channel, chat_id=chat_id)
        session.add(conv)
        session.flush()
    return conv


def save_conversation(
    session: Session, *, conversation: Conversation, state: str, data: dict[str, Any]
) -> None:
    conversation.state = state
    conversation.data = dict(data)  # a new object, so SQLAlchemy sees the change
    conversation.updated_at = utcnow()
    session.add(conversation)
    session.flush()


def claim_update(session: Session, *, channel: str, update_id: int) -> bool:
    """True the first time an update id is seen, False for a repeat delivery."""
    if session.get(ProcessedUpdate, (channel, update_id)) is not None:
        return False
    try:
        with session.begin_nested():
            session.add(ProcessedUpdate(channel=channel, update_id=update_id))
    except IntegrityError:
        return False
    return True


def _strip_personal(session: Session, concern: Concern) -> None:
    """Keep what the city needs (topic, Kreis, office, status, dates); drop the
    text, photos, exact position and the link to the person."""
    concern.text = None
    concern.photos = []
    concern.lat = concern.lon = None
    concern.place_text = None
    concern.resident_id = None
    concern.updated_at = utcnow()
    session.add(concern)


def delete_personal_data(session: Session, *, resident: Resident) -> int:
    """Honour a deletion request: unlink and strip the resident's concerns, forget
    the chat. Concerns stay for the city (topic, Kreis, office, status, dates)
    without text, photos, exact position or link to the person. Returns the number
    of concerns anonymised."""
    concerns = list(session.exec(select(Concern).where(Concern.resident_id == resident.id)))
    for concern in concerns:
        _strip_personal(session, concern)
    conv = session.get(Conversation, (resident.channel, resident.chat_id or ""))
    if conv is not None:
        session.delete(conv)
    resident.chat_id = None
    resident.user_id = None
    resident.deleted_at = utcnow()
    session.add(resident)
    session.flush()
    return len(concerns)


def anonymise_older_than(session: Session, *, cutoff: datetime) -> int:
    """Retention: strip text, photos, position and the link to the person from
    concerns created before `cutoff`. Topic, Kreis, office, status and dates
    stay for statistics. Returns the number of concerns changed."""
    rows = list(
        session.exec(
            select(Concern).where(
                col(Concern.created_at) < cutoff,
                (col(Concern.text).is_not(None)) | (col(Concern.resident_id).is_not(None)),
            )
        )
    )
    for concern in rows:
        _strip_personal(session, concern)
    session.flush()
    return len(rows)


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


def hour_ago() -> datetime:
    return utcnow() - timedelta(hours=1)
