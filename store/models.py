"""Tables: what the job needs, nothing more (nDSG: data minimisation).

Timestamps are stored in UTC; the dialog shows them in Europe/Zurich.
"""

from __future__ import annotations

from contextvars import ContextVar, Token
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, UniqueConstraint
from sqlalchemy import text as sql_text
from sqlmodel import Field, SQLModel

# Set only by the demo generator (demo/clock.py), which writes a month of
# history in seconds: every store write in its context is stamped with the
# demo's time, whether it goes through the ORM or a Core statement.
_frozen_now: ContextVar[datetime | None] = ContextVar("frozen_now", default=None)


def utcnow() -> datetime:
    frozen = _frozen_now.get()
    return datetime.now(UTC) if frozen is None else frozen


def freeze_now(at: datetime | None) -> Token[datetime | None]:
    """Make utcnow() return `at` in this context (None: the real time again)."""
    return _frozen_now.set(at)


def unfreeze_now(token: Token[datetime | None]) -> None:
    _frozen_now.reset(token)


class Status(StrEnum):
    """Life of a concern. Residents see the German names from bot.texts."""

    DRAFT = "draft"  # stored, not yet confirmed by the resident
    NEW = "new"  # set back to "neu" by staff: with the office, nobody on it yet
    FORWARDED = "forwarded"  # confirmed and passed on to the office
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REJECTED = "rejected"  # the city will not act on it (staff give the reason)
    OUTSIDE_CITY = "outside_city"  # not the city's; the resident was told where to turn
    RATE_LIMITED = "rate_limited"  # kept, but over the per-resident limit
    WITHDRAWN = "withdrawn"


# Concerns the offices work on (the resident confirmed them, or they were
# forwarded): what staff see, digests count and staff may set.
STAFF_STATUSES = (
    Status.NEW,
    Status.FORWARDED,
    Status.IN_PROGRESS,
    Status.DONE,
    Status.REJECTED,
    Status.WITHDRAWN,
)
# ... and of those, the ones still open.
OPEN_STATUSES_STAFF = (Status.NEW, Status.FORWARDED, Status.IN_PROGRESS)


class EventKind(StrEnum):
    CLASSIFIER = "classifier"
    RESIDENT = "resident"
    STAFF = "staff"
    STATUS = "status"
    NOTE = "note"  # internal remark of staff (never shown to the resident)
    ANSWER = "answer"  # a message from staff to the resident
    ASSIGN = "assign"  # staff took the concern over ("Übernehmen")
    REPLY = "reply"  # the resident's answer to the city (bot.dialog.reply_to_city)
    ADDITION = "addition"  # more the resident wrote about it after forwarding (bot.dialog.addition)


class Role(StrEnum):
    """What a registered staff chat may do (bot.staff.access)."""

    COORDINATOR = "coordinator"  # a coordination office: everything in its Kreise
    STAFF = "staff"  # a department or office: what is routed to it
    ADMIN = "admin"  # everything, and manages staff


class Alerts(StrEnum):
    """Which new concerns a staff chat is sent as they arrive."""

    ALL = "all"
    URGENT = "urgent"
    NONE = "none"  # digest only


class Subscription(StrEnum):
    """How often a staff chat gets the digest (issue 8)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    NONE = "none"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    BLOCKED = "blocked"  # the recipient blocked the bot (403): not retried
    FAILED = "failed"  # Telegram refused it for good (400): not retried


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
    # The resident blocked the bot (Telegram 403): nothing more is sent.
    blocked_at: datetime | None = None


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
    # The kind of emergency the resident's words named ("fire", "unconscious", …;
    # nlp.urgent's categories), when urgent; None otherwise.
    emergency: str | None = Field(default=None, max_length=24)
    outside_city: bool = False
    # Forwarded without the resident's confirmation (e.g. the draft timed out).
    unconfirmed: bool = False
    language: str = Field(default="de", max_length=5)
    status: str = Field(default=Status.DRAFT, max_length=16, index=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    forwarded_at: datetime | None = None
    # The staff member who took it over ("Übernehmen"); None while nobody has.
    assignee_id: int | None = Field(default=None, index=True)


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
    # Why (a staff remark), the internal note, or the answer sent to the resident.
    note: str | None = None
    # This event undid the event with this id (/rueckgaengig).
    undoes: int | None = None
    # The place a routing decision was made on ("Lochergut", "Badenerstrasse 120"),
    # as the concern's place_text: erased with it (store.retention).
    place_text: str | None = Field(default=None, max_length=200)


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


class StaffMember(SQLModel, table=True):
    """A chat of an office's staff: a person (private chat) or an office's team
    group. No personal data beyond an optional display name."""

    __tablename__ = "staff_member"
    __table_args__ = (UniqueConstraint("channel", "chat_id"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)  # telegram, terminal
    chat_id: str = Field(max_length=64)
    office: str = Field(max_length=32, index=True)
    role: str = Field(default=Role.STAFF, max_length=16)
    name: str | None = Field(default=None, max_length=80)
    is_group: bool = False  # a Telegram group registered as the office's team inbox
    alerts: str = Field(default=Alerts.ALL, max_length=16)
    subscription: str = Field(default=Subscription.DAILY, max_length=16)
    created_at: datetime = Field(default_factory=utcnow)


# The outbox rows that are (or were, before `keep_rest` cut them) edits.
EDIT_ROWS = "edit_message_id IS NOT NULL OR edit_digest IS NOT NULL"


class OutboxMessage(SQLModel, table=True):
    """A message the bot owes someone (reply, status notice, staff alert, answer,
    digest), kept until it is sent; the running bot sends it within Telegram's
    limits and retries it. The text is erased once it is sent."""

    __tablename__ = "outbox"
    # The sender's claim reads pending rows only (migration 0008, store.outbox).
    __table_args__ = (
        Index(
            "ix_outbox_pending_id",
            "channel",
            "id",
            postgresql_where=sql_text("status = 'pending'"),
            sqlite_where=sql_text("status = 'pending'"),
        ),
        Index(
            "ix_outbox_pending_chat",
            "channel",
            "chat_id",
            "id",
            postgresql_where=sql_text("status = 'pending'"),
            sqlite_where=sql_text("status = 'pending'"),
        ),
        # An edit's predecessors (migration 0012, store.outbox_edits).
        Index(
            "ix_outbox_edits",
            "channel",
            "chat_id",
            "id",
            postgresql_where=sql_text(EDIT_ROWS),
            sqlite_where=sql_text(EDIT_ROWS),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    chat_id: str = Field(max_length=64)
    kind: str = Field(max_length=16)  # reply, notice, alert, answer, digest
    text: str | None = None
    buttons: list[list[list[str]]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )  # rows of [label, callback data]
    photos: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    concern_id: int | None = Field(default=None, index=True)
    resident_id: int | None = Field(default=None, index=True)
    status: str = Field(default=OutboxStatus.PENDING, max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
    last_error: str | None = Field(default=None, max_length=80)
    parse_mode: str | None = Field(default=None, max_length=16)  # "HTML" for a digest
    # A file sent with the message (the digest page): its name and content.
    document_name: str | None = Field(default=None, max_length=120)
    document: str | None = None
    # A reply to a button: the id of the pressed message it replaces (edits it;
    # a message that cannot be edited any more gets the reply as a new one).
    edit_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    # A reply asking where: the label of the "share location" button (a one-time
    # reply keyboard, the buttons' labels below it).
    location_label: str | None = Field(default=None, max_length=64)
    # An edit: a digest of its content, kept once sent (not the content itself),
    # so that the same edit again is not sent (store.outbox_edits).
    edit_digest: str | None = Field(default=None, max_length=32)


class SendPace(SQLModel, table=True):
    """Telegram's flood limits as state all replicas share (store.pace): the next
    free send slot overall (chat_id "*") and each chat's (GCRA), as epoch seconds."""

    __tablename__ = "send_pace"

    channel: str = Field(primary_key=True, max_length=16)
    chat_id: str = Field(primary_key=True, max_length=64)
    tat: float = 0.0  # theoretical arrival time of the next message
    free_at: float = 0.0  # when the next message may go


class DigestDelivery(SQLModel, table=True):
    """A digest handed to the outbox: one row per office, day and kind, taken
    in the same transaction as the outbox rows, so several replicas and
    restarts send each digest exactly once (a failed build rolls the row back)."""

    __tablename__ = "digest_delivery"
    __table_args__ = (UniqueConstraint("office", "day", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    office: str = Field(max_length=32)
    day: date
    kind: str = Field(max_length=16)  # daily, weekly
    recipients: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class InboxStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"  # handling failed too often: given up (payload erased)


class InboxUpdate(SQLModel, table=True):
    """A Telegram update as it arrived, stored before it is acknowledged
    (store.inbox): processed from here, so a crash loses none. The payload
    (message text) and the chat are erased once it is processed."""

    __tablename__ = "inbox_update"
    # The dispatcher's claim (store.inbox, migration 0010): the pending rows in
    # update_id order, and per candidate its chat's earlier update in one probe.
    __table_args__ = (
        Index(
            "ix_inbox_update_pending",
            "update_id",
            postgresql_where=sql_text("status = 'pending'"),
            sqlite_where=sql_text("status = 'pending'"),
        ),
        Index("ix_inbox_update_chat_key_id", "chat_key", "update_id"),
    )

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    # The chat whose updates go one at a time and in order (None once processed).
    chat_key: str | None = Field(default=None, max_length=64)
    payload: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    status: str = Field(default=InboxStatus.PENDING, max_length=16, index=True)
    attempts: int = 0
    lease_until: datetime | None = None  # claimed by a dispatcher until then
    lease_owner: str | None = Field(default=None, max_length=64)
    received_at: datetime = Field(default_factory=utcnow, index=True)
    done_at: datetime | None = None
