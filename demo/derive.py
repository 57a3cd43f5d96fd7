"""Derive demo/data/ from the city's Züri-wie-neu reports (run once; the
product reads only what this writes):

    python -m demo.derive [--shared ../shared/data/zurich]

Input (Stadt Zürich open data, CC0; read here only, never at run time):
`zwn_reports_2016_2025_notext.csv` (date, service_code, LV95 e/n, no text)
and `addresses_gastro_2026.csv` (street and house number of 3,462 addresses
with LV95 coordinates).

Output:
- `zwn_summary.json`: category counts and their mapping onto the project's
  topics with shares, weekday and month factors (the reports of the last
  three years), the hour-of-day profile (an assumption: the reports carry no
  time), the demo's daily volume, the attribution.
- `zwn_positions.csv`: a fixed sample of report positions (stratified by
  category) in WGS84 with Kreis, Quartier and the nearest known address in
  the same Quartier within 200 m (street, house number), or none.

Deterministic: a fixed seed, sorted input; the same input gives the same files.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from nlp.geo import QuartierMap, lv95_to_wgs84
from nlp.places import DATA_DIR

OUT = Path(__file__).parent / "data"
SHARED = Path(__file__).parents[2] / "shared" / "data" / "zurich"
ATTRIBUTION = "Stadt Zürich, Züri wie neu, open data, CC0"
YEARS = ("2023", "2024", "2025")  # recent years: today's mix and rhythm
SAMPLE = 2000  # positions kept
MIN_PER_CODE = 80
NEAR_M = 200.0
SEED = 2026

# Short keys of the categories in zwn_positions.csv.
CODE_KEYS = {
    "Abfall/Sammelstelle": "abfall",
    "Graffiti": "graffiti",
    "Signalisation/Lichtsignal": "signal",
    "Strasse/Trottoir/Platz": "strasse",
    "Brunnen/Hydranten": "brunnen",
    "Grünflächen/Spielplätze": "gruen",
    "Beleuchtung/Uhren": "licht",
    "VBZ/ÖV": "oev",
    "Schädlinge": "schaedlinge",
    "Allgemein": "allgemein",
}
# Züri-wie-neu category -> project topic (../shared/spec/routing.md). Graffiti
# and litter are "abfall", fountains are "strasse", pests are "umwelt";
# "Allgemein" (general) is spread over the topics the categories lack.
CODE_TOPICS: dict[str, dict[str, float]] = {
    "Abfall/Sammelstelle": {"abfall": 1.0},
    "Graffiti": {"abfall": 1.0},
    "Signalisation/Lichtsignal": {"verkehr": 1.0},
    "Strasse/Trottoir/Platz": {"strasse": 1.0},
    "Brunnen/Hydranten": {"strasse": 1.0},
    "Grünflächen/Spielplätze": {"gruen": 1.0},
    "Beleuchtung/Uhren": {"beleuchtung": 1.0},
    "VBZ/ÖV": {"oev": 1.0},
    "Schädlinge": {"umwelt": 1.0},
    "Allgemein": {
        "sicherheit": 0.3,
        "umwelt": 0.25,
        "quartierleben": 0.15,
        "verkehr": 0.1,
        "strasse": 0.1,
        "jugend": 0.05,
        "sport": 0.05,
    },
}
# Concerns of the coordination offices' own kind that Züri wie neu has no
# category for (an assumption of the demo, not from the data): this share of
# all demo concerns, spread as below; positions from the "Allgemein" reports.
EXTRA_SHARE = 0.15
EXTRA_TOPICS = {
    "quartierleben": 0.3,
    "soziales": 0.12,
    "jugend": 0.12,
    "alter": 0.1,
    "schule": 0.08,
    "integration": 0.06,
    "kultur": 0.06,
    "sport": 0.06,
    "wohnen": 0.06,
    "bau_planung": 0.04,
}
# Residents write in the morning, at lunch and in the evening (an assumption:
# the reports carry a date only). Weight per hour 0..23, Europe/Zurich.
HOUR_WEIGHTS = [1, 1, 0, 0, 0, 1, 2, 5, 7, 7, 6, 6, 8, 7, 6, 6, 6, 7, 8, 8, 8, 6, 4, 2]
PER_DAY = 22.0  # demo concerns on an average day (Züri wie neu: ~30 a day in 2025)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _factors(counts: Counter[int], keys: range) -> dict[str, float]:
    mean = sum(counts[k] for k in keys) / len(keys)
    return {str(k): round(counts[k] / mean, 3) for k in keys}


def summary(reports: list[dict[str, str]]) -> dict[str, object]:
    recent = [r for r in reports if r["year"] in YEARS]
    codes = Counter(r["service_code"] for r in recent)
    unknown = set(codes) - set(CODE_TOPICS)
    if unknown:
        raise SystemExit(f"service codes without a topic: {sorted(unknown)}")
    total = sum(codes.values())
    topics: dict[str, float] = defaultdict(float)
    for code, n in codes.items():
        for topic, share in CODE_TOPICS[code].items():
            topics[topic] += (1 - EXTRA_SHARE) * share * n / total
    for topic, share in EXTRA_TOPICS.items():
        topics[topic] += EXTRA_SHARE * share
    days = [date.fromisoformat(r["date"]) for r in recent]
    return {
        "attribution": ATTRIBUTION,
        "source": "zwn_reports_2016_2025_notext.csv, reports of " + ", ".join(YEARS),
        "derived_by": "python -m demo.derive",
        "reports": total,
        "service_codes": dict(codes.most_common()),
        "code_keys": CODE_KEYS,
        "code_topics": CODE_TOPICS,
        "extra_share": EXTRA_SHARE,
        "extra_topics": EXTRA_TOPICS,
        "topic_shares": {t: round(s, 4) for t, s in sorted(topics.items(), key=lambda x: -x[1])},
        "weekday_factors": _factors(Counter(d.weekday() for d in days), range(7)),
        "month_factors": _factors(Counter(d.month for d in days), range(1, 13)),
        "hour_weights": HOUR_WEIGHTS,
        "hour_weights_note": "assumption: the reports carry a date only",
        "per_day": PER_DAY,
    }


def _sample(reports: list[dict[str, str]], rng: random.Random) -> list[dict[str, str]]:
    recent = [r for r in reports if r["year"] in YEARS]
    by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in recent:
        by_code[r["service_code"]].append(r)
    chosen: list[dict[str, str]] = []
    for code in sorted(by_code):
        rows = by_code[code]
        n = max(MIN_PER_CODE, round(SAMPLE * len(rows) / len(recent)))
        chosen += rng.sample(rows, min(n, len(rows)))
    return chosen


def _addresses(path: Path) -> dict[int, list[tuple[float, float, str, str]]]:
    """Known addresses by Quartier number: (east, north, street, number)."""
    out: dict[int, list[tuple[float, float, str, str]]] = defaultdict(list)
    for row in _read(path):
        if row["ekoord"] and row["quarsort"]:
            item = (float(row["ekoord"]), float(row["nkoord"]), row["strasselang"], row["hnr"])
            out[int(row["quarsort"])].append(item)
    return out


def positions(
    reports: list[dict[str, str]], addresses: dict[int, list[tuple[float, float, str, str]]]
) -> list[dict[str, object]]:
    qmap = QuartierMap(DATA_DIR / "geo" / "quartiere.geojson")
    rows: list[dict[str, object]] = []
    for r in _sample(reports, random.Random(SEED)):
        east, north = float(r["e"]), float(r["n"])
        lat, lon = lv95_to_wgs84(east, north)
        area = qmap.locate(lat, lon)
        if area is None:
            continue  # on the lake or just outside the city
        best = min(
            addresses.get(area.qnr, []),
            key=lambda a: math.hypot(a[0] - east, a[1] - north),
            default=None,
        )
        near = best is not None and math.hypot(best[0] - east, best[1] - north) <= NEAR_M
        rows.append(
            {
                "code": CODE_KEYS[r["service_code"]],
                "lat": f"{lat:.5f}",
                "lon": f"{lon:.5f}",
                "qnr": area.qnr,
                "street": best[2] if near and best else "",
                "number": best[3] if near and best else "",
            }
        )
    rows.sort(key=lambda x: (str(x["code"]), int(str(x["qnr"])), str(x["lat"]), str(x["lon"])))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    reports = _read(args.shared / "zwn_reports_2016_2025_notext.csv")
    reports.sort(key=lambda r: (r["date"], r["service_code"], r["e"], r["n"]))
    OUT.mkdir(exist_ok=True)
    data = summary(reports)
    qmap = QuartierMap(DATA_DIR / "geo" / "quartiere.geojson")
    areas = sorted(qmap.areas_by_qnr.values(), key=lambda a: a.qnr)
    data["quartiere"] = {str(a.qnr): [a.kreis, a.quartier] for a in areas}
    (OUT / "zwn_summary.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    rows = positions(reports, _addresses(args.shared / "addresses_gastro_2026.csv"))
    with (OUT / "zwn_positions.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{data['reports']} reports summarised, {len(rows)} positions kept")


if __name__ == "__main__":
    main()
