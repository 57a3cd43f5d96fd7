"""Working days and digest periods (Europe/Zurich calendar days).

Working days are Monday to Friday without the public holidays of the canton
of Zürich, from the maintained `holidays` library
(`holidays.country_holidays("CH", subdiv="ZH")`: New Year, Good Friday,
Easter Monday, 1 May, Ascension, Whit Monday, 1 August, Christmas, St
Stephen's Day).

Periods are half-open `[start, end)`: the digest "of date D" is sent on the
morning of D and covers the days before it:

- daily: from the previous working day before D up to D (Tuesday: Monday;
  Monday: Friday, Saturday and Sunday; the day after a holiday includes it);
- weekly: the seven days before D.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

ZURICH = ZoneInfo("Europe/Zurich")
_DAY = timedelta(days=1)


@cache
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("CH", subdiv="ZH", years=year))


def is_holiday(d: date) -> bool:
    """A public holiday in the canton of Zürich."""
    return d in _holidays(d.year)


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and not is_holiday(d)


def previous_working_day(d: date) -> date:
    """The last working day strictly before `d`."""
    d -= _DAY
    while not is_working_day(d):
        d -= _DAY
    return d


def working_days_between(a: date, b: date) -> int:
    """Working days in `[a, b)` (like numpy.busday_count); negative when b < a."""
    if b < a:
        return -working_days_between(b, a)
    # Whole weeks hold five weekdays each; only holidays and the remainder are walked.
    weeks, rest = divmod((b - a).days, 7)
    count = weeks * 5
    for i in range(rest):
        if (a + timedelta(days=i)).weekday() < 5:
            count += 1
    years = range(a.year, b.year + 1)
    count -= sum(1 for y in years for h in _holidays(y) if a <= h < b and h.weekday() < 5)
    return count


def daily_period(d: date) -> tuple[date, date]:
    """What the daily digest of date `d` covers: `[previous working day, d)`."""
    return previous_working_day(d), d


def weekly_period(d: date) -> tuple[date, date]:
    """What the weekly digest of date `d` covers: the seven days before it."""
    return d - timedelta(days=7), d


def day_start(d: date) -> datetime:
    """Midnight at the start of `d` in Zürich, in UTC (as the store keeps times)."""
    return datetime.combine(d, time(0), tzinfo=ZURICH).astimezone(UTC)


def local_date(moment: datetime) -> date:
    """The Zürich calendar day of a moment (a naive moment is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZURICH).date()
