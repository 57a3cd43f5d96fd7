"""The triage threshold (routing.toml's min_confidence) on a calibration set,
and its effect.

Calibration set: the dev split of nlp/corpus/train.jsonl (the stable 10 %
hash split that none of the topic model's members is fitted on; the weights
that pool them are). Rule (as routing.toml states it): triage takes
a concern when its topic is more likely wrong than right, so the threshold
is the lowest confidence from which every band of 0.05 above it is right
more often than not. Then, measured only, on the held-out split and each
eval-real file: the share sent to triage and the accuracy above and below.

    python bench/triage_threshold.py [--model DIR] [--threshold T ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
EVAL_REAL = ROOT.parent / "shared" / "data" / "eval-real"
BAND = 0.05


def scored(clf: object, texts: list[str], accept: list[tuple[str, ...]]) -> np.ndarray:
    """(n, 2): confidence and whether the topic is right."""
    from nlp.classifier import ConcernClassifier

    assert isinstance(clf, ConcernClassifier)
    rows = []
    for text, ok in zip(texts, accept, strict=True):
        topic, conf = clf.topic(text)
        rows.append((conf, float(topic in ok)))
    return np.asarray(rows)


def choose(cal: np.ndarray) -> float:
    """The lowest band edge from which every band above is right more often than not."""
    edges = np.arange(0.0, 1.0, BAND)
    chosen = 1.0
    for lo in edges[::-1]:
        band = cal[(cal[:, 0] >= lo) & (cal[:, 0] < lo + BAND)]
        if len(band) and band[:, 1].mean() <= 0.5:
            break
        chosen = float(lo)
    return round(chosen, 2)


def effect(data: np.ndarray, t: float) -> str:
    below = data[:, 0] < t
    share = below.mean()
    above = data[~below, 1].mean() if (~below).any() else float("nan")
    low = data[below, 1].mean() if below.any() else float("nan")
    return f"{share:.3f} | {above:.3f} | {low:.3f}"


def main() -> None:
    from nlp.classifier import DEFAULT_MODEL, ConcernClassifier
    from nlp.corpus import DEV_KEYS_FILE, TEST_FILE, TRAIN_FILE, dev_rule, read_records

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--threshold", type=float, nargs="*", default=[0.2])
    args = parser.parse_args()
    clf = ConcernClassifier.load(args.model)
    in_dev = dev_rule(DEV_KEYS_FILE, 10)  # the fixed dev split of nlp/configs/textcat.cfg
    cal_recs = [r for r in read_records(TRAIN_FILE) if in_dev(r.text)]
    cal = scored(clf, [r.text for r in cal_recs], [r.topics for r in cal_recs])
    t_cal = choose(cal)
    print(f"calibration: dev split of the training file, {len(cal)} rows")
    print("| band | rows | accuracy |\n|---|---|---|")
    for lo in np.arange(0.0, 1.0, BAND):
        band = cal[(cal[:, 0] >= lo) & (cal[:, 0] < lo + BAND)]
        if len(band):
            print(f"| {lo:.2f}-{lo + BAND:.2f} | {len(band)} | {band[:, 1].mean():.3f} |")
    print(f"\nchosen threshold: {t_cal}\n")
    thresholds = sorted({t_cal, *args.threshold})
    files = [*sorted(EVAL_REAL.glob("*.jsonl")), TEST_FILE]
    head = " | ".join(f"to triage at {t} | accuracy above | accuracy below" for t in thresholds)
    print(f"| set | {head} |\n|---|" + "---|---|---|" * len(thresholds))
    for path in [*files]:
        recs = list(read_records(path))
        data = scored(clf, [r.text for r in recs], [r.topics for r in recs])
        cells = " | ".join(effect(data, t) for t in thresholds)
        print(f"| {path.stem} | {cells} |")
    print(f"| calibration (dev split) | {' | '.join(effect(cal, t) for t in thresholds)} |")


if __name__ == "__main__":
    main()
