"""Owing messages: a row of the outbox for each message the bot is to send,
written in the caller's transaction (store.outbox: the outbox as a whole)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import Session

from store import conversation_fold, outbox_edits, outbox_wake
from store.models import OutboxMessage, OutboxStatus, utcnow
from store.outbox_sql import Buttons

_T: Table = OutboxMessage.__table__  # type: ignore[attr-defined]


def enqueue(
    session: Session,
    *,
    channel: str,
    chat_id: str,
    kind: str,
    text: str,
    buttons: Buttons = (),
    photos: Sequence[str] = (),
    concern_id: int | None = None,
    resident_id: int | None = None,
    edit_message_id: int | None = None,
    location_label: str | None = None,
    not_before: datetime | None = None,
) -> OutboxMessage:
    """Owe `chat_id` this message (part of the caller's transaction).
    `edit_message_id`: replace that message of the chat (a pressed button's);
    `location_label`: ask for the location with a button of that label;
    `not_before`: held until then (a notice that may still be taken back,
    bot.staff.held); it holds none of the chat's other messages meanwhile."""
    msg = OutboxMessage(
        channel=channel,
        chat_id=chat_id,
        kind=kind,
        text=text,
        buttons=[[[label, data] for label, data in row] for row in buttons],
        photos=list(photos),
        concern_id=concern_id,
        resident_id=resident_id,
        edit_message_id=edit_message_id,
        location_label=location_label,
        next_attempt_at=not_before or utcnow(),
    )
    msg.edit_digest = outbox_edits.digest(msg.model_dump())
    session.add(msg)
    session.flush()
    outbox_wake.queued(session)
    return msg


def enqueue_many(session: Session, messages: Sequence[Mapping[str, Any]]) -> None:
    """Owe several messages (each a mapping of `enqueue`'s keyword arguments),
    in order, in one INSERT without reading anything back (a reply of a few
    messages: one statement instead of an ORM flush per message)."""
    if not messages:
        return
    now = utcnow()
    rows = [
        {
            "channel": m["channel"],
            "chat_id": m["chat_id"],
            "kind": m["kind"],
            "text": m["text"],
            "buttons": [[[label, data] for label, data in row] for row in m.get("buttons", ())],
            "photos": list(m.get("photos", ())),
            "concern_id": m.get("concern_id"),
            "resident_id": m.get("resident_id"),
            "status": OutboxStatus.PENDING.value,
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
            "edit_message_id": m.get("edit_message_id"),
            "location_label": m.get("location_label"),
        }
        for m in messages
    ]
    for row in rows:
        row["edit_digest"] = outbox_edits.digest(row)
    # PostgreSQL: with the conversation's held UPDATE, in one statement
    if not conversation_fold.enqueue_with_held(session, rows):
        # executemany: one compiled statement whatever the number of rows (SQLAlchemy
        # sends them as one multi-row INSERT where the driver allows, in order).
        session.connection().execute(insert(_T), rows)
    outbox_wake.queued(session)
