"""Train each candidate architecture with the same recipe and compare them on the
held-out test split: macro-F1, accuracy, and texts per second through the model.

    python bench/compare_models.py [--only NAME ...] [--extra-eval FILE ...]

--extra-eval adds files (e.g. ../shared/data/eval-real/*.jsonl) that are
measured only, never trained on. Prints a Markdown table (docs/model-comparison.md
keeps the last run).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import spacy

from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
from nlp.evaluation import evaluate_file
from nlp.training import DEFAULT_CONFIG, train_model

ALTERNATIVES = Path(__file__).resolve().parent.parent / "nlp" / "configs" / "alternatives"


def candidates() -> dict[str, Path]:
    found = {"charbow (chosen)": DEFAULT_CONFIG}
    for cfg in sorted(ALTERNATIVES.glob("*.cfg")):
        found[cfg.stem] = cfg
    return found


def throughput(model_dir: Path, texts: list[str]) -> float:
    nlp = spacy.load(model_dir)
    list(nlp.pipe(texts[:200]))  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=1000):
        pass
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--extra-eval", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    texts = [r.text for r in read_records(TEST_FILE)] * 10
    rows = []
    for name, cfg in candidates().items():
        if args.only and not any(o in name for o in args.only):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "model"
            t0 = time.perf_counter()
            train_model(config=cfg, train_file=TRAIN_FILE, output=out)
            train_s = time.perf_counter() - t0
            clf = ConcernClassifier.load(out)
            report, _, _ = evaluate_file(clf, TEST_FILE)
            extra = []
            for path in args.extra_eval:
                rep, _, _ = evaluate_file(clf, path)
                extra.append(f"{rep.topic_accuracy:.3f}")
            speed = throughput(out, texts)
            rows.append(
                f"| {name} | {report.macro_f1:.3f} | {report.topic_accuracy:.3f} | "
                f"{report.office_accuracy:.3f} | {' | '.join(extra)}{' | ' if extra else ''}"
                f"{speed:,.0f} | {train_s:.0f} s |"
            )
            print(rows[-1], flush=True)
    extra_head = "".join(f" {p.stem} acc |" for p in args.extra_eval)
    extra_sep = "---|" * len(args.extra_eval)
    print(
        "\n| model | test macro-F1 | test accuracy | office accuracy |"
        + extra_head
        + " texts/s (model only) | training |"
    )
    print("|---|---|---|---|" + extra_sep + "---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
