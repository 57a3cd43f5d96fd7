"""The first message of a fresh process: how long its classification takes
with and without `Dialog.warm_up` (what `quartierbot serve` and `chat` do at
start since 2026-12-06). Each run is a fresh process; prints wall ms of the
first and second classification after load.

    PYTHONPATH=. .venv/bin/python bench/first_message.py --runs 3
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = r"""
import json, sys, time
from nlp.classifier import ConcernClassifier
from nlp.urgent import detect_urgent
clf = ConcernClassifier.load()
if sys.argv[1] == "warm":
    from bot.dialog.core import warm_up
    warm_up(clf)
times = []
for text in ("Die Lampe an der Weinbergstrasse 30 flackert seit gestern",
             "Ratten beim Spielplatz an der Bäckerstrasse"):
    t = time.perf_counter()
    clf.classify(text); clf.topic(text); detect_urgent(text)
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps(times))
"""


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    for _ in range(args.runs):
        for mode in ("cold", "warm"):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=True
            ).stdout
            first, second = json.loads(out.strip().splitlines()[-1])
            print(f"{mode}: first message {first:.1f} ms, second {second:.1f} ms")


if __name__ == "__main__":
    main()
