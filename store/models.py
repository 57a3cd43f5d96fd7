"""Tables: what the job needs, nothing more (nDSG: data minimisation).

Timestamps are stored in UTC; the dialog shows them in Europe/Zurich.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Status(StrEnum):
    """Life of a concern. Residents see the German names from bot.texts."""

    DRAFT = "draft"  # stored, not yet confirmed by the resident
    FORWARDED = "forwarded"  # confirmed and passed on to the office
    IN_PROGRESS = "in_progress"
    DONE = "done"
    OUTSIDE_CITY = "outside_city"  # not the city's; the resident was told where to turn
    RATE_LIMITED = "rate_limited"  # kept, but over the per-resident limit
    WITHDRAWN = "withdrawn"


class EventKind(StrEnum):
    CLASSIFIER = "classifier"
    RESIDENT = "resident"
    STAFF = "staff"
    STATUS = "status"


class Resident(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("channel", "chat_id"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)  # telegram, terminal
    chat_id: str | None = Field(default=None, max_length=64)  # None once deleted
    user_id: str | None = Field(default=None, max_length=64)
    language: str = Field(default="de", max_length=5)
    consent_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = None
    # Last message from this chat (touch_resident); retention forgets the chat id
    # of residents silent for the retention period (None counts as created_at).
    last_seen_at: datetime | None = Field(default_factory=utcnow)


class Concern(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    reference: str | None = Field(default=None, max_length=20, unique=True, index=True)
    resident_id: int | None = Field(default=None, foreign_key="resident.id", index=True)
    channel: str = Field(max_length=16)
    text: str | None = None  # None after the resident's deletion request
    photos: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    lat: float | None = None
    lon: float | None = None
    place_text: str | None = Field(default=None, max_length=200)
    topic: str | None = Field(default=None, max_length=32, index=True)
    confidence: float | None = None
    kreis: int | None = Field(default=None, index=True)
    quartier: str | None = Field(default=None, max_length=64)
    office: str | None = Field(default=None, max_length=32, index=True)
    urgent: bool = False
    outside_city: bool = False
    # Forwarded without the resident's confirmation (e.g. the draft timed out).
    unconfirmed: bool = False
    language: str = Field(default="de", max_length=5)
    status: str = Field(default=Status.DRAFT, max_length=16, index=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    forwarded_at: datetime | None = None


class RoutingEvent(SQLModel, table=True):
    """Audit trail of every routing decision and status change."""

    __tablename__ = "routing_event"

    id: int | None = Field(default=None, primary_key=True)
    concern_id: int = Field(foreign_key="concern.id", index=True)
    kind: str = Field(max_length=16)
    actor: str | None = Field(default=None, max_length=64)  # None for the classifier
    at: datetime = Field(default_factory=utcnow)
    before: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    after: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Conversation(SQLModel, table=True):
    """Where each chat stands in the dialog, so a restart resumes it."""

    channel: str = Field(primary_key=True, max_length=16)
    chat_id: str = Field(primary_key=True, max_length=64)
    state: str = Field(default="idle", max_length=32)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class ProcessedUpdate(SQLModel, table=True):
    """Telegram update ids already handled: the same update twice is one concern."""

    __tablename__ = "processed_update"

    channel: str = Field(primary_key=True, max_length=16)
    update_id: int = Field(primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
