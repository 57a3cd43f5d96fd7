"""The headline figures of a digest, each with the mean of the same period 1,
2, 3 and 4 weeks earlier (same weekdays) and "mehr als üblich" by
`digest.trends.stands_out` (at least 1.5 times the average and 3 more):

- new: concerns that arrived in the period, without those the resident had
  withdrawn by its end (the digest lists them apart, `Digest.withdrawn`);
- urgent: those of them flagged urgent;
- open: open at the end of the period (status then rebuilt from the status
  events, digest.load);
- rerouted: concerns whose office a staff event changed in the period (to,
  from or within the office's area).

Without history (the store's first concern came later than the oldest
comparison period began) there is no "usual": `average` is None and nothing
stands out (new-user trial h, finding 10: "üblich 0" and every figure above
0 "MEHR ALS ÜBLICH" on a new installation).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from digest.load import COMPARE_WEEKS, Reroute, Row
from digest.model import Figure, FigureKey
from digest.period import local_date
from digest.texts import FIGURES
from digest.trends import stands_out


def headline_figures(
    reroutes: list[Reroute],
    own: list[Row],
    start: date,
    end: date,
    history_from: date | None = None,
) -> tuple[Figure, ...]:
    """New, urgent, still open, re-routed (`reroutes`: those that concern the
    office), each against the same period 1-4 weeks earlier when the store's
    history (`history_from`, its first concern's day) reaches back that far."""
    compare = history_from is not None and history_from <= start - timedelta(weeks=COMPARE_WEEKS)

    def new(s: date, e: date) -> int:
        return sum(1 for r in own if s <= r.day < e and not r.withdrawn)

    def urgent(s: date, e: date) -> int:
        return sum(1 for r in own if r.urgent and s <= r.day < e and not r.withdrawn)

    def still_open(_s: date, e: date) -> int:
        weeks = (end - e).days // 7  # digest.load rebuilt it for each comparison point
        return sum(1 for r in own if r.open_at[weeks])

    def rerouted(s: date, e: date) -> int:
        return len({r.concern_id for r in reroutes if s <= local_date(r.at) < e})

    counters: dict[FigureKey, Callable[[date, date], int]] = {
        "new": new,
        "urgent": urgent,
        "open": still_open,
        "rerouted": rerouted,
    }
    figures = []
    for key, count in counters.items():
        value = count(start, end)
        if not compare:
            figures.append(Figure(key, FIGURES[key], value, None, False))
            continue
        earlier = [
            count(start - timedelta(weeks=k), end - timedelta(weeks=k))
            for k in range(1, COMPARE_WEEKS + 1)
        ]
        average = sum(earlier) / len(earlier)
        figures.append(Figure(key, FIGURES[key], value, average, stands_out(value, average)))
    return tuple(figures)
