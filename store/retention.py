"""Personal data: deletion requests and retention (nDSG: keep only what is needed,
only as long as needed). Re-exported by store.repository."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, exists, func, update
from sqlmodel import Session, col, select

from store import inbox, outbox, outbox_edits, routing
from store.models import (
    Concern,
    Conversation,
    ProcessedUpdate,
    Resident,
    RoutingEvent,
    Status,
    utcnow,
)

# A concern in one of these states may still need the resident (a question, a
# status notice), so the resident's chat is not forgotten while one is open.
OPEN_STATUSES = (
    Status.DRAFT,
    Status.NEW,
    Status.FORWARDED,
    Status.IN_PROGRESS,
    Status.RATE_LIMITED,
)
CONVERSATION_IDLE_DAYS = 30
PROCESSED_UPDATE_DAYS = 7


@dataclass(frozen=True)
class PurgeReport:
    """What one retention run changed."""

    concerns_anonymised: int  # text, photos, position and person removed
    conversations_deleted: int  # dialog state (draft place, photo ids) of idle chats
    residents_forgotten: int  # chat id and user id cleared
    updates_deleted: int  # processed Telegram update ids
    outbox_deleted: int = 0  # records of messages sent (their text is gone already)
    inbox_deleted: int = 0  # processed updates of the inbox (their payload is gone already)


def strip_personal(session: Session, concern: Concern) -> None:
    """Keep what the city needs (topic, Kreis, office, status, dates); drop the
    text, photos, exact position and the link to the person."""
    concern.text = None
    concern.photos = []
    concern.lat = concern.lon = None
    concern.place_text = None
    concern.resident_id = None
    concern.updated_at = utcnow()
    session.add(concern)
    # Staff remarks, notes and answers may quote the resident, and the place of a
    # routing is the place text: they go too (who changed what and when stays).
    session.exec(
        update(RoutingEvent)
        .where(
            col(RoutingEvent.concern_id) == concern.id,
            col(RoutingEvent.note).is_not(None) | col(RoutingEvent.place_text).is_not(None),
        )
        .values(note=None, place_text=None)
        .execution_options(synchronize_session=False)
    )


def withdraw_unconfirmed(session: Session, *, resident: Resident) -> None:
    """Before a deletion: what the resident never confirmed (a draft, one held by
    the rate limit) is withdrawn, so the draft timeout does not forward it as a card
    without text or place (new-user trial i, finding 6). An emergency still goes:
    the numbers came first, and the city should know."""
    unconfirmed = (Status.DRAFT, Status.RATE_LIMITED)
    for concern in session.exec(
        select(Concern).where(
            Concern.resident_id == resident.id,
            col(Concern.status).in_(unconfirmed),
            col(Concern.urgent).is_(False),
        )
    ):
        routing.set_status(session, concern=concern, status=Status.WITHDRAWN, actor="resident")


def delete_personal_data(session: Session, *, resident: Resident) -> int:
    """Honour a deletion request: unlink and strip the resident's concerns, forget
    the chat. Concerns stay for the city (topic, Kreis, office, status, dates)
    without text, photos, exact position or link to the person. Returns the number
    of concerns anonymised."""
    concerns = list(session.exec(select(Concern).where(Concern.resident_id == resident.id)))
    for concern in concerns:
        strip_personal(session, concern)
    outbox.forget_concerns(session, [c.id for c in concerns if c.id is not None])
    outbox.forget_resident(session, resident.id or 0)
    if resident.chat_id is not None:  # the replies carry no resident id
        outbox.forget_chat(session, channel=resident.channel, chat_id=resident.chat_id)
        outbox_edits.forget_chat(session, channel=resident.channel, chat_id=resident.chat_id)
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
        strip_personal(session, concern)
    outbox.forget_concerns(session, [c.id for c in rows if c.id is not None])
    session.flush()
    return len(rows)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (clamped to the
    month's last day: 31 March minus one month is 28/29 February)."""
    year, month0 = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month0 + 1)[1])
    return moment.replace(year=year, month=month0 + 1, day=day)


def purge(
    session: Session,
    *,
    now: datetime,
    retention_months: int,
    conversation_idle_days: int = CONVERSATION_IDLE_DAYS,
    update_days: int = PROCESSED_UPDATE_DAYS,
) -> PurgeReport:
    """One retention run (daily): anonymise concerns older than the retention
    period; delete conversation rows idle for `conversation_idle_days`; clear the
    chat id and user id of residents not seen for the retention period who have
    no open concern; delete processed update ids older than `update_days`.
    `now` must be timezone-aware."""
    cutoff = months_before(now, retention_months)
    anonymised = anonymise_older_than(session, cutoff=cutoff)

    open_concern = exists().where(
        col(Concern.resident_id) == col(Resident.id), col(Concern.status).in_(OPEN_STATUSES)
    )
    silent = list(
        session.exec(
            select(Resident).where(
                col(Resident.chat_id).is_not(None),
                func.coalesce(col(Resident.last_seen_at), col(Resident.created_at)) < cutoff,
                ~open_concern,
            )
        )
    )
    conversations = 0
    for resident in silent:
        conv = session.get(Conversation, (resident.channel, resident.chat_id or ""))
        if conv is not None:
            session.delete(conv)
            conversations += 1
        resident.chat_id = None
        resident.user_id = None
        session.add(resident)
    session.flush()

    idle = session.exec(
        delete(Conversation)
        .where(col(Conversation.updated_at) < now - timedelta(days=conversation_idle_days))
        .execution_options(synchronize_session=False)
    )
    updates = session.exec(
        delete(ProcessedUpdate)
        .where(col(ProcessedUpdate.at) < now - timedelta(days=update_days))
        .execution_options(synchronize_session=False)
    )
    return PurgeReport(
        concerns_anonymised=anonymised,
        conversations_deleted=conversations + int(idle.rowcount or 0),
        residents_forgotten=len(silent),
        updates_deleted=int(updates.rowcount or 0),
        outbox_deleted=outbox.purge_sent(session, now=now),
        inbox_deleted=inbox.purge(session, now=now, days=update_days),
    )
