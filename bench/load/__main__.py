"""Load bench: simulated residents against the real `quartierbot serve` (webhook
mode) and an emulated Bot API on 127.0.0.1. See docs/load.md.

    python -m bench.load                      # the matrix: SQLite 1 process, PostgreSQL 1 and 2
                                              #   replicas, at 1, 50, 200 and 500 residents
    python -m bench.load --db sqlite --residents 50 --replicas 1
    python -m bench.load --limits             # the emulator enforces Telegram's flood limits
    python -m bench.load --quick              # a few residents for a few seconds, SQLite
    python -m bench.load --source /tmp/old    # serve another checkout's code (before/after)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.load.profile import report
from bench.load.resident import load_concerns
from bench.load.run import Config, profile_dir, run

COLUMNS = [
    ("db", "{:<8}"),
    ("replicas", "{:>3}"),
    ("residents", "{:>5}"),
    ("answered", "{:>6}"),
    ("updates_per_s", "{:>7.1f}"),
    ("p50_ms", "{:>7.0f}"),
    ("p95_ms", "{:>7.0f}"),
    ("p99_ms", "{:>7.0f}"),
    ("completed", "{:>5}"),
    ("conversations", "{:>5}"),
    ("callbacks_late", "{:>4}"),
    ("callbacks_never", "{:>5}"),
    ("duplicates", "{:>4}"),
    ("unanswered", "{:>5}"),
    ("http_429", "{:>5}"),
    ("bot_cpu_s", "{:>6.1f}"),
    ("cpu_ms_per_update", "{:>6.1f}"),
    ("loop_cpu_ms_per_update", "{:>5.1f}"),
    ("system_cpu_ms_per_update", "{:>5.1f}"),
]
HEADER = (
    "db       rep   res  upd.  upd/s    p50ms   p95ms   p99ms  done/conv  late never dup "
    "unans   429  cpu_s ms/upd  loop   sys  rss_mb  load"
)


def row(r: dict[str, Any]) -> str:
    cells = [fmt.format(r[key]) for key, fmt in COLUMNS]
    cells[8] = f"{r['completed']:>5}/{r['conversations']:<5}"
    del cells[9]
    rss = "+".join(str(x) for x in r["peak_rss_mb"])
    return " ".join(cells) + f"  {rss:>7}  {r['load_before'][0]:.1f}->{r['load_after'][0]:.1f}"


def budget(r: dict[str, Any]) -> str:
    """Where the machine's CPU went per update, and the rate two cores could
    give at those costs if nothing else ran (the ceiling the run is under)."""
    parts = [("bot", r["cpu_ms_per_update"])]
    if r.get("pg_cpu_ms_per_update") is not None:
        parts.append(("PostgreSQL", r["pg_cpu_ms_per_update"]))
    if r.get("proxy_cpu_ms_per_update") is not None:
        parts.append(("HAProxy", r["proxy_cpu_ms_per_update"]))
    parts.append(("bench", r["bench_cpu_ms_per_update"]))
    total = sum(ms for _, ms in parts)
    cores = os.cpu_count() or 1
    each = ", ".join(f"{name} {ms:.1f}" for name, ms in parts)
    ceiling = cores * 1000 / total if total > 0 else float("nan")
    return (
        f"  CPU ms per update: {each}; {total:.1f} in all: "
        f"at most {ceiling:.0f} updates/s on {cores} cores"
    )


def matrix(args: argparse.Namespace) -> list[Config]:
    base = Config(
        duration=args.duration,
        drain=args.drain,
        delay=args.delay / 1000,
        callback_window=args.callback_window,
        limits=args.limits,
        step_timeout=args.step_timeout,
        think=args.think,
        source=Path(args.source).resolve(),
        pg_name=args.pg_name,
        seed=args.seed,
        profile=Path(args.profile).resolve() if args.profile else None,
        trace=args.trace,
        proxy=args.proxy,
        env=tuple((k, v) for k, _, v in (kv.partition("=") for kv in args.env)),
    )
    runs = []
    for db in args.db:
        for replicas in args.replicas:
            if db == "sqlite" and replicas > 1:
                continue  # one file, one process
            for residents in args.residents:
                runs.append(replace(base, db=db, replicas=replicas, residents=residents))
    return runs


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n")[0])
    csv_str = lambda s: [x for x in s.split(",") if x]  # noqa: E731
    csv_int = lambda s: [int(x) for x in s.split(",") if x]  # noqa: E731
    p.add_argument("--db", type=csv_str, default=["sqlite", "postgres"], help="sqlite,postgres")
    p.add_argument("--replicas", type=csv_int, default=[1, 2], help="1,2 (2: PostgreSQL only)")
    p.add_argument("--residents", type=csv_int, default=[1, 50, 200, 500])
    p.add_argument("--duration", type=float, default=30.0, help="s residents start conversations")
    p.add_argument("--drain", type=float, default=120.0, help="s more to finish conversations")
    p.add_argument("--delay", type=float, default=50.0, help="ms the Bot API takes per call")
    p.add_argument("--callback-window", type=float, default=15.0, help="s (Telegram: ~15)")
    p.add_argument("--limits", action="store_true", help="enforce 30 msg/s overall, 1/s per chat")
    p.add_argument("--step-timeout", type=float, default=90.0)
    p.add_argument("--think", type=float, default=0.0, help="s a resident pauses per step")
    p.add_argument("--source", default=str(Path(__file__).resolve().parents[2]))
    p.add_argument("--pg-name", default="bench_f_load", help="own PostgreSQL db, recreated")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quick", action="store_true", help="SQLite, 5 residents, 5 s")
    p.add_argument("--env", action="append", default=[], help="KEY=VALUE for serve (repeat)")
    p.add_argument("--profile", help="run serve under py-spy; stacks and a summary in this dir")
    p.add_argument("--trace", action="store_true", help="--json figures list every call")
    p.add_argument("--json", help="append each run's figures to this JSON Lines file")
    p.add_argument(
        "--proxy",
        choices=["haproxy", "python"],
        default="haproxy",
        help="in front of 2 replicas: HAProxy as in production (when installed), or Python's",
    )
    args = p.parse_args(argv)
    if args.quick:  # unless given explicitly
        quick = {"db": ["sqlite"], "replicas": [1], "residents": [5]}
        quick |= {"duration": 5.0, "drain": 60.0}
        for key, value in quick.items():
            if getattr(args, key) == p.get_default(key):
                setattr(args, key, value)
    return args


async def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    args = parse(argv)
    concerns = load_concerns()
    results = []
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f} (shared machine)")
    print(HEADER, flush=True)
    for cfg in matrix(args):
        result = await run(cfg, concerns)
        results.append(result)
        print(row(result), flush=True)
        print(budget(result), flush=True)
        if result["log"]["ERROR"] or any(code != 0 for code in result["exit_codes"]):
            print(f"  exit codes {result['exit_codes']}, log lines {result['log']}", flush=True)
        if result.get("log_tail"):
            print(result["log_tail"], file=sys.stderr)
        if cfg.profile is not None:
            for stacks in sorted(profile_dir(cfg).glob("serve-*.txt")):  # type: ignore[union-attr]
                print(report(stacks, result["cpu_ms_per_update"]), flush=True)
        if args.json:
            with open(args.json, "a", encoding="utf-8") as f:
                f.write(json.dumps(result) + "\n")
    return results


if __name__ == "__main__":
    asyncio.run(main())
