"""Before/after equality of `quartierbot classify` on many texts.

Saves, or checks against a saved file, everything classify decides for each
input: the fields of the output line (topic, confidence, topic2, confidence2,
kreis, quartier, office, urgent, outside_city, places, kreis_candidates,
route_reason) with the probabilities unrounded, the dialog's extra fields
(ambiguous place, street, conflict, the top alternatives), the urgent result
(reason, category, score) and, for a sample, the single-text path the dialog
uses (`classify`, `ranked_topics`). Floats must agree within 1e-6, or within
`--tolerance` (0: exactly, as JSON writes a float's shortest repr).

Inputs (only as inputs, nothing is tuned on them): nlp/corpus/train.jsonl and
test.jsonl, the eval-real texts (with their coordinates where given), the
held-out texts again with coordinates from the city's reports, and the 10,000
texts of bench/classify_speed.py in its order (drawn from the held-out texts, a
quarter with coordinates; each text about five times, so the caches' second
reading is compared too).

    python bench/classify_equality.py save FILE [--model DIR] [--urgent-model DIR]
        [--shared DIR]
    python bench/classify_equality.py check FILE [--model DIR] [--urgent-model DIR]
        [--tolerance 0]

`--shared`: the shared data directory (eval-real, the city's reports); by default
../shared beside the repository, which a worktree elsewhere does not have.

Compare the same model files before and after a code change (save with the
old code, e.g. `PYTHONPATH=<a copy of the old tree>`, check with the new); the
inputs are saved with the results.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

SHARED = ROOT.parent / "shared"
EVAL_REAL = SHARED / "data" / "eval-real"
REPORTS = SHARED / "data" / "zurich" / "zwn_reports_2016_2025_notext.csv"
BENCH_TEXTS = 10_000  # bench/classify_speed.py's default
TOLERANCE = 1e-6
SINGLE_EVERY = 25  # one text in this many also goes through the single-text path


def inputs(shared: Path) -> list[dict[str, Any]]:
    from classify_speed import build_input

    from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
    from nlp.geo import lv95_to_wgs84

    eval_real = shared / EVAL_REAL.relative_to(SHARED)
    reports = shared / REPORTS.relative_to(SHARED)

    rows: list[dict[str, Any]] = []
    for f in (TRAIN_FILE, TEST_FILE):
        rows += [{"text": r.text} for r in read_records(f)]
    for path in sorted(eval_real.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                row: dict[str, Any] = {"text": obj["text"]}
                if obj.get("lat") is not None and obj.get("lon") is not None:
                    row["lat"], row["lon"] = obj["lat"], obj["lon"]
                rows.append(row)
                rows.append({"text": obj["text"]})  # and without coordinates
    if reports.exists():
        coords: list[tuple[float, float]] = []
        with reports.open(encoding="utf-8") as fh:
            for i, rec in enumerate(csv.DictReader(fh)):
                if i >= 3000:
                    break
                coords.append(lv95_to_wgs84(float(rec["e"]), float(rec["n"])))
        rng = random.Random(11)
        for r in read_records(TEST_FILE):
            lat, lon = rng.choice(coords)
            rows.append({"text": r.text, "lat": round(lat, 6), "lon": round(lon, 6)})
    bench = build_input(BENCH_TEXTS, reports if reports.exists() else None)
    for line in bench.splitlines():
        obj = json.loads(line)
        obj.pop("id")
        rows.append(obj)
    return rows


def run(
    model: Path | None, urgent_model: Path | None, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    from classify_common import load_classifier

    from nlp.cli import classify_stream
    from nlp.urgent import detect_many

    clf = load_classifier(model, urgent_model)
    lines = [json.dumps({"id": i, **r}, ensure_ascii=False) + "\n" for i, r in enumerate(rows)]
    sink = io.StringIO()
    classify_stream(clf, iter(lines), sink)  # type: ignore[arg-type]
    out = [json.loads(line) for line in sink.getvalue().splitlines()]
    from nlp.inputs import Concern

    texts = [r["text"] for r in rows]
    full = list(clf.classify_many([Concern(r["text"], r.get("lat"), r.get("lon")) for r in rows]))
    urgent = detect_many(texts, model=clf.urgent)
    for i, (o, c, u) in enumerate(zip(out, full, urgent, strict=True)):
        o["_confidence"] = c.confidence
        o["_alternatives"] = c.alternatives
        o["_ambiguous"] = c.ambiguous_place
        o["_street"] = c.street
        o["_conflict"] = c.place_conflict
        o["_urgent"] = [u.urgent, u.reason, u.category, u.score]
        if i % SINGLE_EVERY == 0:
            row = rows[i]
            one = clf.classify(row["text"], row.get("lat"), row.get("lon"))
            o["_single"] = one.as_dict() | {"c": one.confidence, "a": one.alternatives}
            o["_ranked"] = clf.ranked_topics(row["text"])
            o["_topic"] = clf.topic(row["text"])
    return out


def same(a: Any, b: Any, tolerance: float = TOLERANCE) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        if not isinstance(a, int | float) or not isinstance(b, int | float):
            return False
        if tolerance == 0.0:
            return a == b
        return math.isclose(a, b, rel_tol=0.0, abs_tol=tolerance)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(same(x, y, tolerance) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], tolerance) for k in a)
    return bool(a == b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--model", type=Path)
    parser.add_argument("--urgent-model", type=Path)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument(
        "--tolerance",
        type=float,
        default=TOLERANCE,
        help="largest difference of a float (check; 0: exactly equal)",
    )
    args = parser.parse_args()
    if args.action == "save":
        rows = inputs(args.shared)
        # tuples as lists, as saved
        got = json.loads(json.dumps(run(args.model, args.urgent_model, rows)))
        saved = {"inputs": rows, "results": got}
        args.file.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(got):,} results to {args.file}")
        return
    # The saved inputs: the corpus files may have changed since.
    saved = json.loads(args.file.read_text(encoding="utf-8"))
    want = saved["results"]
    got = json.loads(json.dumps(run(args.model, args.urgent_model, saved["inputs"])))
    tol = args.tolerance
    bad = [i for i, (w, g) in enumerate(zip(want, got, strict=True)) if not same(w, g, tol)]
    singles = sum("_single" in g for g in got)
    print(
        f"compared {len(got):,} results ({singles:,} also one by one), floats within "
        f"{tol:g}: {len(bad)} differ"
    )
    for i in bad[:10]:
        diff = {
            k: (want[i].get(k), got[i].get(k))
            for k in got[i]
            if not same(want[i].get(k), got[i].get(k), tol)
        }
        print(f"  #{i}: {json.dumps(diff, ensure_ascii=False)[:400]}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
