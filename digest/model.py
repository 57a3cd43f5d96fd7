"""What a digest says, as plain data: `digest.build` fills it, the renderers
(text, Telegram HTML, the HTML page) only format it.

Every text in here is the concern's own text (already tidied: whitespace
collapsed, very long words shortened, see `digest.textutil`) or a name from
the routing table. Nothing identifies a resident: no chat ids, names or user
ids. Dates are Europe/Zurich calendar days; `end` is exclusive (the digest of
date D covers [start, D)).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

OfficeKind = Literal["coordination", "department"]
FigureKey = Literal["new", "urgent", "open", "rerouted"]
TrendKind = Literal["topic", "quartier"]


@dataclass(frozen=True, slots=True)
class Figure:
    """A headline figure and how it compares with the usual.

    `average`: the mean of the same figure over the same period shifted back
    by 1, 2, 3 and 4 weeks (same weekdays); None while the store holds no
    concerns that old (no "usual" yet). `stands_out` ("mehr als üblich"):
    `value >= 1.5 * average` and `value >= average + 3` (see digest.build).
    """

    key: FigureKey
    label: str
    value: int
    average: float | None
    stands_out: bool


@dataclass(frozen=True, slots=True)
class Item:
    """One concern as the digest shows it."""

    reference: str
    # the concern's whole text, tidied (one line, words over 40 characters cut;
    # "(Text gelöscht)" after a deletion request); renderers shorten it for lists
    text: str
    place: str  # place text, else Quartier, else "Kreis N", else "Ort unbekannt"
    topic: str | None
    topic_name: str
    kreis: int | None
    quartier: str | None
    office: str
    office_name: str
    status: str  # store.models.Status value (current status)
    status_label: str  # German
    urgent: bool
    unconfirmed: bool
    arrived_at: datetime  # UTC: forwarded_at, else created_at
    # sent at once as urgent, then "kein Notfall" from the resident (shown instead
    # of "ohne Bestätigung der Person", which read like a resident who did not confirm)
    calmed: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """Concerns under one heading: a topic, or a Kreis/Quartier."""

    key: str  # topic code, or "4/Langstrasse", "4/" (Kreis without Quartier)
    title: str  # "Abfall und Sauberkeit", "Kreis 4 – Langstrasse"
    items: tuple[Item, ...]

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(frozen=True, slots=True)
class Cluster:
    """Several concerns about the same thing at the same place: one line
    ("5 Meldungen: Abfallkübel am Helvetiaplatz übervoll")."""

    label: str  # the most typical text of the cluster, shortened
    place: str  # the common place (place text or Quartier)
    topic: str
    topic_name: str
    references: tuple[str, ...]  # oldest first
    new_in_period: int  # how many of them arrived in the digest's period

    @property
    def count(self) -> int:
        return len(self.references)


@dataclass(frozen=True, slots=True)
class Trend:
    """A topic or Quartier rising: the last 14 days against the 28 before."""

    kind: TrendKind
    key: str  # topic code or Quartier name
    name: str
    recent: int  # concerns in the 14 days before the digest's date
    expected: float  # the 28 days before that, scaled to 14 days


@dataclass(frozen=True, slots=True)
class Overdue:
    """An open concern without a status change for more than 5 working days."""

    item: Item
    last_change: date  # Europe/Zurich day of the last status change
    working_days: int  # full Swiss working days since then


@dataclass(frozen=True, slots=True)
class Moved:
    """A concern staff moved to another office in the period (the figure
    "re-routed" names them)."""

    reference: str
    before: str  # office names
    after: str


@dataclass(frozen=True, slots=True)
class TopicSeries:
    topic: str
    name: str
    counts: tuple[int, ...]  # one per week of Digest.weeks


@dataclass(frozen=True, slots=True)
class KreisCount:
    kreis: int
    count: int


@dataclass(frozen=True, slots=True)
class QuartierCount:
    """Per Quartier; `name` as `Qname` in statistische_quartiere.geojson."""

    name: str
    kreis: int  # `KNr`
    count: int


@dataclass(frozen=True, slots=True)
class Digest:
    office: str
    office_name: str
    kind: OfficeKind
    kreise: tuple[int, ...]  # the Kreise of a coordination office (empty otherwise)
    start: date  # first day covered
    end: date  # the digest's date: covered up to, not including, this day
    weekly: bool
    generated_at: datetime  # UTC

    figures: tuple[Figure, ...]  # new, urgent, open, rerouted (in that order)
    urgent: tuple[Item, ...]  # the period's urgent concerns, in full
    by_topic: tuple[Group, ...]  # the period's other new concerns (not urgent, not withdrawn)
    by_area: tuple[Group, ...]  # the same, by Kreis/Quartier (known Kreis only)
    unknown_kreis: tuple[Item, ...]  # coordination offices: the period's concerns without Kreis
    clusters: tuple[Cluster, ...]
    trends: tuple[Trend, ...]
    overdue: tuple[Overdue, ...]

    # Series for the page's charts (digest.page).
    weeks: tuple[date, ...] = ()  # first day of each of the last 8 weeks (7-day windows to `end`)
    topic_weeks: tuple[TopicSeries, ...] = ()  # concerns per topic and week (topics with any)
    kreis_counts: tuple[KreisCount, ...] = ()  # the period's new concerns per Kreis (1-12)
    quartier_counts: tuple[QuartierCount, ...] = ()  # per Quartier (all 34, zeros included)
    rerouted: tuple[Moved, ...] = ()  # the moves the "re-routed" figure counts, oldest first
    # references of the period's concerns the resident withdrew after forwarding
    # (by the end of the period): not in `figures` "new" nor in the lists
    withdrawn: tuple[str, ...] = ()
    # coordination offices: the concerns without Kreis open at the end of the
    # period (like `unknown_kreis`, not in `figures`)
    unknown_open: int = 0

    @property
    def is_coordination(self) -> bool:
        return self.kind == "coordination"

    def figure(self, key: FigureKey) -> Figure:
        return next(f for f in self.figures if f.key == key)

    @property
    def new_count(self) -> int:
        return self.figure("new").value

    @property
    def by_topic_count(self) -> int:
        return sum(g.count for g in self.by_topic)

    @property
    def compared(self) -> bool:
        """The figures have a "usual" (enough history)."""
        return all(f.average is not None for f in self.figures)

    @property
    def shown_figures(self) -> tuple[Figure, ...]:
        """The figures the digest shows. On a quiet day (`is_empty`) not a zero
        without a usual: four lines "0 (noch kein Vergleich)" under "Keine neuen
        Anliegen" say nothing (new-user trial i). A zero with a usual (quieter than
        usual) and "new" with withdrawn concerns under it stay."""
        if not self.is_empty:
            return self.figures
        return tuple(
            f for f in self.figures if f.value or f.average or (f.key == "new" and self.withdrawn)
        )

    @property
    def is_empty(self) -> bool:
        """Nothing new (own or Kreis unbekannt) and nothing overdue: the lead
        still sends it, as a short message."""
        return not self.by_topic and not self.unknown_kreis and not self.overdue
