"""Speed and memory of `quartierbot classify` on one core.

Builds N concern texts (default 10,000) from the held-out corpus split, with a
share of them carrying coordinates from the city's Züri-wie-neu reports so the
point-in-polygon path is exercised too, then runs the real command path
(nlp.cli.classify_stream) in a fresh process pinned to one core and prints:
model load time, texts per second, and peak resident memory.

    python bench/classify_speed.py [--n 10000] [--reports PATH_TO_ZWN_REPORTS_CSV] [--model DIR]
        [--urgent-model DIR]

The machine's load average is printed with the figures: on a shared machine
the wall-clock times are only comparable when measured back to back.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_input(n: int, reports: Path | None) -> str:
    from nlp.corpus import TEST_FILE, read_records
    from nlp.geo import lv95_to_wgs84

    texts = [r.text for r in read_records(TEST_FILE)]
    coords: list[tuple[float, float]] = []
    if reports is not None and reports.exists():
        with reports.open(encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if i >= 5000:
                    break
                coords.append(lv95_to_wgs84(float(row["e"]), float(row["n"])))
    rng = random.Random(7)
    out = io.StringIO()
    for i in range(n):
        obj: dict[str, object] = {"id": f"b{i}", "text": rng.choice(texts)}
        if coords and i % 4 == 0:
            lat, lon = rng.choice(coords)
            obj["lat"], obj["lon"] = round(lat, 6), round(lon, 6)
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return out.getvalue()


def child(path: str, model: Path | None, urgent_model: Path | None, zones: bool) -> None:
    """Runs in the measured process: load, classify, report."""
    t0 = time.perf_counter()
    load_cpu0 = time.process_time()
    from classify_common import load_classifier

    from nlp.cli import classify_stream

    clf = load_classifier(model, urgent_model)
    load_s = time.perf_counter() - t0
    load_cpu_s = time.process_time() - load_cpu0
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    sink = io.StringIO()
    t1 = time.perf_counter()
    cpu0 = time.process_time()
    classify_stream(clf, iter(lines), sink, zones=zones)  # type: ignore[arg-type]
    run_s = time.perf_counter() - t1
    cpu_s = time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_out = sink.getvalue().count("\n")
    print(
        json.dumps(
            {
                "load_s": load_s,
                "load_cpu_s": load_cpu_s,
                "run_s": run_s,
                "cpu_s": cpu_s,
                "n": n_out,
                "peak_mb": peak_mb,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument(
        "--reports",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "zurich" / "zwn_reports_2016_2025_notext.csv",
    )
    parser.add_argument("--model", type=Path, help="Model directory (default: the shipped one).")
    parser.add_argument(
        "--urgent-model", type=Path, help="Urgent model directory (default: the shipped one)."
    )
    parser.add_argument(
        "--zones",
        action="store_true",
        help="spaCy memory zones as the long-running bot uses them (nlp.vocab_zone); "
        "without: as `quartierbot classify` runs",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.model, args.urgent_model, args.zones)
        return
    if not args.reports.exists():  # e.g. a worktree outside /work: no ../shared beside it
        print(f"note: {args.reports} not found, no text has coordinates", file=sys.stderr)
    data = build_input(args.n, args.reports)
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / "quartierbot-bench-input.jsonl"
    tmp.write_text(data, encoding="utf-8")
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, __file__, "--child", str(tmp)]
    if args.model is not None:
        cmd += ["--model", str(args.model.resolve())]
    if args.urgent_model is not None:
        cmd += ["--urgent-model", str(args.urgent_model.resolve())]
    if args.zones:
        cmd += ["--zones"]
    if sys.platform.startswith("linux"):
        cmd = ["taskset", "-c", "0", *cmd]  # one core
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    m = json.loads(res.stdout.strip().splitlines()[-1])
    print(f"texts:            {m['n']:,}   (memory zones: {'on' if args.zones else 'off'})")
    print(
        f"model load:       {m['load_s']:.2f} s   (target < 3 s; CPU time {m['load_cpu_s']:.2f} s)"
    )
    print(
        f"classify:         {m['run_s']:.2f} s = {m['n'] / m['run_s']:,.0f} texts/s on one core"
        "   (target >= 5,000)"
    )
    print(f"  (CPU time:      {m['cpu_s']:.2f} s = {m['n'] / m['cpu_s']:,.0f} texts/s)")
    print(f"peak memory:      {m['peak_mb']:.0f} MB   (target < 400 MB)")
    load1, load5, _ = os.getloadavg()
    print(f"load average:     {load1:.1f} / {load5:.1f} (1 / 5 min) on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
