"""Latency of the resident dialog per message, on the real store and classifier.

Runs N scripted conversations (concern -> place -> confirm, concern with a
place -> confirm, and a topic chosen first where the classifier is unsure)
through bot.dialog.Dialog and prints p50/p95/max latency per message and
messages per second, for an SQLite file and, with --postgres URL, PostgreSQL.

    python bench/dialog_latency.py [--n 300] [--postgres postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlmodel import SQLModel

from bot.dialog import Dialog, Incoming
from bot.settings import Settings
from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, read_records
from store.db import make_engine, upgrade


def run(url: str, n: int, clf: ConcernClassifier, fresh: bool) -> None:
    engine = make_engine(url)
    if fresh:
        with engine.begin() as conn:
            SQLModel.metadata.drop_all(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    upgrade(engine)
    settings = Settings(_env_file=None, database_url=url, rate_limit_per_hour=10_000)  # type: ignore[call-arg]
    dialog = Dialog(engine=engine, classifier=clf, settings=settings)
    texts = [r.text for r in read_records(TEST_FILE)]
    rng = random.Random(3)
    times: list[float] = []
    update = 0

    def send(msg: Incoming) -> list[str]:
        start = time.perf_counter()
        replies = dialog.handle(msg)
        times.append(time.perf_counter() - start)
        return [b.data for r in replies for row in r.buttons for b in row]

    t0 = time.perf_counter()
    for i in range(n):
        chat = f"bench-{i}"
        update += 1
        buttons = send(
            Incoming(
                "telegram", chat, "text", user_id=chat, text=rng.choice(texts), update_id=update
            )
        )
        if not any(b.startswith("ok:") for b in buttons):
            update += 1
            buttons = send(
                Incoming(
                    "telegram",
                    chat,
                    "location",
                    user_id=chat,
                    lat=47.3786,
                    lon=8.5281,
                    update_id=update,
                )
            )
        topic = next((b for b in buttons if b.startswith("t:")), None)
        if topic and not any(b.startswith("ok:") for b in buttons):
            # Low confidence: the resident picks the likeliest topic first.
            update += 1
            buttons = send(
                Incoming("telegram", chat, "callback", user_id=chat, data=topic, update_id=update)
            )
        ok = next((b for b in buttons if b.startswith("ok:")), None)
        if ok:
            update += 1
            send(Incoming("telegram", chat, "callback", user_id=chat, data=ok, update_id=update))
    total = time.perf_counter() - t0
    ms = sorted(t * 1000 for t in times)
    print(
        f"{url.split('://')[0]:>10}: {len(ms)} messages in {n} conversations, "
        f"p50 {statistics.median(ms):.1f} ms, p95 {ms[int(0.95 * len(ms))]:.1f} ms, "
        f"max {ms[-1]:.1f} ms, {len(ms) / total:.0f} messages/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--postgres", default=None)
    args = parser.parse_args()
    clf = ConcernClassifier.load()
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", args.n, clf, fresh=False)
    if args.postgres:
        run(args.postgres, args.n, clf, fresh=True)


if __name__ == "__main__":
    main()
