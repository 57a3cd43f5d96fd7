"""Trends: topics and Quartiere rising over the last weeks, and the rule for
"mehr als üblich".

A topic or Quartier is *rising* when, in the office's concerns, the last
`RECENT_DAYS` (14) days before the digest's date hold at least `MIN_RECENT`
(4) concerns and stand out (`stands_out`) against the `BEFORE_DAYS` (28) days
before them scaled to 14 days (`expected` = count / 2). At most `MAX_TRENDS`
per kind, the biggest rise first.

`stands_out(value, average)`: at least 1.5 times the average and at least 3
more. Both parts matter: 1.5x alone would flag 2 against an average of 1, and
"+3" alone would flag 53 against 50.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from digest.model import Trend, TrendKind

FACTOR = 1.5
MIN_EXCESS = 3
RECENT_DAYS = 14
BEFORE_DAYS = 28
MIN_RECENT = 4
MAX_TRENDS = 5


def stands_out(value: float, average: float) -> bool:
    return value >= FACTOR * average and value >= average + MIN_EXCESS


def trend_windows(end: date) -> tuple[date, date, date]:
    """(start of the earlier window, start of the recent window, end)."""
    recent = end - timedelta(days=RECENT_DAYS)
    return recent - timedelta(days=BEFORE_DAYS), recent, end


def rising(
    kind: TrendKind,
    arrivals: Iterable[tuple[str, date]],
    end: date,
    names: Mapping[str, str],
) -> list[Trend]:
    """Rising keys among (key, Zürich arrival day) pairs."""
    first, split, last = trend_windows(end)
    recent: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for key, day in arrivals:
        if split <= day < last:
            recent[key] += 1
        elif first <= day < split:
            before[key] += 1
    found = []
    for key, count in recent.items():
        expected = before[key] * RECENT_DAYS / BEFORE_DAYS
        if count >= MIN_RECENT and stands_out(count, expected):
            found.append(Trend(kind, key, names.get(key, key), count, expected))
    found.sort(key=lambda t: (-(t.recent - t.expected), t.name))
    return found[:MAX_TRENDS]
