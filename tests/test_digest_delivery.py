"""Digests reach the offices' subscribed chats on working days at the set time,
exactly once per office and day (restarts, replicas, failed builds), and a
digest missed while the bot was down goes out when it is back."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

import digest.delivery as delivery
from bot.dialog import Dialog
from digest.delivery import deliver_due, due_days, first_working_day_of_week
from nlp.routing import RoutingTable
from store.db import session_scope
from store.models import DigestDelivery, OutboxMessage, Role, StaffMember, Subscription
from store.staff import add_staff, find_staff
from tests.chat import Chat
from tests.staff_helpers import ERZ, file_concern, register

AT = time(7, 30)
LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)


def zurich(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    """A Zürich wall-clock time in winter (UTC+1) as UTC."""
    return datetime(y, m, d, hh - 1, mm, tzinfo=UTC)


def subscribe(
    engine: Engine,
    chat_id: str,
    office: str,
    channel: str = "telegram",
    subscription: Subscription = Subscription.DAILY,
) -> None:
    with session_scope(engine) as s:
        member = add_staff(s, channel=channel, chat_id=chat_id, office=office, role=Role.STAFF)
        member.subscription = subscription
        member.created_at = LONG_AGO
        s.add(member)


def digests(engine: Engine) -> list[OutboxMessage]:
    with session_scope(engine) as s:
        return list(
            s.exec(
                select(OutboxMessage)
                .where(OutboxMessage.kind == "digest")
                .order_by(col(OutboxMessage.id))
            )
        )


def deliveries(engine: Engine) -> list[tuple[str, date, str]]:
    with session_scope(engine) as s:
        return sorted((d.office, d.day, d.kind) for d in s.exec(select(DigestDelivery)))


def test_due_days_start_at_the_set_time_and_skip_weekends_and_holidays() -> None:
    tuesday = zurich(2026, 12, 8, 7, 29)
    assert date(2026, 12, 8) not in due_days(tuesday, AT)
    assert due_days(zurich(2026, 12, 8, 7, 30), AT)[-1] == date(2026, 12, 8)
    saturday = due_days(zurich(2026, 12, 12, 9, 0), AT)
    assert saturday[-1] == date(2026, 12, 11)  # nothing on a Saturday
    christmas = due_days(zurich(2026, 12, 25, 9, 0), AT)  # a Zürich holiday
    assert date(2026, 12, 25) not in christmas
    assert first_working_day_of_week(date(2026, 12, 7))  # Monday
    assert not first_working_day_of_week(date(2026, 12, 8))
    assert first_working_day_of_week(date(2027, 3, 30))  # Easter Monday 29.3. is a holiday


def test_digest_goes_out_once_per_office_and_day(engine: Engine, routing: RoutingTable) -> None:
    subscribe(engine, "700", "erz")
    subscribe(engine, "701", "erz", channel="terminal")
    subscribe(engine, "702", "gsz", subscription=Subscription.NONE)
    before = zurich(2026, 12, 8, 7, 0)
    # Before 07:30 only the days before (lookback) are due.
    first = deliver_due(engine, routing, send_at=AT, now=before)
    assert ("erz", date(2026, 12, 8), "daily") not in deliveries(engine)
    assert first == len(deliveries(engine))
    n = len(digests(engine))
    assert deliver_due(engine, routing, send_at=AT, now=zurich(2026, 12, 8, 7, 30)) == 1
    assert ("erz", date(2026, 12, 8), "daily") in deliveries(engine)
    new = digests(engine)[n:]
    telegram = [m for m in new if m.channel == "telegram"]
    terminal = [m for m in new if m.channel == "terminal"]
    assert telegram and all(m.parse_mode == "HTML" and m.chat_id == "700" for m in telegram)
    assert telegram[-1].document_name == "zusammenfassung-erz-2026-12-08.html"
    assert "<svg" in (telegram[-1].document or "")
    assert all(m.document is None for m in telegram[:-1])
    [text] = terminal
    assert text.chat_id == "701" and "Entsorgung + Recycling Zürich" in (text.text or "")
    assert not any(m.chat_id == "702" for m in digests(engine))  # unsubscribed
    # A restart (or another replica) at 07:35, 08:00, ...: nothing twice.
    assert deliver_due(engine, routing, send_at=AT, now=zurich(2026, 12, 8, 8, 0)) == 0
    assert len(digests(engine)) == n + len(new)


def test_weekly_subscribers_get_one_on_the_first_working_day(
    engine: Engine, routing: RoutingTable
) -> None:
    subscribe(engine, "710", "gsz", subscription=Subscription.WEEKLY)
    deliver_due(engine, routing, send_at=AT, now=zurich(2026, 12, 9, 8, 0))  # Wednesday
    weekly = [d for d in deliveries(engine) if d[2] == "weekly"]
    assert weekly == [("gsz", date(2026, 12, 7), "weekly")]  # Monday, within the lookback


def test_a_digest_missed_while_down_is_sent_when_back_not_before_subscribing(
    engine: Engine, routing: RoutingTable
) -> None:
    subscribe(engine, "720", "erz")
    with session_scope(engine) as s:
        member = find_staff(s, channel="telegram", chat_id="720")
        assert member is not None
        member.created_at = zurich(2026, 12, 7, 12, 0)  # subscribed on Monday
        s.add(member)
    # Down from Monday evening until Wednesday 10:00.
    deliver_due(engine, routing, send_at=AT, now=zurich(2026, 12, 9, 10, 0))
    assert deliveries(engine) == [
        ("erz", date(2026, 12, 8), "daily"),
        ("erz", date(2026, 12, 9), "daily"),
    ]


def test_a_failed_build_releases_the_day(
    engine: Engine, routing: RoutingTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    subscribe(engine, "730", "erz")
    now = zurich(2026, 12, 8, 7, 30)

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("store hiccup")

    monkeypatch.setattr(delivery, "build_digest", broken)
    assert deliver_due(engine, routing, send_at=AT, now=now) == 0
    assert deliveries(engine) == [] and digests(engine) == []
    monkeypatch.undo()
    assert deliver_due(engine, routing, send_at=AT, now=now) == 3  # today and two missed
    assert len(deliveries(engine)) == 3


def test_two_replicas_at_once_send_each_digest_once(engine: Engine, routing: RoutingTable) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("two connections at once need PostgreSQL (SQLite serialises them)")
    subscribe(engine, "740", "erz")
    now = zurich(2026, 12, 8, 7, 30)
    barrier = threading.Barrier(2)
    counts: list[int] = []

    def replica() -> None:
        barrier.wait(5)
        counts.append(deliver_due(engine, routing, send_at=now.time(), now=now))

    threads = [threading.Thread(target=replica) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    assert sum(counts) == 3 and len(deliveries(engine)) == 3


def test_abo_and_digest_commands(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    filed = file_concern(dialog)
    # Filed on the previous working day: in this morning's digest (what /digest shows).
    from digest.period import day_start, previous_working_day
    from store.models import Concern, utcnow
    from store.repository import ZURICH

    yesterday = day_start(previous_working_day(utcnow().astimezone(ZURICH).date()))
    with session_scope(engine) as s:
        row = s.get(Concern, filed.id)
        assert row is not None
        row.created_at = row.forwarded_at = yesterday + timedelta(hours=10)
    staff = Chat(dialog, ERZ)
    assert "täglich" in staff.say("/abo")[0].text
    assert "wöchentlich" in staff.say("/abo wöchentlich")[0].text
    with session_scope(engine) as s:
        member = s.exec(select(StaffMember).where(StaffMember.chat_id == ERZ)).one()
        assert member.subscription == Subscription.WEEKLY
    reply = staff.say("/digest")[0].text
    assert "kommt gleich" in reply and "vom Morgen" in reply and "/digest heute" in reply
    parts = [m for m in digests(engine) if m.chat_id == ERZ]
    assert parts and parts[-1].document_name and parts[0].parse_mode == "HTML"
    assert "Helvetiaplatz" in "".join(m.text or "" for m in parts)
    assert "JJJJ-MM-TT" in staff.say("/digest gestern")[0].text
    terminal = Chat(dialog, "750", channel="terminal")
    with session_scope(engine) as s:
        add_staff(s, channel="terminal", chat_id="750", office="erz", role=Role.STAFF)
    text = terminal.say("/digest")[0].text
    assert text.startswith("Tageszusammenfassung") and "Helvetiaplatz" in text
