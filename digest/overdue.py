"""Overdue: open concerns without a status change for more than 5 Swiss
working days.

A concern is overdue in the digest of date D when it was open at the end of
the period (midnight before D) and more than `OVERDUE_DAYS` full working days
(Monday to Friday without Zürich's public holidays, digest.period) lie
between the day of its last status change (a status or assign event; else
its arrival) and D: last changed on a Monday, it is overdue in the digest of
the Wednesday a week later (Tuesday to Tuesday: 6 working days).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import lru_cache

from digest.load import Row, Snapshot
from digest.model import Item, Overdue
from digest.period import local_date, working_days_between

OVERDUE_DAYS = 5


@lru_cache(maxsize=4096)
def age(changed: date, today: date) -> int:
    """Full working days after `changed` and before `today`."""
    return working_days_between(changed + timedelta(days=1), today)


def overdue(
    snapshot: Snapshot, rows: Iterable[Row], end: date, item: Callable[[Row], Item]
) -> tuple[Overdue, ...]:
    found = []
    for r in rows:
        if not r.open_at[0]:
            continue
        changed = local_date(snapshot.last_change.get(r.id, r.arrived_at))
        days = age(changed, end)
        if days > OVERDUE_DAYS:
            found.append(Overdue(item(r), changed, days))
    found.sort(key=lambda o: (-o.working_days, o.item.reference))
    return tuple(found)
