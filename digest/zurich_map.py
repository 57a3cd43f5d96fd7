"""The map of the digest page: Zürich's 34 statistical Quartiere as inline SVG,
coloured by how many concerns each had, with the 12 Kreise outlined.

The polygons are digest/data/zurich_map.json (built by digest.build_geodata
from Statistik Stadt Zürich's geodata, CC0). Longitude and latitude are
projected equirectangularly with the longitude scaled by cos(latitude), which
is exact enough at city scale. Pure functions: no network, no JavaScript.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

DATA_PATH = Path(__file__).parent / "data" / "zurich_map.json"
WIDTH = 640.0
MARGIN = 6.0

# A sequential blue scale (ColorBrewer "Blues"): class 0 is "none".
COLOURS = ("#e1e6eb", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
CLASSES = 4  # non-zero classes

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Region:
    qnr: int
    kreis: int
    name: str
    path: str  # SVG path data, projected
    label_at: Point


@dataclass(frozen=True, slots=True)
class Outline:
    kreis: int
    path: str
    label_at: Point


@dataclass(frozen=True, slots=True)
class Geometry:
    width: float
    height: float
    quartiere: tuple[Region, ...]
    kreise: tuple[Outline, ...]
    attribution: str


@dataclass(frozen=True, slots=True)
class ColourClass:
    index: int  # 0 = no concerns
    low: int
    high: int

    @property
    def label(self) -> str:
        if self.index == 0:
            return "keine"
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def colour_classes(max_count: int) -> list[ColourClass]:
    """Class 0 (none) plus up to four classes: single values while the maximum
    is small, geometric steps (1–3, 4–10, 11–32, 33–100) for large counts."""
    classes = [ColourClass(0, 0, 0)]
    if max_count <= CLASSES:
        classes += [ColourClass(i, i, i) for i in range(1, max(max_count, 1) + 1)]
        return classes
    low = 1
    for k in range(1, CLASSES + 1):
        high = max(low, round(max_count ** (k / CLASSES)))
        if k == CLASSES:
            high = max_count
        if high >= low:
            classes.append(ColourClass(len(classes), low, high))
            low = high + 1
    return classes


def class_of(count: int, classes: list[ColourClass]) -> int:
    for cls in classes:
        if cls.low <= count <= cls.high:
            return cls.index
    return classes[-1].index


def _centroid(ring: list[Point]) -> tuple[float, Point]:
    """Area and area centroid of a ring (shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return 0.0, ring[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def _path(rings: list[list[Point]]) -> str:
    parts = []
    for ring in rings:
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in ring)
        parts.append(f"M{pts}Z")
    return "".join(parts)


def _label_point(rings: list[list[Point]]) -> Point:
    return max((_centroid(r) for r in rings), key=lambda c: c[0])[1]


@cache
def geometry() -> Geometry:
    raw: dict[str, Any] = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    lons = [p[0] for q in raw["quartiere"] for r in q["rings"] for p in r]
    lats = [p[1] for q in raw["quartiere"] for r in q["rings"] for p in r]
    kx = math.cos(math.radians((min(lats) + max(lats)) / 2))
    scale = (WIDTH - 2 * MARGIN) / ((max(lons) - min(lons)) * kx)
    height = (max(lats) - min(lats)) * scale + 2 * MARGIN

    def project(rings: list[list[list[float]]]) -> list[list[Point]]:
        return [
            [
                (MARGIN + (lon - min(lons)) * kx * scale, MARGIN + (max(lats) - lat) * scale)
                for lon, lat in ring
            ]
            for ring in rings
        ]

    quartiere = []
    for q in raw["quartiere"]:
        rings = project(q["rings"])
        quartiere.append(Region(q["qnr"], q["kreis"], q["name"], _path(rings), _label_point(rings)))
    kreise = []
    for k in raw["kreise"]:
        rings = project(k["rings"])
        kreise.append(Outline(k["kreis"], _path(rings), _label_point(rings)))
    return Geometry(WIDTH, round(height, 1), tuple(quartiere), tuple(kreise), raw["attribution"])


@dataclass(frozen=True, slots=True)
class MapRow:
    """One line of the table under the map."""

    kreis: int
    quartier: str | None  # None: Kreis known, Quartier not
    count: int
    colour: int


def map_rows(
    quartier_counts: Mapping[str, int],
    kreis_only_counts: Mapping[int, int],
    kreise: Collection[int] | None = None,
) -> list[MapRow]:
    """Rows for the table: every Quartier of a coordination office's Kreise
    and any other Quartier with concerns (a department: those only), plus
    concerns placed in a Kreis but no Quartier."""
    geo = geometry()
    classes = colour_classes(max(quartier_counts.values(), default=0))
    rows = [
        MapRow(q.kreis, q.name, n, class_of(n, classes))
        for q in geo.quartiere
        if (n := quartier_counts.get(q.name, 0)) or (kreise is not None and q.kreis in kreise)
    ]
    rows += [MapRow(k, None, n, 0) for k, n in kreis_only_counts.items() if n]
    return sorted(rows, key=lambda r: (r.kreis, r.quartier is None, r.quartier or ""))


def map_svg(
    quartier_counts: Mapping[str, int],
    *,
    kreise: Collection[int] | None = None,
    title: str = "Anliegen pro Quartier",
) -> Markup:
    """The map as an inline <svg>. `kreise`: the office's Kreise (others are
    drawn pale); None for the whole city (a department)."""
    geo = geometry()
    classes = colour_classes(max(quartier_counts.values(), default=0))
    out = [
        f'<svg class="map" viewBox="0 0 {geo.width:.0f} {geo.height:.0f}" '
        f'role="img" aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="map-title">{escape(title)}</title>',
        '<g class="quartiere">',
    ]
    for q in geo.quartiere:
        n = quartier_counts.get(q.name, 0)
        cls = class_of(n, classes)
        outside = kreise is not None and q.kreis not in kreise and n == 0
        label = f"{q.name} (Kreis {q.kreis}): {n} Anliegen"
        out.append(
            f'<path class="region c{cls}{" outside" if outside else ""}" '
            f'data-quartier="{escape(q.name)}" data-count="{n}" d="{q.path}">'
            f"<title>{escape(label)}</title></path>"
        )
    out.append('</g><g class="kreise">')
    for k in geo.kreise:
        out.append(f'<path class="kreis" d="{k.path}"/>')
    for k in geo.kreise:
        x, y = k.label_at
        out.append(f'<text class="kreis-nr" x="{x:.0f}" y="{y:.0f}">{k.kreis}</text>')
    out.append("</g></svg>")
    return Markup("".join(out))


def legend(quartier_counts: Mapping[str, int]) -> list[ColourClass]:
    return colour_classes(max(quartier_counts.values(), default=0))
