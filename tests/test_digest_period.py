"""Working days (Zürich's public holidays from the `holidays` library) and digest periods."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from digest.period import (
    daily_period,
    day_start,
    is_working_day,
    local_date,
    previous_working_day,
    weekly_period,
    working_days_between,
)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 3, 10), True),  # Tuesday
        (date(2026, 3, 14), False),  # Saturday
        (date(2026, 3, 15), False),  # Sunday
        (date(2026, 1, 1), False),  # Neujahr
        (date(2026, 4, 3), False),  # Karfreitag
        (date(2026, 4, 6), False),  # Ostermontag
        (date(2026, 5, 1), False),  # Tag der Arbeit (a holiday in Zürich)
        (date(2026, 5, 14), False),  # Auffahrt
        (date(2026, 5, 25), False),  # Pfingstmontag
        (date(2025, 8, 1), False),  # Bundesfeier (a Friday)
        (date(2026, 12, 25), False),
        (date(2026, 12, 28), True),  # Monday after Stephanstag (Saturday)
        (date(2026, 4, 7), True),  # Tuesday after Easter
    ],
)
def test_working_days(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_previous_working_day_skips_weekends_and_holidays() -> None:
    assert previous_working_day(date(2026, 3, 10)) == date(2026, 3, 9)  # Tue -> Mon
    assert previous_working_day(date(2026, 3, 16)) == date(2026, 3, 13)  # Mon -> Fri
    assert previous_working_day(date(2026, 4, 7)) == date(2026, 4, 2)  # Easter: Tue -> Thu
    assert previous_working_day(date(2026, 5, 15)) == date(2026, 5, 13)  # after Auffahrt


def test_daily_period() -> None:
    # Tuesday: Monday
    assert daily_period(date(2026, 3, 10)) == (date(2026, 3, 9), date(2026, 3, 10))
    # Monday: Friday, Saturday, Sunday
    assert daily_period(date(2026, 3, 16)) == (date(2026, 3, 13), date(2026, 3, 16))
    # the day after a holiday includes it (Friday after Auffahrt: Wednesday and Thursday)
    assert daily_period(date(2026, 5, 15)) == (date(2026, 5, 13), date(2026, 5, 15))
    # Tuesday after Easter Monday: Thursday before Good Friday up to Tuesday
    assert daily_period(date(2026, 4, 7)) == (date(2026, 4, 2), date(2026, 4, 7))


def test_weekly_period() -> None:
    assert weekly_period(date(2026, 3, 16)) == (date(2026, 3, 9), date(2026, 3, 16))


def test_working_days_between_is_half_open() -> None:
    monday = date(2026, 3, 9)
    assert working_days_between(monday, monday) == 0
    assert working_days_between(monday, monday + timedelta(days=1)) == 1
    assert working_days_between(monday, monday + timedelta(days=7)) == 5
    assert working_days_between(date(2026, 3, 14), date(2026, 3, 16)) == 0  # weekend
    # Easter week: Thu 2 April to Thu 9 April: Thu, Tue, Wed (Good Friday, Easter Monday off)
    assert working_days_between(date(2026, 4, 2), date(2026, 4, 9)) == 3
    # across the year end: 24 Dec 2026 (Thu) to 5 Jan 2027 (Tue): 24, 28-31 Dec, 4 Jan
    assert working_days_between(date(2026, 12, 24), date(2027, 1, 5)) == 6
    assert working_days_between(date(2026, 3, 16), date(2026, 3, 9)) == -5


def test_working_days_between_matches_a_day_by_day_count() -> None:
    start = date(2025, 12, 1)
    for span in range(0, 60, 3):
        for offset in range(0, 40, 7):
            a = start + timedelta(days=offset)
            b = a + timedelta(days=span)
            slow = sum(is_working_day(a + timedelta(days=i)) for i in range(span))
            assert working_days_between(a, b) == slow


def test_zurich_days_in_utc() -> None:
    # winter: UTC+1, summer: UTC+2
    assert day_start(date(2026, 3, 10)) == datetime(2026, 3, 9, 23, 0, tzinfo=UTC)
    assert day_start(date(2026, 7, 10)) == datetime(2026, 7, 9, 22, 0, tzinfo=UTC)
    assert local_date(datetime(2026, 3, 9, 23, 30)) == date(2026, 3, 10)
    assert local_date(datetime(2026, 3, 9, 22, 30, tzinfo=UTC)) == date(2026, 3, 9)
