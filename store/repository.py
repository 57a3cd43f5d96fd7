"""Repository functions: the only place that writes the tables.

Get-or-create is `INSERT ... ON CONFLICT DO NOTHING` followed by a SELECT, so
two transactions creating the same row at once both succeed (the second waits
for the first on PostgreSQL). Nothing here commits: every write belongs to the
caller's transaction and rolls back with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func
from sqlalchemy.dialects import postgresql, sqlite
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
from store.retention import OPEN_STATUSES as OPEN_STATUSES
from store.retention import PurgeReport as PurgeReport
from store.retention import anonymise_older_than as anonymise_older_than
from store.retention import delete_personal_data as delete_personal_data
from store.retention import months_before as months_before
from store.retention import purge as purge

ZURICH = ZoneInfo("Europe/Zurich")

# The fields of a concern that a routing decision sets (kept in the audit trail).
ROUTING_FIELDS = ("topic", "confidence", "kreis", "quartier", "office", "urgent", "outside_city")


class NotFound(LookupError):
    """No such row."""


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _insert_missing(session: Session, table: Table, conflict: Sequence[str], **values: Any) -> bool:
    """INSERT ... ON CONFLICT (conflict) DO NOTHING; True when a row was inserted.
    A concurrent insert of the same key makes PostgreSQL wait for that
    transaction, then do nothing (or insert, if it rolled back)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        pg = (
            postgresql.insert(table)
            .values(**values)
            .on_conflict_do_nothing(index_elements=list(conflict))
        )
        stmt = pg.returning(*(table.c[name] for name in conflict))
    elif dialect == "sqlite":
        lite = (
            sqlite.insert(table)
            .values(**values)
            .on_conflict_do_nothing(index_elements=list(conflict))
        )
        stmt = lite.returning(*(table.c[name] for name in conflict))
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    return session.exec(stmt).first() is not None


def insert_missing(
    session: Session, model: type[Any], conflict: Sequence[str], **values: Any
) -> bool:
    """INSERT a row of `model` unless one with the same `conflict` key exists;
    True when this call inserted it (see _insert_missing)."""
    return _insert_missing(session, _table(model), conflict, **values)


def get_or_create_resident(
    session: Session, *, channel: str, chat_id: str, user_id: str | None, language: str = "de"
) -> Resident:
    """The resident of this chat, created on the first message (safe when two
    first messages arrive at once)."""
    query = select(Resident).where(Resident.channel == channel, Resident.chat_id == chat_id)
    resident = session.exec(query).first()
    if resident is None:
        now = utcnow()
        _insert_missing(
            session,
            _table(Resident),
            ("channel", "chat_id"),
            channel=channel,
            chat_id=chat_id,
            user_id=user_id,
            language=language,
            created_at=now,
            last_seen_at=now,
        )
        resident = session.exec(query).one()
    return resident


def touch_resident(session: Session, resident: Resident, *, now: datetime | None = None) -> None:
    """Record that the resident wrote now (call on every message): retention
    forgets the chat of residents silent for the retention period."""
    resident.last_seen_at = now or utcnow()
    session.add(resident)
    session.flush()


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
) -> RoutingEvent:
    """One audit event (who, when, before, after, why); the concern row is
    written with it."""
    event = RoutingEvent(
        concern_id=concern.id or 0,
        kind=kind,
        actor=actor,
        before=dict(before or {}),
        after=dict(after or {}),
        note=note,
        undoes=undoes,
    )
    session.add(concern)
    session.add(event)
    session.flush()
    return event


def apply_routing(
    session: Session,
    *,
    concern: Concern,
    kind: EventKind,
    actor: str | None = None,
    note: str | None = None,
    undoes: int | None = None,
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
    return record_event(
        session,
        concern=concern,
        kind=kind,
        actor=actor,
        before=before,
        after=routing_snapshot(concern),
        note=note,
        undoes=undoes,
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


def _insert_conversation(session: Session, *, channel: str, chat_id: str) -> None:
    _insert_missing(
        session,
        _table(Conversation),
        ("channel", "chat_id"),
        channel=channel,
        chat_id=chat_id,
        state="idle",
        data={},
        updated_at=utcnow(),
    )


def get_conversation(session: Session, *, channel: str, chat_id: str) -> Conversation:
    """The chat's dialog state, created idle (no lock; see lock_conversation)."""
    conv = session.get(Conversation, (channel, chat_id))
    if conv is None:
        _insert_conversation(session, channel=channel, chat_id=chat_id)
        conv = session.exec(
            select(Conversation).where(
                Conversation.channel == channel, Conversation.chat_id == chat_id
            )
        ).one()
    return conv


def lock_conversation(session: Session, *, channel: str, chat_id: str) -> Conversation:
    """The chat's dialog state, created if missing, locked until the transaction
    ends: a second message of the same chat waits here for the first one's
    commit and then reads its state. PostgreSQL: SELECT ... FOR UPDATE. SQLite:
    every transaction holds the write lock from BEGIN IMMEDIATE (store.db)."""
    query = (
        select(Conversation)
        .where(Conversation.channel == channel, Conversation.chat_id == chat_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    conv = session.exec(query).first()
    if conv is None:
        _insert_conversation(session, channel=channel, chat_id=chat_id)
        conv = session.exec(query).one()
    return conv


def save_conversation(
    session: Session, *, conversation: Conversation, state: str, data: dict[str, Any]
) -> None:
    conversation.state = state
    conversation.data = dict(data)  # a new object, so SQLAlchemy sees the change
    conversation.updated_at = utcnow()
    session.add(conversation)
    session.flush()


def try_lock_conversation(session: Session, *, channel: str, chat_id: str) -> Conversation | None:
    """The chat's dialog state locked, without waiting: None when the chat has
    none or another transaction holds it (PostgreSQL: FOR UPDATE SKIP LOCKED).
    For maintenance, which already holds concern rows (stale_drafts,
    held_concerns) and must not wait for a message that may want those rows:
    on None, skip the concern this round."""
    return session.exec(
        select(Conversation)
        .where(Conversation.channel == channel, Conversation.chat_id == chat_id)
        .with_for_update(skip_locked=True)
        .execution_options(populate_existing=True)
    ).first()


def claim_update(session: Session, *, channel: str, update_id: int) -> bool:
    """True the first time an update id is seen, False for a repeat delivery.
    The claim is part of the caller's transaction: when that rolls back, the
    claim goes with it and the redelivered update is handled. A redelivery
    while the first attempt is still running waits for it (PostgreSQL)."""
    return _insert_missing(
        session,
        _table(ProcessedUpdate),
        ("channel", "update_id"),
        channel=channel,
        update_id=update_id,
        at=utcnow(),
    )


def stale_drafts(session: Session, *, before: datetime, limit: int = 100) -> list[Concern]:
    """Drafts not touched since `before`, oldest first, locked for this
    transaction; rows another transaction holds are skipped (PostgreSQL: FOR
    UPDATE SKIP LOCKED), so two replicas never take the same draft."""
    return list(
        session.exec(
            select(Concern)
            .where(Concern.status == Status.DRAFT, col(Concern.updated_at) < before)
            .order_by(col(Concern.updated_at), col(Concern.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        )
    )


def held_concerns(session: Session, *, limit: int = 100) -> list[Concern]:
    """Concerns held by the rate limit, oldest first, locked like stale_drafts."""
    return list(
        session.exec(
            select(Concern)
            .where(Concern.status == Status.RATE_LIMITED)
            .order_by(col(Concern.created_at), col(Concern.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        )
    )


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
