"""Build the gazetteer data files in nlp/data/ from the city's open geodata.

Run once when the source data changes:

    python -m nlp.build_gazetteer --source ../shared/data/zurich

The outputs are committed (they are data the product ships); the sources and
their licences are listed in nlp/data/ATTRIBUTION.md.  Where the sources
disagree, the point in the polygon wins (the address register has a few rows
whose Kreis contradicts their own coordinates).

streets.csv columns: street, kreis_main, kreise, qnrs, toward. ``toward`` is
for streets that cross Kreise: "3:low|4:low|9:high" says which end of the
street's known house numbers lies nearer each Kreis, so a number past the last
known address is only placed where no Kreis without address points lies that
way (nlp/places/addresses.py).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from pathlib import Path

from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.strtree import STRtree

from nlp.geo import lv95_to_wgs84

DATA_DIR = Path(__file__).parent / "data"

# OSM "street" rows that are trails, ramps, stairs or passages: not places
# residents name, and some are common words ("Leiter", "Seil", "Passage").
_NOT_STREETS = (
    "trail",
    "finnenbahn",
    "treppe",
    "tiefgarage",
    "rampe",
    "passage",
    "zufahrt",
    "usz ",
    "direttissima",
    "traverse",
    "rastplatz",
    "velotunnel",
    "passerelle",
)
_NOT_STREETS_EXACT = {
    "Leiter",
    "Seil",
    "Gässli",
    "Taubenschlag",
    "Central",
    "Wollishofen",
    "Zürich Süd",
}


def _round_coords(obj: object, ndigits: int = 5) -> object:
    if isinstance(obj, float):
        return round(obj, ndigits)
    if isinstance(obj, list):
        return [_round_coords(x, ndigits) for x in obj]
    return obj


def build_quartiere(source: Path) -> list[dict[str, object]]:
    """Simplified Quartier polygons (about 1 m tolerance) with Kreis numbers."""
    raw = json.loads((source / "statistische_quartiere.geojson").read_text(encoding="utf-8"))
    features = []
    for feat in raw["features"]:
        geom = shape(feat["geometry"]).simplify(0.00001, preserve_topology=True)
        props = feat["properties"]
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "qnr": int(props["QNr"]),
                    "kreis": int(props["KNr"]),
                    "quartier": props["Qname"],
                },
                "geometry": _round_coords(geom.__geo_interface__),
            }
        )
    features.sort(key=lambda f: f["properties"]["qnr"])  # type: ignore[index]
    out = {"type": "FeatureCollection", "features": features}
    path = DATA_DIR / "geo" / "quartiere.geojson"
    path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return features


def build_addresses(
    source: Path, features: list[dict[str, object]]
) -> tuple[dict[str, set[tuple[int, int]]], dict[str, list[tuple[int, float, float]]]]:
    """Address points with house numbers, placed by point in polygon; returns each
    street's Kreise and Quartiere, and its points (number, lon, lat)."""
    polys = [shape(f["geometry"]) for f in features]
    tree = STRtree(polys)
    plz_kreise: dict[str, set[int]] = {}
    with (source / "plz_kreis.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts = (part.split(":") for part in row["all_kreise_counts"].split("|"))
            plz_kreise[row["plz"]] = {int(k) for k, _ in counts if k != "0"}
    seen: dict[tuple[str, str], tuple[int, int]] = {}
    where: dict[tuple[str, str], tuple[float, float]] = {}
    disagree = outliers = 0
    with (source / "addresses_gastro_2026.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["ekoord"] or not row["hnr"]:
                continue
            lat, lon = lv95_to_wgs84(float(row["ekoord"]), float(row["nkoord"]))
            hits = tree.query(Point(lon, lat), predicate="intersects")
            if len(hits) == 0:
                continue
            props = features[int(hits[0])]["properties"]
            kreis, qnr = int(props["kreis"]), int(props["qnr"])  # type: ignore[index]
            if kreis not in plz_kreise.get(row["plz"], {kreis}):
                # A point far from its own postal code (Oberdorfstrasse, 8001,
                # placed in Affoltern) is a geocoding error, not a second Kreis.
                outliers += 1
                continue
            if str(kreis) != row["kreissort"]:
                disagree += 1
            seen[(row["strasselang"].strip(), row["hnr"].strip().lower())] = (kreis, qnr)
            where[(row["strasselang"].strip(), row["hnr"].strip().lower())] = (lon, lat)
    by_street: dict[str, set[tuple[int, int]]] = defaultdict(set)
    located: dict[str, list[tuple[int, float, float]]] = defaultdict(list)
    with (DATA_DIR / "addresses.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["street", "number", "kreis", "qnr"])
        for (street, number), (kreis, qnr) in sorted(seen.items()):
            writer.writerow([street, number, kreis, qnr])
            by_street[street].add((kreis, qnr))
            digits = re.match(r"\d+", number)
            if digits:
                located[street].append((int(digits.group(0)), *where[(street, number)]))
    print(
        f"addresses: {len(seen)} points, {disagree} register Kreise overruled by the polygon,"
        f" {outliers} points outside their postal code's Kreise dropped"
    )
    return by_street, located


def build_streets(
    source: Path,
    address_kreise: dict[str, set[tuple[int, int]]],
    located: dict[str, list[tuple[int, float, float]]],
    features: list[dict[str, object]],
) -> None:
    """Street name -> every Kreis and Quartier it touches (OSM lines + address points),
    and for each Kreis which end of the street's numbering lies towards it."""
    streets: dict[str, dict[str, set[int]]] = defaultdict(lambda: {"kreise": set(), "qnrs": set()})
    main: dict[str, int] = {}
    main_qnr: dict[str, int] = {}
    with (source / "streets_osm_2022.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["street_name"].strip()
            low = name.lower()
            if name in _NOT_STREETS_EXACT or any(w in low for w in _NOT_STREETS):
                continue
            streets[name]["kreise"].update(int(k) for k in row["all_kreise"].split("|"))
            streets[name]["qnrs"].update(
                int(q.split(":")[0]) for q in row["all_quartiere"].split("|") if q
            )
            main[name] = int(row["kreis_main"])
            main_qnr[name] = int(row["quartier_nr_main"])
    # Address points (placed by point in polygon) add the Kreise the OSM list
    # misses along borders (Badenerstrasse's south side is Kreis 3), also to a
    # street OSM puts in one Kreis: a street with addresses in two Kreise crosses
    # them, and without a house number the resident is asked for one (new-user
    # trial g, finding 10: "Zweierstrasse" alone was Kreis 3, number 9 is in 4;
    # Zollstrasse, Kalkbreitestrasse, Kreuzplatz and six more were the same).
    for name, placed in address_kreise.items():
        for kreis, qnr in placed:
            streets[name]["kreise"].add(kreis)
            streets[name]["qnrs"].add(qnr)
            main.setdefault(name, kreis)
    pruned = _prune_detached(streets, address_kreise, main_qnr, features)
    areas = _kreis_areas(features)
    marginal = _prune_marginal(streets, located, address_kreise, main, areas)
    with (DATA_DIR / "streets.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["street", "kreis_main", "kreise", "qnrs", "toward"])
        for name in sorted(streets):
            entry = streets[name]
            kreise = sorted(entry["kreise"])
            toward = _toward(located.get(name, []), kreise, areas) if len(kreise) > 1 else ""
            writer.writerow(
                [
                    name,
                    # OSM's main Kreis, unless its part was dropped as detached
                    main[name] if main.get(name) in entry["kreise"] else min(entry["kreise"]),
                    "|".join(str(k) for k in kreise),
                    "|".join(str(q) for q in sorted(entry["qnrs"])),
                    toward,
                ]
            )
    crossing = sum(len(e["kreise"]) > 1 for e in streets.values())
    print(f"streets: {len(streets)}, {crossing} crossing Kreise; detached parts dropped: {pruned}")
    print(f"Kreise touched only at an end dropped: {marginal}")


def _prune_detached(
    streets: dict[str, dict[str, set[int]]],
    address_kreise: dict[str, set[tuple[int, int]]],
    main_qnr: dict[str, int],
    features: list[dict[str, object]],
) -> list[str]:
    """Drop the Quartiere (and their Kreise) of a street that are not connected to
    the rest of it: a street line is one piece, so a Quartier that touches none
    of the others (Marktgasse: Rathaus and Albisrieden) is a same-named way
    elsewhere or a mislabelled one. Only where the address points say which
    part is the street: the parts with address points stay (OSM's main
    Quartier only for a street whose address points lie in none of them)."""
    polys = {
        int(f["properties"]["qnr"]): shape(f["geometry"]).buffer(0.0003)  # type: ignore[index]
        for f in features
    }
    kreis_of = {int(f["properties"]["qnr"]): int(f["properties"]["kreis"]) for f in features}  # type: ignore[index]
    dropped: list[str] = []
    for name, entry in streets.items():
        qnrs = entry["qnrs"]
        if len(entry["kreise"]) < 2 or name not in address_kreise:
            continue
        parts: list[set[int]] = []
        for q in sorted(qnrs):
            joined = [p for p in parts if any(polys[q].intersects(polys[o]) for o in p)]
            merged = {q}.union(*joined)
            parts = [p for p in parts if p not in joined] + [merged]
        if len(parts) < 2:
            continue
        # The parts with address points; OSM's main Quartier only when none has
        # any (Weststrasse: ten address points in Sihlfeld, Kreis 3, and an OSM
        # way of that name in Schwamendingen-Mitte, Kreis 12, OSM's "main" one;
        # residents were asked "Kreis 3 or 12?", new-user trial r, finding 8).
        evidence = {qnr for _, qnr in address_kreise[name]}
        keep = set().union(*(p for p in parts if p & evidence))
        if not keep:
            keep = set().union(*(p for p in parts if main_qnr.get(name, -1) in p))
        if keep and keep != qnrs:
            entry["qnrs"] = keep
            entry["kreise"] = {kreis_of[q] for q in keep} | {k for k, _ in address_kreise[name]}
            dropped.append(name)
    return dropped


def _kreis_areas(features: list[dict[str, object]]) -> dict[int, BaseGeometry]:
    parts: dict[int, list[BaseGeometry]] = defaultdict(list)
    for f in features:
        parts[int(f["properties"]["kreis"])].append(shape(f["geometry"]))  # type: ignore[index]
    return {k: unary_union(v) for k, v in parts.items()}


# A Kreis a street touches only where it meets the border (the OSM line's last
# vertex on the far side of a border street) is no crossing. Evidence: at least
# this many address points, on both sides of the street, all in one Kreis, and
# the nearest of them this close to the other Kreis (the numbering runs right
# up to the border). With 8 points and none in the other Kreis, a part holding a
# quarter of the street's addresses would have shown up with 90 % probability.
_MARGINAL_MIN_POINTS = 8
_MARGINAL_MAX_METRES = 60
_METRES_PER_DEGREE = 75_000  # near Zürich, between the length of a degree of lat and lon


def _prune_marginal(
    streets: dict[str, dict[str, set[int]]],
    located: dict[str, list[tuple[int, float, float]]],
    address_kreise: dict[str, set[tuple[int, int]]],
    main: dict[str, int],
    areas: dict[int, BaseGeometry],
) -> list[str]:
    dropped: list[str] = []
    for name, entry in streets.items():
        points = located.get(name, [])
        seen = {k for k, _ in address_kreise.get(name, set())}
        if len(entry["kreise"]) < 2 or len(seen) != 1 or len(points) < _MARGINAL_MIN_POINTS:
            continue
        if len({n % 2 for n, _, _ in points}) < 2:
            continue  # one side only: the street may run along the border
        (home,) = seen
        for kreis in sorted(entry["kreise"] - {home}):
            if kreis == main.get(name):
                continue
            nearest = min(areas[kreis].distance(Point(lon, lat)) for _, lon, lat in points)
            if nearest * _METRES_PER_DEGREE <= _MARGINAL_MAX_METRES:
                entry["kreise"].discard(kreis)
                entry["qnrs"] = {q for q in entry["qnrs"] if q // 10 != kreis}  # QNr 61: Kreis 6
                dropped.append(f"{name} ({kreis})")
    return dropped


def _toward(
    points: list[tuple[int, float, float]], kreise: list[int], areas: dict[int, BaseGeometry]
) -> str:
    """For each Kreis of a street that crosses Kreise, which end of its known
    numbering lies towards it ("low", "high" or "both" when it cannot be told):
    a Kreis without address points is somewhere beyond that end."""
    if len(points) < 2:
        return "|".join(f"{k}:both" for k in kreise)
    low = min(points)
    high = max(points)
    if low[0] == high[0]:
        return "|".join(f"{k}:both" for k in kreise)
    out = []
    for kreis in kreise:
        area = areas[kreis]
        d_low = area.distance(Point(low[1], low[2]))
        d_high = area.distance(Point(high[1], high[2]))
        out.append(f"{kreis}:{'low' if d_low < d_high else 'high' if d_high < d_low else 'both'}")
    return "|".join(out)


def build_plz(source: Path) -> None:
    rows = list(csv.DictReader((source / "plz_kreis.csv").open(encoding="utf-8")))
    with (DATA_DIR / "plz.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["plz", "kreis", "share"])
        for row in rows:
            writer.writerow([row["plz"], row["kreis_main"], row["share_main"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=Path("../shared/data/zurich"))
    args = parser.parse_args()
    (DATA_DIR / "geo").mkdir(parents=True, exist_ok=True)
    features = build_quartiere(args.source)
    address_kreise, located = build_addresses(args.source, features)
    build_streets(args.source, address_kreise, located, features)
    build_plz(args.source)


if __name__ == "__main__":
    main()
