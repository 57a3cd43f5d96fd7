"""How often a street with a house number resolves to one Kreis, and to the right one.

Leave-one-out over the city's address points (addresses_gastro_2026.csv) on
streets that cross Kreise: each address is taken out of the gazetteer's
address index, "<Street> <number>" is resolved, and the result is compared
with the Kreis its own coordinates lie in (point in polygon over
stadtkreise.geojson: where the register and the coordinates disagree, the
polygon wins). Prints: share resolved to one Kreis, accuracy of those, share
still ambiguous, and, over the gazetteer's own streets that cross Kreise, how
many a typical house number (1..150) settles.

    python bench/house_numbers.py [--source ../shared/data/zurich] [--repo PATH]

``--repo`` measures another checkout (e.g. a git worktree of an older commit)
with the same ground truth.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_NUMBERS = (1, 2, 5, 8, 12, 17, 24, 33, 46, 61, 80, 105, 150)


def truth(source: Path) -> tuple[dict[tuple[str, str], int], set[str]]:
    """Unique (street, number) -> Kreis by point in polygon, and the streets that cross Kreise
    by the city's own sources (OSM line list or address points in several Kreise)."""
    from shapely.geometry import Point, shape
    from shapely.strtree import STRtree

    from nlp.geo import lv95_to_wgs84

    raw = json.loads((source / "stadtkreise.geojson").read_text(encoding="utf-8"))
    polys = [shape(f["geometry"]) for f in raw["features"]]
    knr = [int(f["properties"]["KNr"]) for f in raw["features"]]
    tree = STRtree(polys)
    points: dict[tuple[str, str], int] = {}
    with (source / "addresses_gastro_2026.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["ekoord"] or not row["hnr"]:
                continue
            lat, lon = lv95_to_wgs84(float(row["ekoord"]), float(row["nkoord"]))
            hits = tree.query(Point(lon, lat), predicate="intersects")
            if len(hits):
                points[(row["strasselang"].strip(), row["hnr"].strip().lower())] = knr[int(hits[0])]
    crossing: set[str] = set()
    with (source / "streets_osm_2022.csv").open(encoding="utf-8") as fh:
        crossing.update(r["street_name"] for r in csv.DictReader(fh) if "|" in r["all_kreise"])
    by_street: dict[str, set[int]] = {}
    for (street, _), kreis in points.items():
        by_street.setdefault(street, set()).add(kreis)
    crossing.update(s for s, k in by_street.items() if len(k) > 1)
    return points, crossing


def take_out(gaz: Any, key: str, number: str) -> object:
    """Remove one address point from the index (new AddressIndex or the old dict)."""
    index = gaz.addresses
    if hasattr(index, "remove"):
        return index.remove(key, number)
    return index.get(key, {}).pop(number, None)


def put_back(gaz: Any, key: str, number: str, value: Any) -> None:
    index = gaz.addresses
    if value is None:
        return
    if hasattr(index, "add"):
        index.add(key, number, value[0], value[1])
    else:
        index[key][number] = value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "zurich")
    parser.add_argument("--repo", type=Path, default=ROOT)
    args = parser.parse_args()
    sys.path.insert(0, str(args.repo.resolve()))
    from nlp.places import Gazetteer, fold

    gaz = Gazetteer.load(args.repo / "nlp" / "data")
    points, crossing = truth(args.source)
    outcome: Counter[str] = Counter()
    for (street, number), kreis in sorted(points.items()):
        if street not in crossing:
            continue
        key = fold(street)
        value = take_out(gaz, key, number)
        try:
            r = gaz.resolve(f"{street} {number}")
        finally:
            put_back(gaz, key, number, value)
        if r.kreis is None:
            outcome["ambiguous" if r.ambiguous else "no place"] += 1
        else:
            outcome["right" if r.kreis == kreis else "wrong"] += 1
    n = sum(outcome.values())
    one = outcome["right"] + outcome["wrong"]
    print(f"repo: {args.repo}")
    print(f"leave-one-out, {n} address points on {len(crossing)} streets that cross Kreise:")
    print(f"  resolved to one Kreis: {one / n:.3f} ({one})")
    print(f"  right Kreis of those:  {outcome['right'] / max(one, 1):.3f} ({outcome['right']})")
    print(f"  right Kreis of all:    {outcome['right'] / n:.3f}")
    print(f"  still ambiguous:       {outcome['ambiguous'] / n:.3f} ({outcome['ambiguous']})")
    print(f"  no place:              {outcome['no place'] / n:.3f} ({outcome['no place']})")

    with (args.repo / "nlp" / "data" / "streets.csv").open(encoding="utf-8") as fh:
        multi = [r["street"] for r in csv.DictReader(fh) if "|" in r["kreise"]]
    with (args.repo / "nlp" / "data" / "addresses.csv").open(encoding="utf-8") as fh:
        with_points = {r["street"] for r in csv.DictReader(fh)}
    settled_streets = 0
    settled_numbers = 0
    unsettled_without_points = 0
    for street in multi:
        got = [gaz.resolve(f"{street} {k}").kreis is not None for k in SAMPLE_NUMBERS]
        settled_numbers += sum(got)
        settled = sum(got) * 2 > len(got)
        settled_streets += settled
        unsettled_without_points += not settled and street not in with_points
    total = len(multi) * len(SAMPLE_NUMBERS)
    print(f"gazetteer streets that cross Kreise: {len(multi)}")
    print(
        f"  with a house number ({len(SAMPLE_NUMBERS)} numbers 1..150 each): one Kreis for"
        f" {settled_numbers / total:.3f} of street+number; most numbers settled on"
        f" {settled_streets} streets, still ambiguous on {len(multi) - settled_streets}"
        f" ({unsettled_without_points} of them without any address point)"
    )


if __name__ == "__main__":
    main()
