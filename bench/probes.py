"""Probe sentences (nlp/corpus/probes/*.jsonl, never training data) on one or
more models: how many are routed to a topic in the row's `accept`, per file,
and the misses of each model.

    python bench/probes.py [--model DIR ...] [--probes FILE ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "nlp" / "corpus" / "probes"


def main() -> None:
    from nlp.classifier import DEFAULT_MODEL, ConcernClassifier

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, nargs="*", default=[DEFAULT_MODEL])
    parser.add_argument("--probes", type=Path, nargs="*", default=sorted(PROBES.glob("*.jsonl")))
    parser.add_argument("--quiet", action="store_true", help="counts only, no misses")
    args = parser.parse_args()

    rows = {p.name: [json.loads(line) for line in p.open(encoding="utf-8")] for p in args.probes}
    for model_dir in args.model:
        classifier = ConcernClassifier.load(model_dir)
        print(f"## {model_dir}")
        for name, probes in rows.items():
            right = 0
            misses = []
            for probe in probes:
                topic, confidence = classifier.topic(probe["text"])
                if topic in probe["accept"]:
                    right += 1
                else:
                    misses.append(f"  {probe['id']} {probe['text']!r}: {topic} {confidence:.2f}")
            print(f"{name}: {right} of {len(probes)}")
            if not args.quiet:
                print("\n".join(misses))


if __name__ == "__main__":
    main()
