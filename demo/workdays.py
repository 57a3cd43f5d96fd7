"""Zürich working days and office hours for the demo's timeline (staff act on
working days, 08:00-17:00 Europe/Zurich; weekends and Zürich's public
holidays from the maintained `holidays` package do not count)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

ZURICH = ZoneInfo("Europe/Zurich")
OPEN_MIN = 8 * 60
CLOSE_MIN = 17 * 60
DAY_MIN = CLOSE_MIN - OPEN_MIN


@cache
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("CH", subdiv="ZH", years=year))


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and d not in _holidays(d.year)


def next_working_day(d: date) -> date:
    d += timedelta(days=1)
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def previous_working_day(d: date) -> date:
    """The working day before `d` (what the digest of `d` covers)."""
    d -= timedelta(days=1)
    while not is_working_day(d):
        d -= timedelta(days=1)
    return d


def working_days_back(d: date, n: int) -> date:
    for _ in range(n):
        d = previous_working_day(d)
    return d


def local(at: datetime) -> datetime:
    """In Zürich time (a naive time, as SQLite returns them, is UTC)."""
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(ZURICH)


def at_local(d: date, minutes: float) -> datetime:
    """UTC instant of `minutes` after midnight of `d` in Zürich."""
    seconds = int(minutes * 60)
    clock = time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    return datetime.combine(d, clock, ZURICH).astimezone(UTC)


def after_working(start: datetime, days: float) -> datetime:
    """The instant `days` working days (of 9 office hours) after `start`,
    counted from the next office hour."""
    here = local(start)
    d = here.date()
    minutes = float(here.hour * 60 + here.minute)
    if not is_working_day(d) or minutes >= CLOSE_MIN:
        d, minutes = next_working_day(d), float(OPEN_MIN)
    minutes = max(minutes, float(OPEN_MIN))
    whole = int(days)
    minutes += (days - whole) * DAY_MIN
    while minutes >= CLOSE_MIN:
        d, minutes = next_working_day(d), minutes - DAY_MIN
    for _ in range(whole):
        d = next_working_day(d)
    return at_local(d, minutes)


def working_days_between(start: datetime, end: datetime) -> int:
    """Whole working days after `start`'s day up to and including `end`'s day."""
    d, last, n = local(start).date(), local(end).date(), 0
    while d < last:
        d += timedelta(days=1)
        n += is_working_day(d)
    return n
