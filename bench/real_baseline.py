"""Issue 9's table: topic accuracy on the real report sets and the held-out split,
the project's model side by side with a plain TF-IDF + logistic regression
trained on the same corpus, and Kreis precision on zwn (text only).

    python bench/real_baseline.py [--model DIR ...] [--train FILE] [--eval-real DIR]

Accuracy is "the predicted topic is in the row's `topic_accept`". The baseline
is scikit-learn (a dev dependency, for this bench only): TF-IDF over character
2-5-grams within word boundaries plus word 1-2-grams (sublinear tf), logistic
regression (C=10, lbfgs), fitted on every row of the training file, the raw
text as it is (no normalisation). eval-real is measured only: nothing here
is trained or tuned on it. Prints a Markdown table (docs/real-baseline.md keeps
the runs).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_REAL = ROOT.parent / "shared" / "data" / "eval-real"


def baseline_predictions(train: Path, texts_by_file: dict[str, list[str]]) -> dict[str, list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    from nlp.corpus import read_records

    records = list(read_records(train))
    features = FeatureUnion(
        [
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
            ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ]
    )
    model = make_pipeline(features, LogisticRegression(C=10.0, max_iter=3000))
    model.fit([r.text for r in records], [r.topics[0] for r in records])
    return {name: [str(p) for p in model.predict(texts)] for name, texts in texts_by_file.items()}


def main() -> None:
    from nlp.classifier import DEFAULT_MODEL, ConcernClassifier
    from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
    from nlp.evaluation import evaluate_file

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, nargs="*", default=[DEFAULT_MODEL])
    parser.add_argument("--train", type=Path, default=TRAIN_FILE)
    parser.add_argument("--eval-real", type=Path, default=EVAL_REAL)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()

    files = [*sorted(args.eval_real.glob("*.jsonl")), TEST_FILE]
    records = {p.stem: list(read_records(p)) for p in files}
    base: dict[str, list[str]] = {}
    if not args.no_baseline:
        t0 = time.perf_counter()
        base = baseline_predictions(
            args.train, {name: [r.text for r in recs] for name, recs in records.items()}
        )
        print(f"baseline fitted and applied in {time.perf_counter() - t0:.0f} s")

    results: dict[str, dict[str, float]] = {}
    kreis: dict[str, str] = {}
    for model_dir in args.model:
        clf = ConcernClassifier.load(model_dir)
        label = str(model_dir.relative_to(ROOT) if model_dir.is_relative_to(ROOT) else model_dir)
        results[label] = {}
        for path in files:
            # Text only: the Kreis must come from what the resident wrote.
            report, _, _ = evaluate_file(clf, path, use_coordinates=False)
            results[label][path.stem] = report.topic_accuracy
            if path.stem.startswith("zwn") and report.kreis_named_precision is not None:
                kreis[label] = (
                    f"{report.kreis_named_precision:.3f} "
                    f"({report.kreis_named_correct}/{report.kreis_named} named)"
                )

    labels = list(results)
    head = "| set | rows | " + " | ".join(labels)
    sep = "|---|---|" + "---|" * len(labels)
    if base:
        head += " | TF-IDF + LR baseline | " + " | ".join(f"ratio {lb}" for lb in labels)
        sep += "---|" + "---|" * len(labels)
    print(head + " |")
    print(sep)
    for name, recs in records.items():
        cells = [f"{results[lb][name]:.4f} ({results[lb][name] * len(recs):.0f})" for lb in labels]
        row = f"| {name} | {len(recs):,} | " + " | ".join(cells)
        if base:
            acc = sum(p in r.topics for p, r in zip(base[name], recs, strict=True)) / len(recs)
            ratios = [f"{results[lb][name] / acc:.3f}" for lb in labels]
            row += f" | {acc:.3f} | " + " | ".join(ratios)
        print(row + " |")
    for lb in labels:
        print(f"\nKreis precision on zwn (text only), {lb}: {kreis.get(lb, 'n/a')}")


if __name__ == "__main__":
    main()
