"""Demo data: a realistic month of concerns in the store, so that anyone can
see a digest (`quartierbot demo-data`).

The mix of topics, the weekly and yearly rhythm and the positions follow the
city's Züri-wie-neu reports (demo/data/, derived by `python -m demo.derive`;
Stadt Zürich, Züri wie neu, open data, CC0); the texts are the demo's own.
Some concerns are clustered, some rising, some urgent, some re-routed by staff,
some overdue, some without a Kreis. Demo residents are on the channel "demo"
with no chat: nobody is ever messaged. Demo staff chats are registered on the
terminal channel. Loads no spaCy model.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from demo import profile as demo_profile
from demo.fill import CHANNEL, write
from demo.plan import Planner
from demo.staff import STAFF_CHANNEL, clear, register
from demo.workdays import working_days_between
from nlp.routing import RoutingTable
from store.db import session_scope
from store.models import EventKind, RoutingEvent, Status, utcnow

OVERDUE_DAYS = 5  # working days without a status change
MOVES = ("set_topic", "to_coordination")
OPEN = {Status.NEW, Status.FORWARDED, Status.IN_PROGRESS}

__all__ = ["CHANNEL", "STAFF_CHANNEL", "Report", "generate"]


@dataclass(slots=True)
class Report:
    concerns: int
    removed: int  # earlier demo concerns replaced
    staff_added: int
    staff: list[tuple[str, str, str]]  # chat id, office, role
    statuses: dict[str, int] = field(default_factory=dict)
    tags: dict[str, int] = field(default_factory=dict)  # everyday, cluster, trend, urgent
    urgent: int = 0
    rerouted: int = 0
    unknown_kreis: int = 0
    overdue: int = 0
    events: int = 0
    seconds: float = 0.0


def generate(
    engine: Engine,
    *,
    days: int = 30,
    seed: int = 1,
    now: datetime | None = None,
    routing: RoutingTable | None = None,
) -> Report:
    """Replace the demo concerns with a fresh plan of `days` days ending at
    `now`, register the demo staff chats (once), in one transaction."""
    if days < 1:
        raise ValueError("days must be at least 1")
    started = time.perf_counter()
    now = now or utcnow()
    routing = routing or RoutingTable.load()
    data = demo_profile.load()
    plan = Planner(data, routing, seed=seed, now=now, days=days).plan()
    with session_scope(engine) as s:
        removed = clear(s)
        team = register(s, routing, data.staff)
        written = write(s, routing, plan, team.by_office, team.admin, now)
        last_change = _last_status_change(s, [c.id or 0 for c in written.concerns])
        report = Report(
            concerns=len(written.concerns),
            removed=removed,
            staff_added=team.added,
            staff=[(m.chat_id, m.office, m.role) for m in team.members],
            statuses=dict(Counter(c.status for c in written.concerns)),
            tags=dict(Counter(p.tag.split(":")[0] for p in plan)),
            urgent=sum(c.urgent for c in written.concerns),
            rerouted=sum(1 for p in plan if any(st.kind in MOVES for st in p.steps)),
            unknown_kreis=sum(c.kreis is None for c in written.concerns),
            events=written.steps,
        )
        for c in written.concerns:
            since = last_change.get(c.id or 0) or c.forwarded_at
            if c.status in OPEN and since is not None:
                report.overdue += working_days_between(since, now) > OVERDUE_DAYS
    report.seconds = time.perf_counter() - started
    return report


def _last_status_change(s: Session, ids: list[int]) -> dict[int, datetime]:
    """The latest status or assign event of each concern (what "overdue" counts from)."""
    rows = s.exec(
        select(RoutingEvent.concern_id, func.max(RoutingEvent.at))
        .where(col(RoutingEvent.concern_id).in_(ids))
        .where(col(RoutingEvent.kind).in_([EventKind.STATUS, EventKind.ASSIGN]))
        .group_by(col(RoutingEvent.concern_id))
    )
    return {int(cid): at for cid, at in rows}
