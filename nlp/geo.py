"""Coordinates: LV95 conversion and point-in-polygon lookup of Kreis and Quartier."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from shapely import intersects_xy, points, prepare
from shapely.geometry import shape
from shapely.strtree import STRtree

# Points this close to a Quartier (in degrees, ~100 m) count as inside it: the
# polygons are clipped at the lake shore and a phone's fix on a quay or a boat
# landing may fall just outside.
_SHORE_TOLERANCE_DEG = 0.0013
# Quartiere this close (in degrees, ~10 m) share a border.
_BORDER_TOLERANCE_DEG = 0.0001


def lv95_to_wgs84(east: float, north: float) -> tuple[float, float]:
    """Swiss LV95 (EPSG:2056) to WGS84 (lat, lon), swisstopo's approximate formulas (~1 m)."""
    y = (east - 2_600_000) / 1_000_000
    x = (north - 1_200_000) / 1_000_000
    lon = 2.6779094 + 4.728982 * y + 0.791484 * y * x + 0.1306 * y * x * x - 0.0436 * y**3
    lat = (
        16.9023892
        + 3.238272 * x
        - 0.270978 * y * y
        - 0.002528 * x * x
        - 0.0447 * y * y * x
        - 0.0140 * x**3
    )
    return lat * 100 / 36, lon * 100 / 36


@dataclass(frozen=True, slots=True)
class Area:
    kreis: int
    qnr: int
    quartier: str


class QuartierMap:
    """Point-in-polygon lookup over the 34 statistical Quartiere."""

    def __init__(self, geojson_path: Path) -> None:
        raw = json.loads(geojson_path.read_text(encoding="utf-8"))
        self._areas: list[Area] = []
        geoms = []
        for feat in raw["features"]:
            props = feat["properties"]
            self._areas.append(Area(int(props["kreis"]), int(props["qnr"]), str(props["quartier"])))
            geoms.append(shape(feat["geometry"]))
        self._tree = STRtree(geoms)
        self._geoms = geoms
        for geom in geoms:
            prepare(geom)
        self._bounds = [geom.bounds for geom in geoms]  # (min lon, min lat, max lon, max lat)
        # GEOS builds a prepared polygon's index on first use, outside the GIL: the
        # dialog's worker threads share one map, so its lookups take turns.
        self._prepared_lock = threading.Lock()
        self.areas_by_qnr = {a.qnr: a for a in self._areas}

    def kreis_neighbours(self) -> frozenset[frozenset[int]]:
        """The pairs of Kreise that share a border (their Quartiere touch, within
        ~10 m: the polygons are simplified). Across the lake, Kreis 2 and 8 do not."""
        pairs: set[frozenset[int]] = set()
        with self._prepared_lock:
            for area, geom in zip(self._areas, self._geoms, strict=True):
                near = self._tree.query(geom.buffer(_BORDER_TOLERANCE_DEG), predicate="intersects")
                pairs.update(
                    frozenset((area.kreis, self._areas[int(i)].kreis))
                    for i in near
                    if self._areas[int(i)].kreis != area.kreis
                )
        return frozenset(pairs)

    def locate(self, lat: float, lon: float) -> Area | None:
        """The Quartier containing the point, or the nearest within ~100 m, else None."""
        # Shortcut: a point that lies in exactly one Quartier (bounding boxes first,
        # then the prepared polygons) is that Quartier; the tree would have found
        # the same one. Points on a border or outside every Quartier ask the tree.
        boxed = [
            i
            for i, (x0, y0, x1, y1) in enumerate(self._bounds)
            if x0 <= lon <= x1 and y0 <= lat <= y1
        ]
        with self._prepared_lock:
            inside = [i for i in boxed if intersects_xy(self._geoms[i], lon, lat)]
        if len(inside) == 1:
            return self._areas[inside[0]]
        return self._locate_tree(lat, lon)

    def locate_many(self, points: Sequence[tuple[float, float]]) -> list[Area | None]:
        """``locate`` of each (lat, lon), with one vectorised point-in-polygon test
        per Quartier whose bounding box holds some of the points (the same boxes
        and the same predicate as ``locate``, so the same answers)."""
        if not points:
            return []
        ys = np.fromiter((p[0] for p in points), dtype="float64", count=len(points))
        xs = np.fromiter((p[1] for p in points), dtype="float64", count=len(points))
        count = np.zeros(len(points), dtype="int64")
        first = np.full(len(points), -1, dtype="int64")
        for i, (x0, y0, x1, y1) in enumerate(self._bounds):
            boxed = np.flatnonzero((x0 <= xs) & (xs <= x1) & (y0 <= ys) & (ys <= y1))
            if not len(boxed):
                continue
            with self._prepared_lock:
                hit = boxed[intersects_xy(self._geoms[i], xs[boxed], ys[boxed])]
            count[hit] += 1
            first[hit[first[hit] < 0]] = i
        return [
            self._areas[f] if c == 1 else self._locate_tree(lat, lon)
            for (lat, lon), c, f in zip(points, count.tolist(), first.tolist(), strict=True)
        ]

    def _locate_tree(self, lat: float, lon: float) -> Area | None:
        """``locate`` through the tree alone."""
        pt = points(lon, lat)
        hits = self._tree.query(pt, predicate="intersects")
        if len(hits):
            return self._areas[int(hits[0])]
        near = self._tree.query_nearest(pt, max_distance=_SHORE_TOLERANCE_DEG)
        if len(near):
            return self._areas[int(near[0])]
        return None
