"""Series for the page's charts: concerns per topic and week over the last 8
weeks (7-day windows ending at the digest's date), and the period's counts per
Kreis and per Quartier (all 12 and all 34, zeros included; Quartier names as
`Qname` in statistische_quartiere.geojson)."""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from digest.load import SERIES_WEEKS, Row
from digest.model import KreisCount, QuartierCount, TopicSeries

PLACES = Path(__file__).parents[1] / "nlp" / "data" / "places.toml"


@cache
def quartiere() -> tuple[tuple[str, int], ...]:
    """The 34 statistical Quartiere (names as in statistische_quartiere.geojson) and their Kreis."""
    raw = tomllib.loads(PLACES.read_text(encoding="utf-8"))["quartiere"]
    return tuple(sorted(((name, int(spec["kreis"])) for name, spec in raw.items()), key=_by_kreis))


def _by_kreis(entry: tuple[str, int]) -> tuple[int, str]:
    return entry[1], entry[0]


def weeks(end: date) -> tuple[date, ...]:
    return tuple(end - timedelta(weeks=SERIES_WEEKS - i) for i in range(SERIES_WEEKS))


def topic_weeks(
    names: dict[str, str],
    own: Iterable[Row],
    end: date,
    topic_of: Callable[[Row], str | None] = lambda r: r.topic,
) -> tuple[TopicSeries, ...]:
    first = end - timedelta(weeks=SERIES_WEEKS)
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * SERIES_WEEKS)
    for r in own:
        topic = topic_of(r)
        if topic and first <= r.day < end:
            counts[topic][(r.day - first).days // 7] += 1
    ordered = sorted(counts.items(), key=lambda kv: (-sum(kv[1]), names.get(kv[0], kv[0])))
    return tuple(TopicSeries(k, names.get(k, k), tuple(v)) for k, v in ordered)


def kreis_counts(period: list[Row]) -> tuple[KreisCount, ...]:
    counts = Counter(r.kreis for r in period if r.kreis is not None)
    return tuple(KreisCount(k, counts.get(k, 0)) for k in range(1, 13))


def quartier_counts(period: list[Row]) -> tuple[QuartierCount, ...]:
    counts = Counter(r.quartier for r in period if r.quartier)
    return tuple(QuartierCount(name, kreis, counts.get(name, 0)) for name, kreis in quartiere())
