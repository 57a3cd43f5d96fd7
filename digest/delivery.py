"""Handing digests to the outbox: automatically on working days from the
configured time (default 07:30 Europe/Zurich) to each office's subscribed staff
chats, and on demand (/digest).

Exactly once per office, day and kind: the `digest_delivery` row is inserted
(ON CONFLICT DO NOTHING) in the same transaction as the digest's outbox rows.
Another replica inserting the same row waits for that transaction and then
does nothing; a build that fails rolls the row back, and the next run tries
again. `deliver_due` is idempotent, so the bot runs it at the configured time
and again at start-up and every few minutes: a digest missed while the bot
was down goes out when it is back (for the last `LOOKBACK` working days, never
for a day before the chat subscribed).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from digest import build_digest, render_html, render_telegram, render_text
from digest.period import daily_period, is_working_day, previous_working_day, weekly_period
from nlp.routing import RoutingTable
from store import outbox
from store.db import session_scope
from store.models import DigestDelivery, StaffMember, Subscription, utcnow
from store.repository import ZURICH, insert_missing

log = logging.getLogger(__name__)

LOOKBACK = 3  # working days a missed digest is still sent for
TELEGRAM = "telegram"


@dataclass(frozen=True, slots=True)
class Due:
    office: str
    day: date
    kind: str  # daily, weekly


def first_working_day_of_week(day: date) -> bool:
    """Weekly digests go out on the week's first working day."""
    monday = day - timedelta(days=day.weekday())
    first = monday
    while not is_working_day(first) and first < monday + timedelta(days=5):
        first += timedelta(days=1)
    return day == first


def due_days(now: datetime, send_at: time, lookback: int = LOOKBACK) -> list[date]:
    """Working days whose digest should be out by `now`, oldest first."""
    local = now.astimezone(ZURICH)
    today = local.date()
    days = []
    if is_working_day(today) and local.time() >= send_at:
        days.append(today)
    day = today
    while len(days) < lookback:
        day = previous_working_day(day)
        days.append(day)
    return sorted(set(days))[-lookback:]


def subscribers(
    session: Session, office: str, kind: str, day: date, send_at: time
) -> list[StaffMember]:
    """The office's chats with this subscription that were registered before
    the digest of `day` was due (no digests of days before someone joined)."""
    due = datetime.combine(day, send_at, ZURICH)
    rows = session.exec(
        select(StaffMember)
        .where(StaffMember.office == office, StaffMember.subscription == kind)
        .order_by(col(StaffMember.id))
    )
    return [m for m in rows if m.created_at <= due]


def claim(session: Session, due: Due, recipients: int) -> bool:
    """Take the row for this digest; False when it is taken (sent or being sent)."""
    return insert_missing(
        session,
        DigestDelivery,
        ("office", "day", "kind"),
        office=due.office,
        day=due.day,
        kind=due.kind,
        recipients=recipients,
        created_at=utcnow(),
    )


def file_name(office: str, day: date) -> str:
    return f"zusammenfassung-{office}-{day.isoformat()}.html"


def enqueue_digest(
    session: Session,
    routing: RoutingTable,
    office: str,
    day: date,
    chats: list[StaffMember],
    *,
    weekly: bool = False,
    now: datetime | None = None,
    period: tuple[date, date] | None = None,
) -> int:
    """Build the digest of `office` for `day` and owe it to `chats`: Telegram
    chats get the Telegram HTML message(s) and the page as a document, terminal
    chats the plain text. Returns the number of outbox rows."""
    start, end = period or (weekly_period(day) if weekly else daily_period(day))
    digest = build_digest(session, routing, office, start, end, now=now)
    rows = 0
    parts: list[str] | None = None
    page: str | None = None
    text: str | None = None
    for chat in chats:
        if chat.channel == TELEGRAM:
            if parts is None:
                parts, page = render_telegram(digest), render_html(digest)
            for i, part in enumerate(parts):
                last = i == len(parts) - 1
                msg = outbox.enqueue(
                    session, channel=chat.channel, chat_id=chat.chat_id, kind="digest", text=part
                )
                msg.parse_mode = "HTML"
                if last:
                    msg.document_name = file_name(office, day)
                    msg.document = page
                session.add(msg)
                rows += 1
        else:
            if text is None:
                text = render_text(digest)
            outbox.enqueue(
                session, channel=chat.channel, chat_id=chat.chat_id, kind="digest", text=text
            )
            rows += 1
    session.flush()
    return rows


def deliver_due(
    engine: Engine, routing: RoutingTable, *, send_at: time, now: datetime | None = None
) -> int:
    """Hand every due, not yet delivered digest to the outbox; the number of
    digests handed over. Safe to run any time, on any number of replicas."""
    now = now or utcnow()
    delivered = 0
    with session_scope(engine) as s:  # one look at who subscribes, not one per office and day
        subscribed = set(
            s.exec(
                select(StaffMember.office, StaffMember.subscription).where(
                    StaffMember.subscription != Subscription.NONE
                )
            )
        )
    for day in due_days(now, send_at):
        kinds = [Subscription.DAILY.value]
        if first_working_day_of_week(day):
            kinds.append(Subscription.WEEKLY.value)
        for office in routing.offices:
            for kind in kinds:
                if (office, kind) not in subscribed:
                    continue
                try:
                    due = Due(office, day, kind)
                    delivered += _deliver_one(engine, routing, due, send_at, now)
                except Exception as exc:  # the class only: a message might quote a text
                    log.error(
                        "digest %s %s %s not delivered (%s); the next run tries again",
                        office,
                        day,
                        kind,
                        type(exc).__name__,
                    )
    if delivered:
        log.info("%d digests handed to the outbox", delivered)
    return delivered


def _deliver_one(
    engine: Engine, routing: RoutingTable, due: Due, send_at: time, now: datetime
) -> int:
    with session_scope(engine) as s:
        chats = subscribers(s, due.office, due.kind, due.day, send_at)
        if not chats or not claim(s, due, len(chats)):
            return 0
        enqueue_digest(
            s, routing, due.office, due.day, chats, weekly=due.kind == Subscription.WEEKLY, now=now
        )
    return 1
