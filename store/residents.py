"""A chat's resident: found, created on the first message (safe when two first
messages arrive at once), seen, consenting. Each message's arrival writes the
resident in its own statement (store.arrival)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from store import rows
from store import statements as sql
from store.models import Resident, utcnow


def new_resident(
    session: Session,
    channel: str,
    chat_id: str,
    user_id: str | None,
    language: str,
    now: datetime,
    *,
    unless_staff: bool = False,
) -> rows.Row | None:
    """INSERT the chat's resident unless there is one (or, `unless_staff`, the
    chat is a staff chat); its row, or None when another transaction created
    it (PostgreSQL waited for that one's commit) or it is staff."""
    values = {
        "channel": channel,
        "chat_id": chat_id,
        "user_id": user_id,
        "language": language,
        "created_at": now,
        "last_seen_at": now,
    }
    if unless_staff:
        stmt = sql.insert_resident_unless_staff(session)
        prefixed = {f"new_{name}": value for name, value in values.items()}
        return rows.run(session, stmt, prefixed).mappings().first()
    return rows.run(session, sql.insert_resident(session), values).mappings().first()


def get_or_create_resident(
    session: Session, *, channel: str, chat_id: str, user_id: str | None, language: str = "de"
) -> Resident:
    """The resident of this chat, created on the first message (safe when two
    first messages arrive at once)."""
    key = {"channel": channel, "chat_id": chat_id}
    values: rows.Row | None = rows.run(session, sql.find_resident(session), key).mappings().first()
    if values is None:
        values = new_resident(session, channel, chat_id, user_id, language, utcnow())
    if values is None:
        values = rows.run(session, sql.find_resident(session), key).mappings().one()
    return rows.attach(session, Resident, values)


def touch_resident(session: Session, resident: Resident, *, now: datetime | None = None) -> None:
    """Record that the resident wrote now (call on every message): retention
    forgets the chat of residents silent for the retention period."""
    if not rows.persistent(resident):
        resident.last_seen_at = now or utcnow()
        session.add(resident)
        session.flush()
        return
    rows.update_by_key(session, resident, {"last_seen_at": now or utcnow()})


def record_consent(session: Session, *, resident: Resident, now: datetime | None = None) -> None:
    """The resident's consent (with its first concern): one UPDATE, no ORM flush."""
    rows.update_by_key(session, resident, {"consent_at": now or utcnow()})


def find_resident(session: Session, *, channel: str, chat_id: str) -> Resident | None:
    return session.exec(
        select(Resident).where(Resident.channel == channel, Resident.chat_id == chat_id)
    ).first()
