"""`build_digest`: an office's digest for a period, from the store.

Which concerns (the contract in docs and bot.staff.access, for the statuses
staff see):

- a coordination office: every concern of its Kreise, whoever it was routed
  to, and those routed to it with a known Kreis; the concerns without a Kreis
  are the separate "Kreis unbekannt" section, the same for every coordination
  office (the shared office `qk_unknown` has them as its own concerns);
- a department: the concerns routed to it.

The concerns of a period are those that *arrived* in it: forwarded (else
created) on one of its Zürich calendar days. Those the resident withdrew after
forwarding (by the end of the period) are neither counted nor listed among the
new ones, nor in clusters, trends and charts: only their references, as
"Von der Person zurückgezogen" under the figures (`Digest.withdrawn`). A draft
withdrawn before it was forwarded never reached an office and is not in the
digest at all (digest.load). Figures and overdue concerns are
taken as of the end of the period (midnight before the digest's date), so a
digest built again later for the same date says the same; items show their
current status.

Headline figures, each with the mean of the same period 1, 2, 3 and 4 weeks
earlier (same weekdays) and "mehr als üblich" by `digest.trends.stands_out`:
new concerns, urgent ones among them, still open at the end of the period
(status then rebuilt from the status events), and concerns re-routed by staff
(a staff event that changed the office, to, from or within the office's area).

Overdue concerns: digest.overdue.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session

from bot.texts.staff import emergency_name
from digest import clusters as clustering
from digest import series
from digest.figures import headline_figures
from digest.load import CLUSTER_DAYS, Reroute, Row, Snapshot, load
from digest.model import (
    Cluster,
    Digest,
    Group,
    Item,
    Moved,
    Trend,
)
from digest.overdue import OVERDUE_DAYS as OVERDUE_DAYS
from digest.overdue import overdue
from digest.period import local_date
from digest.texts import STATUS, T
from digest.textutil import shorten, tidy
from digest.trends import rising, trend_windows
from nlp.routing import RoutingTable

MAX_CLUSTERS = 10
PLACE_LENGTH = 80


def build_digest(
    session: Session,
    routing: RoutingTable,
    office: str,
    start: date,
    end: date,
    *,
    now: datetime | None = None,
    weekly: bool | None = None,
) -> Digest:
    """The digest of `office` for `[start, end)` (end = the digest's date).
    `weekly` defaults to "the period spans seven days or more"."""
    if office not in routing.offices:
        raise ValueError(f"unknown office {office!r}")
    if end <= start:
        raise ValueError("the period is empty")
    snapshot = load(session, routing, office, start, end)
    return compose(
        snapshot,
        routing,
        office,
        start,
        end,
        now=now or datetime.now(UTC),
        weekly=(end - start).days >= 7 if weekly is None else weekly,
    )


def build_all(
    session: Session,
    routing: RoutingTable,
    start: date,
    end: date,
    *,
    now: datetime | None = None,
    weekly: bool | None = None,
    offices: Iterable[str] | None = None,
) -> dict[str, Digest]:
    """The digests of every office (or of `offices`) for one period from a
    single load of the store: what the morning job needs. Same result as
    build_digest office by office, several times faster."""
    if end <= start:
        raise ValueError("the period is empty")
    snapshot = load(session, routing, None, start, end)
    buckets = partition(routing, snapshot.rows)
    items: dict[int, Item] = {}
    is_weekly = (end - start).days >= 7 if weekly is None else weekly
    moment = now or datetime.now(UTC)
    result = {}
    for office in routing.offices if offices is None else offices:
        if office not in routing.offices:
            raise ValueError(f"unknown office {office!r}")
        part = Snapshot(
            buckets.get(office, []),
            snapshot.last_change,
            snapshot.status_events,
            snapshot.reroutes,
            snapshot.history_from,
        )
        result[office] = compose(
            part, routing, office, start, end, now=moment, weekly=is_weekly, items=items
        )
    return result


def partition(routing: RoutingTable, rows: list[Row]) -> dict[str, list[Row]]:
    """The rows each office's digest may show (a superset of what _Scope keeps)."""
    coordination = [o.code for o in routing.offices.values() if o.kreise]
    buckets: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        targets = {row.office} if row.office else set()
        if row.kreis is None:
            targets.update(coordination)
            targets.add(routing.unknown_office)
        elif 1 <= row.kreis <= 12:
            targets.add(routing.coordination_office(row.kreis))
        for office in targets:
            buckets[office].append(row)
    return buckets


class _Scope:
    def __init__(self, routing: RoutingTable, office: str) -> None:
        self.office = office
        self.kreise = frozenset(routing.offices[office].kreise)
        self.unknown_office = office == routing.unknown_office
        self.coordination = bool(self.kreise) or self.unknown_office

    def own(self, row: Row) -> bool:
        if self.unknown_office:
            return row.kreis is None or row.office == self.office
        if self.coordination:
            return row.kreis in self.kreise or (row.office == self.office and row.kreis is not None)
        return row.office == self.office

    def shared_unknown(self, row: Row) -> bool:
        return self.coordination and not self.unknown_office and row.kreis is None

    def reroute(self, r: Reroute) -> bool:
        if self.office in (r.before, r.after):
            return True
        if self.unknown_office:
            return r.kreis is None
        return r.kreis in self.kreise


def compose(
    snapshot: Snapshot,
    routing: RoutingTable,
    office: str,
    start: date,
    end: date,
    *,
    now: datetime,
    weekly: bool,
    items: dict[int, Item] | None = None,
) -> Digest:
    """The digest of `office` from loaded rows (`items`: a cache of the
    concerns as shown, shared by the offices of one build_all)."""
    cache: dict[int, Item] = {} if items is None else items

    def item(row: Row) -> Item:
        found = cache.get(row.id)
        if found is None:
            found = cache[row.id] = make_item(routing, row)
        return found

    scope = _Scope(routing, office)
    mine = [r for r in snapshot.rows if scope.own(r)]  # the figures see all (open at a time)
    own = [r for r in mine if not r.withdrawn]
    period = [r for r in own if start <= r.day < end]
    withdrawn = [r.reference for r in mine if r.withdrawn and start <= r.day < end]
    unknown = [
        item(r)
        for r in snapshot.rows
        if scope.shared_unknown(r) and start <= r.day < end and not r.withdrawn
    ]
    entry = routing.offices[office]
    reroutes = [r for r in snapshot.reroutes if scope.reroute(r)]
    return Digest(
        office=office,
        office_name=entry.name,
        kind="coordination" if scope.coordination else "department",
        kreise=tuple(sorted(scope.kreise)),
        start=start,
        end=end,
        weekly=weekly,
        generated_at=now.astimezone(UTC),
        figures=headline_figures(reroutes, mine, start, end, snapshot.history_from),
        unknown_open=sum(1 for r in snapshot.rows if scope.shared_unknown(r) and _open(r)),
        rerouted=_moved(routing, reroutes, start, end),
        withdrawn=tuple(withdrawn),
        urgent=tuple(item(r) for r in period if r.urgent),
        # urgent ones are listed in full under "Dringend", not again by topic
        by_topic=_by_topic(routing, [r for r in period if not r.urgent], item),
        by_area=_by_area(period, item),
        unknown_kreis=tuple(unknown),
        clusters=_clusters(routing, own, start, end),
        trends=_trends(routing, own, end, snapshot.history_from),
        overdue=overdue(snapshot, own, end, item),
        weeks=series.weeks(end),
        topic_weeks=series.topic_weeks(
            _topic_names(routing), own, end, lambda r: topic_key(routing, r)
        ),
        kreis_counts=series.kreis_counts(period),
        quartier_counts=series.quartier_counts(period),
    )


def _trends(
    routing: RoutingTable, own: list[Row], end: date, history_from: date | None
) -> tuple[Trend, ...]:
    """Rising topics and Quartiere; none while the store's history does not
    reach back over the earlier window (every topic would "rise" from 0)."""
    if history_from is None or history_from > trend_windows(end)[0]:
        return ()
    return tuple(
        rising("topic", _topic_days(routing, own), end, _topic_names(routing))
        + rising("quartier", ((r.quartier, r.day) for r in own if r.quartier), end, {})
    )


def _open(row: Row) -> bool:
    """Open at the end of the period."""
    return bool(row.open_at) and row.open_at[0]


def _moved(
    routing: RoutingTable, reroutes: list[Reroute], start: date, end: date
) -> tuple[Moved, ...]:
    """The period's moves, as the "re-routed" figure counts them (each concern
    once, its last move: where it went in the end)."""

    def name(office: str | None) -> str:
        entry = routing.offices.get(office or "")
        return entry.name if entry else (office or "–")

    last: dict[int, Reroute] = {}
    for r in sorted(reroutes, key=lambda r: r.at):
        if start <= local_date(r.at) < end:
            last[r.concern_id] = r
    moves = sorted(last.values(), key=lambda r: r.at)
    return tuple(Moved(r.reference or "?", name(r.before), name(r.after)) for r in moves)


# The heading of the emergencies the coordination office takes, among the topics.
EMERGENCY = "notfall"


def _topic_names(routing: RoutingTable) -> dict[str, str]:
    names = {code: topic.name for code, topic in routing.topics.items()}
    return {**names, EMERGENCY: T["emergency_topic"]}


def topic_key(routing: RoutingTable, row: Row) -> str | None:
    """What a concern is counted under: "Notfall" for an emergency the
    coordination office takes (as its card and the resident's list name it),
    not the classifier's guess for a fire; else its topic."""
    if row.urgent and routing.coordinates(row.emergency, row.topic):
        return EMERGENCY
    return row.topic


def _topic_days(routing: RoutingTable, rows: list[Row]) -> list[tuple[str, date]]:
    keyed = ((topic_key(routing, r), r.day) for r in rows)
    return [(key, day) for key, day in keyed if key]


def make_item(routing: RoutingTable, row: Row) -> Item:
    topic = routing.topics.get(row.topic or "")
    office = routing.offices.get(row.office or "")
    return Item(
        reference=row.reference,
        text=tidy(row.text) or T["no_text"],
        place=place_of(row),
        topic=row.topic,
        topic_name=_emergency_name(routing, row) or (topic.name if topic else T["no_topic"]),
        kreis=row.kreis,
        quartier=row.quartier,
        office=row.office or "",
        office_name=office.name if office else (row.office or ""),
        status=row.status,
        status_label=STATUS.get(row.status, row.status),
        urgent=row.urgent,
        unconfirmed=row.unconfirmed,
        arrived_at=row.arrived_at.astimezone(UTC),
        calmed=row.calmed,
    )


def _emergency_name(routing: RoutingTable, row: Row) -> str | None:
    """ "Notfall: Feuer" for an emergency the coordination office takes: its
    topic is the classifier's guess for a fire, of no use to the reader."""
    if not (row.urgent and routing.coordinates(row.emergency, row.topic)):
        return None
    return emergency_name(row.emergency or "")


def place_of(row: Row) -> str:
    """ "Helvetiaplatz, Langstrasse", "Kreis 4", "Ort unbekannt"."""
    place = shorten(tidy(row.place_text), PLACE_LENGTH)
    area = row.quartier or (T["kreis"].format(kreis=row.kreis) if row.kreis else "")
    if place and area and clustering.fold(area) not in clustering.fold(place):
        return f"{place}, {area}"
    return place or area or T["place_unknown"]


def _by_topic(
    routing: RoutingTable, period: list[Row], item: Callable[[Row], Item]
) -> tuple[Group, ...]:
    groups: dict[str, list[Item]] = defaultdict(list)
    for r in period:
        groups[topic_key(routing, r) or ""].append(item(r))
    names = _topic_names(routing)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), names.get(kv[0], "~")))
    return tuple(Group(k, names.get(k, T["no_topic"]), tuple(v)) for k, v in ordered)


def _by_area(period: list[Row], item: Callable[[Row], Item]) -> tuple[Group, ...]:
    groups: dict[tuple[int, str], list[Item]] = defaultdict(list)
    for r in period:
        groups[(r.kreis or 99, r.quartier or "~")].append(item(r))
    result = []
    for (kreis, quartier), members in sorted(groups.items()):
        if kreis == 99:
            key, title = "/", T["unknown_kreis"]
        elif quartier == "~":
            key, title = f"{kreis}/", T["kreis_no_quartier"].format(kreis=kreis)
        else:
            key, title = (
                f"{kreis}/{quartier}",
                T["kreis_quartier"].format(kreis=kreis, quartier=quartier),
            )
        result.append(Group(key, title, tuple(members)))
    return tuple(result)


def _clusters(routing: RoutingTable, own: list[Row], start: date, end: date) -> tuple[Cluster, ...]:
    since = min(start, end - timedelta(days=CLUSTER_DAYS))
    candidates = [
        clustering.Candidate(
            r.reference,
            r.topic,
            r.text or "",
            r.quartier,
            r.place_text,
            r.lat,
            r.lon,
            r.arrived_at,
            r.language,
        )
        for r in own
        if since <= r.day < end
    ]
    names = _topic_names(routing)
    result = []
    for found in clustering.find_clusters(candidates):
        new = sum(1 for m in found.members if start <= local_date(m.arrived_at) < end)
        if new == 0:
            continue  # nothing new about it: it was in an earlier digest
        topic = found.members[0].topic or ""
        result.append(
            Cluster(
                label=found.label,
                place=found.place,
                topic=topic,
                topic_name=names.get(topic, topic),
                references=tuple(m.reference for m in found.members),
                new_in_period=new,
            )
        )
    return tuple(result[:MAX_CLUSTERS])
