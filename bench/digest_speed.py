"""Speed of the daily digests: build and render the digests of ALL offices for
one day over a store of N concerns (default 10,000 over 8 weeks).

The store is filled by a fast bulk insert (not the dialog): concerns over the
56 days before the digest's date with the topic mix skewed like the city's
reports, Kreis and Quartier, 3 % without Kreis, 2 % urgent, half with
coordinates, texts from a small pool per topic (so clusters occur), status
events (older concerns mostly done, recent ones open: a realistic backlog,
some overdue) and 3 % re-routed by staff. Then, timed: `build_digest` for
every office of the routing table (the lead's job does the same, one office
after the other), and rendering text, Telegram HTML and the HTML page.

    python bench/digest_speed.py [--n 10000] [--date 2026-03-10] [--sqlite FILE]
                                 [--pg postgresql+psycopg://postgres@127.0.0.1:5432/DB]

The PostgreSQL database given is emptied first.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, insert, text
from sqlmodel import SQLModel

from digest import build_all, build_digest, daily_period, render_telegram, render_text
from digest.period import ZURICH
from digest.series import quartiere
from nlp.routing import RoutingTable
from store.db import make_engine, session_scope, upgrade
from store.models import Concern, RoutingEvent

WEIGHTS = {"abfall": 30, "strasse": 14, "verkehr": 12, "gruen": 10, "beleuchtung": 6}
PHRASES = {
    "abfall": ["Abfallkübel übervoll", "Sperrmüll deponiert", "Glascontainer voll", "Littering"],
    "strasse": ["Schlagloch im Belag", "Trottoir beschädigt", "Randstein locker"],
    "verkehr": ["Velos blockieren Trottoir", "Falschparkierer in der Zone", "Ampel zu kurz"],
    "gruen": ["Baum droht umzustürzen", "Spielplatz verschmutzt", "Hecke zu hoch"],
    "beleuchtung": ["Strassenlampe defekt", "Lampe flackert", "Unterführung dunkel"],
}
STREETS = ["Langstrasse", "Josefstrasse", "Badenerstrasse", "Helvetiaplatz", "Limmatplatz",
           "Schaffhauserplatz", "Bahnhofstrasse", "Seefeldstrasse"]  # fmt: skip


def fill(engine: Engine, routing: RoutingTable, n: int, day: date, seed: int = 8) -> None:
    rnd = random.Random(seed)
    topics = list(routing.topics)
    weights = [WEIGHTS.get(t, 3) for t in topics]
    by_kreis: dict[int, list[str]] = {}
    for name, number in quartiere():
        by_kreis.setdefault(number, []).append(name)
    end = datetime.combine(day, datetime.min.time(), ZURICH).astimezone(UTC)
    concerns: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for i in range(1, n + 1):
        at = end - timedelta(seconds=rnd.uniform(60, 56 * 86400))
        topic = rnd.choices(topics, weights)[0]
        kreis = None if rnd.random() < 0.03 else rnd.randint(1, 12)
        quartier = rnd.choice(by_kreis[kreis]) if kreis else None
        office = routing.route(topic, 0.9, kreis).office
        age = (end - at).days
        p_done = min(0.95, age / 20)
        status = "done" if rnd.random() < p_done else rnd.choice(["forwarded", "in_progress"])
        phrase = rnd.choice(PHRASES.get(topic, ["Anliegen zum Quartier", "Frage zur Stadt"]))
        street = rnd.choice(STREETS)
        located = rnd.random() < 0.5
        concerns.append(
            {
                "id": i, "reference": f"ZH-{at.year}-{i:06d}", "channel": "telegram",
                "text": f"{phrase} an der {street}, bitte schauen Sie sich das an ({i})",
                "photos": [], "topic": topic, "confidence": 0.9, "kreis": kreis,
                "quartier": quartier, "office": office, "urgent": rnd.random() < 0.02,
                "outside_city": False, "unconfirmed": False, "language": "de",
                "status": status, "created_at": at, "updated_at": at, "forwarded_at": at,
                "place_text": street, "lat": 47.37 + rnd.uniform(-0.02, 0.02) if located else None,
                "lon": 8.53 + rnd.uniform(-0.03, 0.03) if located else None,
            }
        )  # fmt: skip
        previous = "forwarded"
        for later in ("in_progress", "done"):
            if status == "forwarded" or (status == "in_progress" and later == "done"):
                break
            at = at + timedelta(hours=rnd.uniform(2, 24 * 6))
            events.append(
                {"concern_id": i, "kind": "status", "actor": "staff:1", "at": min(at, end),
                 "before": {"status": previous}, "after": {"status": later}}
            )  # fmt: skip
            previous = later
            concerns[-1]["updated_at"] = min(at, end)
        if rnd.random() < 0.03:
            other = rnd.choice([o for o in routing.offices if o != office])
            events.append(
                {"concern_id": i, "kind": "staff", "actor": "staff:2",
                 "at": min(concerns[-1]["created_at"] + timedelta(hours=3), end),
                 "before": {"office": office}, "after": {"office": other}}
            )  # fmt: skip
            concerns[-1]["office"] = other
    with session_scope(engine) as s:
        s.execute(insert(Concern), concerns)
        s.execute(insert(RoutingEvent), events)
    print(f"store: {len(concerns)} concerns, {len(events)} events")


def fresh(url: str) -> Engine:
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            SQLModel.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    upgrade(engine)
    return engine


def run(engine: Engine, routing: RoutingTable, day: date, label: str, verbose: bool) -> float:
    """Build (one load for all offices) and render every office's digest."""
    try:
        from digest import render_html

        render_html  # noqa: B018
        html_ok = True
    except ImportError:
        html_ok = False
    start, end = daily_period(day)
    now = datetime.combine(day, datetime.min.time(), ZURICH).replace(hour=7, minute=30)
    times = {"text": 0.0, "telegram": 0.0, "html": 0.0}
    t0 = time.perf_counter()
    with session_scope(engine) as s:
        digests = build_all(s, routing, start, end, now=now)
    built = time.perf_counter()
    messages = {}
    for office, d in digests.items():
        r0 = time.perf_counter()
        render_text(d)
        r1 = time.perf_counter()
        messages[office] = len(render_telegram(d))
        r2 = time.perf_counter()
        if html_ok:
            render_html(d)
        r3 = time.perf_counter()
        times["text"] += r1 - r0
        times["telegram"] += r2 - r1
        times["html"] += r3 - r2
    total = time.perf_counter() - t0
    print(f"\n{label}: {len(digests)} offices, digest of {day} ({start} to {end})")
    print(f"  build (build_all, one load)  {(built - t0) * 1000:7.1f} ms")
    for fmt, spent in times.items():
        if fmt != "html" or html_ok:
            print(f"  render {fmt:21s} {spent * 1000:7.1f} ms")
    print(f"  total                        {total * 1000:7.1f} ms")
    if verbose:
        for office, d in digests.items():
            new = d.figure("new").value
            print(f"    {office:22s} {new:4d} new  {len(d.overdue):4d} overdue  "
                  f"{len(d.clusters):2d} clusters  {messages[office]} message(s)")  # fmt: skip
    return total


def run_per_office(engine: Engine, routing: RoutingTable, day: date) -> float:
    """build_digest office by office (four queries each), for comparison."""
    start, end = daily_period(day)
    t0 = time.perf_counter()
    with session_scope(engine) as s:
        for office in routing.offices:
            build_digest(s, routing, office, start, end)
    spent = time.perf_counter() - t0
    print(f"  build_digest office by office: {spent * 1000:7.1f} ms (build only)")
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--date", type=date.fromisoformat, default=date(2026, 3, 10))
    parser.add_argument("--sqlite", type=Path, default=None, help="SQLite file (default: temp)")
    parser.add_argument("--pg", default=None, help="PostgreSQL URL (its tables are dropped)")
    args = parser.parse_args()
    routing = RoutingTable.load()
    targets = []
    with tempfile.TemporaryDirectory() as tmp:
        path = args.sqlite or Path(tmp) / "bench.sqlite3"
        if path.exists():
            path.unlink()
        targets.append(("SQLite", f"sqlite:///{path}"))
        if args.pg:
            targets.append(("PostgreSQL", args.pg))
        for label, url in targets:
            engine = fresh(url)
            fill(engine, routing, args.n, args.date)
            first = run(engine, routing, args.date, f"{label}, first run (cold caches)", False)
            second = run(engine, routing, args.date, f"{label}, second run", True)
            run_per_office(engine, routing, args.date)
            verdict = "under" if second < 1 else "OVER"
            print(
                f"{label}: build + render of all offices {second * 1000:.0f} ms in a running "
                f"process ({verdict} 1 s); {first * 1000:.0f} ms on the first run of a fresh "
                "process (templates compiled, caches filled)"
            )
            engine.dispose()


if __name__ == "__main__":
    main()
