"""/statistik for coordinators (their Kreise) and admins (the whole city):
concerns per topic, office and Kreis for a period; the share re-routed by
staff (the classifier's real error rate: the office now differs from the one
the classifier chose); the median time from forwarding to the first status
change by staff. The concern rows hold the latest staff decision, so the
figures count what staff decided."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from bot.messages import Reply
from bot.staff import access
from bot.staff.render import help_text, office_name, topic_name
from bot.texts.staff import st
from nlp.routing import RoutingTable
from store.models import Concern, EventKind, Role, RoutingEvent, StaffMember, utcnow
from store.repository import ZURICH

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

DEFAULT_DAYS = 30
MAX_DAYS = 3660


@dataclass(frozen=True)
class Figures:
    total: int
    urgent: int
    by_topic: Counter[str]
    by_office: Counter[str]
    by_kreis: Counter[int | None]
    rerouted: int
    first_change: timedelta | None  # median (the upper one of an even count)


def period(args: str, today: date) -> tuple[date, date] | None:
    """ "" (30 days), "N" (N days), or "YYYY-MM-DD YYYY-MM-DD" (inclusive)."""
    words = args.split()
    try:
        if not words:
            return today - timedelta(days=DEFAULT_DAYS - 1), today
        if len(words) == 1 and words[0].isascii() and words[0].isdigit():
            days = min(max(int(words[0]), 1), MAX_DAYS)
            return today - timedelta(days=days - 1), today
        if len(words) == 2:
            start, end = date.fromisoformat(words[0]), date.fromisoformat(words[1])
            return (start, end) if start <= end else None
    except ValueError:
        return None
    return None


def figures(
    session: Session, routing: RoutingTable, member: StaffMember, start: date, end: date
) -> Figures:
    since = datetime.combine(start, time(), ZURICH)
    until = datetime.combine(end + timedelta(days=1), time(), ZURICH)
    concerns = list(
        session.exec(
            select(Concern)
            .where(access.visible_filter(routing, member, shared=False))
            .where(col(Concern.created_at) >= since, col(Concern.created_at) < until)
        )
    )
    ids = [c.id for c in concerns if c.id is not None]
    events = (
        list(
            session.exec(
                select(RoutingEvent)
                .where(col(RoutingEvent.concern_id).in_(ids))
                .order_by(col(RoutingEvent.id))
            )
        )
        if ids
        else []
    )
    classifier_office: dict[int, str | None] = {}
    first_change: dict[int, datetime] = {}
    for e in events:
        if e.kind == EventKind.CLASSIFIER and "office" in e.after:
            classifier_office[e.concern_id] = e.after["office"]
        by_staff = e.actor is not None and e.actor != "resident"
        if by_staff and e.kind in (EventKind.STATUS, EventKind.ASSIGN):
            first_change.setdefault(e.concern_id, e.at)
    rerouted = sum(
        1 for c in concerns if c.id in classifier_office and classifier_office[c.id] != c.office
    )
    waits = [
        first_change[c.id] - c.forwarded_at
        for c in concerns
        if c.id in first_change and c.forwarded_at is not None
    ]
    return Figures(
        total=len(concerns),
        urgent=sum(c.urgent for c in concerns),
        by_topic=Counter(c.topic or "?" for c in concerns),
        by_office=Counter(c.office or "?" for c in concerns),
        by_kreis=Counter(c.kreis for c in concerns),
        rerouted=rerouted,
        first_change=sorted(waits)[len(waits) // 2] if waits else None,
    )


def shared_count(ctx: StaffCtx, start: date, end: date) -> int:
    """Concerns without a Kreis in the period (every coordinator sees them)."""
    since = datetime.combine(start, time(), ZURICH)
    until = datetime.combine(end + timedelta(days=1), time(), ZURICH)
    rows = ctx.s.exec(
        select(Concern.id)
        .where(col(Concern.status).in_(access.STAFF_VISIBLE), col(Concern.kreis).is_(None))
        .where(col(Concern.reference).is_not(None))
        .where(col(Concern.created_at) >= since, col(Concern.created_at) < until)
    )
    return len(list(rows))


def duration(value: timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} T. {hours} Std."
    if hours:
        return f"{hours} Std. {mins} Min."
    return f"{mins} Min."


def command(ctx: StaffCtx, args: str) -> Reply:
    if not access.may_see_statistics(ctx.member):
        return Reply(help_text(ctx))
    today = utcnow().astimezone(ZURICH).date()
    span = period(args, today)
    if span is None:
        return Reply(st("usage", usage=st("usage_statistik")))
    start, end = span
    f = figures(ctx.s, ctx.routing, ctx.member, start, end)
    if ctx.member.role == Role.ADMIN:
        scope = st("stats_scope_all")
    else:
        kreise = ", ".join(str(k) for k in access.kreise_of(ctx.routing, ctx.member))
        scope = st("stats_scope_kreise", kreise=kreise or "–")
    lines = [
        st(
            "stats_head",
            scope=scope,
            start=start.strftime("%d.%m.%Y"),
            end=end.strftime("%d.%m.%Y"),
        ),
        st("stats_total", n=f.total, urgent=f.urgent),
    ]
    lines.append(st("stats_by_topic"))
    lines += [
        st("stats_line", name=topic_name(ctx.routing, k), n=n) for k, n in f.by_topic.most_common()
    ]
    lines.append(st("stats_by_office"))
    lines += [
        st("stats_line", name=office_name(ctx.routing, k), n=n)
        for k, n in f.by_office.most_common()
    ]
    lines.append(st("stats_by_kreis"))
    for kreis, n in sorted(f.by_kreis.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        name = str(kreis) if kreis is not None else st("stats_kreis_unknown")
        lines.append(st("stats_line", name=name, n=n))
    if ctx.member.role == Role.COORDINATOR:
        lines.append(st("stats_shared", n=shared_count(ctx, start, end)))
    share = f"{f.rerouted / f.total:.0%}" if f.total else "–"
    lines.append(st("stats_rerouted", n=f.rerouted, total=f.total, share=share))
    if f.first_change is None:
        lines.append(st("stats_first_change_none"))
    else:
        lines.append(st("stats_first_change", median=duration(f.first_change)))
    return Reply("\n".join(lines))
