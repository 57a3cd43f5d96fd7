"""The demo's data (demo/data/): the Züri-wie-neu summary and positions
(derived by `python -m demo.derive`), the text templates and the scenario."""

from __future__ import annotations

import csv
import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Position:
    code: str  # short key of the Züri-wie-neu category
    lat: float
    lon: float
    kreis: int
    qnr: int
    quartier: str
    street: str  # nearest known address in the Quartier within 200 m, or ""
    number: str


@dataclass(frozen=True, slots=True)
class Spot:
    """A cluster or a trend: concerns about one thing at one place."""

    name: str
    topic: str
    texts: tuple[str, ...]
    lat: float | None = None
    lon: float | None = None
    qnr: int | None = None
    size: int = 0
    day: int = 0  # clusters: working days before the last full working day
    days: int = 0  # trends: how long it has been rising
    peak: int = 0  # trends: concerns a day at the end


@dataclass(frozen=True, slots=True)
class StaffSpec:
    chat: str
    office: str
    role: str
    subscription: str


@dataclass(frozen=True, slots=True)
class Profile:
    summary: dict[str, Any]
    positions: tuple[Position, ...]
    texts: dict[str, Any]
    clusters: tuple[Spot, ...]
    trends: tuple[Spot, ...]
    staff: tuple[StaffSpec, ...]

    @property
    def topic_shares(self) -> dict[str, float]:
        return {str(k): float(v) for k, v in self.summary["topic_shares"].items()}

    def quartier(self, qnr: int) -> tuple[int, str]:
        kreis, name = self.summary["quartiere"][str(qnr)]
        return int(kreis), str(name)


def _positions(summary: dict[str, Any]) -> tuple[Position, ...]:
    with (DATA / "zwn_positions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        kreis, quartier = summary["quartiere"][row["qnr"]]
        out.append(
            Position(
                row["code"],
                float(row["lat"]),
                float(row["lon"]),
                int(kreis),
                int(row["qnr"]),
                str(quartier),
                row["street"],
                row["number"],
            )
        )
    return tuple(out)


def _spot(raw: dict[str, Any]) -> Spot:
    return Spot(
        name=str(raw["spot"]),
        topic=str(raw["topic"]),
        texts=tuple(raw["texts"]),
        lat=raw.get("lat"),
        lon=raw.get("lon"),
        qnr=raw.get("qnr"),
        size=int(raw.get("size", 0)),
        day=int(raw.get("day", 0)),
        days=int(raw.get("days", 0)),
        peak=int(raw.get("peak", 0)),
    )


@cache
def load() -> Profile:
    summary = json.loads((DATA / "zwn_summary.json").read_text(encoding="utf-8"))
    texts = tomllib.loads((DATA / "texts.toml").read_text(encoding="utf-8"))
    scenario = tomllib.loads((DATA / "scenario.toml").read_text(encoding="utf-8"))
    staff = tuple(
        StaffSpec(s["chat"], s["office"], s["role"], s.get("subscription", "daily"))
        for s in scenario["staff"]
    )
    return Profile(
        summary=summary,
        positions=_positions(summary),
        texts=texts,
        clusters=tuple(_spot(c) for c in scenario["clusters"]),
        trends=tuple(_spot(t) for t in scenario["trends"]),
        staff=staff,
    )
