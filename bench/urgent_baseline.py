"""The emergency detector side by side with a plain baseline trained on the same data.

Baseline: TF-IDF over words and character 2-5-grams + logistic regression
(scikit-learn), trained on nlp/corpus/urgent_train.jsonl. The
detector: nlp.urgent.detect_many (rules + the trained model in nlp/urgent_model/).
The baseline is shown at three thresholds (a recall / false-alarm curve,
nothing chosen on the test data). Both are measured on
nlp/corpus/urgent_test.jsonl (written apart from the training corpus) and on
the ordinary concerns of nlp/corpus/test.jsonl.

scikit-learn is not a dependency of the product; install it to run this:

    .venv/bin/pip install scikit-learn && .venv/bin/python bench/urgent_baseline.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

from nlp.urgent import detect_many

CORPUS = Path(__file__).resolve().parents[1] / "nlp" / "corpus"


def rows(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (CORPUS / name).open(encoding="utf-8")]


def report(name: str, test: list[dict[str, object]], flagged: list[bool]) -> None:
    pos = [f for r, f in zip(test, flagged, strict=True) if r["urgent"]]
    neg = [f for r, f in zip(test, flagged, strict=True) if not r["urgent"]]
    print(
        f"  {name:<28} recall {sum(pos)}/{len(pos)} = {sum(pos) / max(1, len(pos)):.3f}   "
        f"false alarms {sum(neg)}/{len(neg)} = {sum(neg) / max(1, len(neg)):.3f}"
    )
    by_lang: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for r, f in zip(test, flagged, strict=True):
        if r["urgent"]:
            by_lang[str(r.get("lang"))] += 1
            found[str(r.get("lang"))] += int(f)
    if len(by_lang) > 1:
        print(
            "    recall by language: "
            + ", ".join(f"{lang} {found[lang]}/{n}" for lang, n in sorted(by_lang.items()))
        )


def main() -> None:
    train = rows("urgent_train.jsonl")
    texts = [str(r["text"]) for r in train]
    labels = [bool(r["urgent"]) for r in train]
    features = make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
    )
    baseline = make_pipeline(features, LogisticRegression(max_iter=2000, C=4.0))
    baseline.fit(texts, labels)
    sets = {
        "urgent_test.jsonl": rows("urgent_test.jsonl"),
        "test.jsonl": [
            {"text": r["text"], "urgent": bool(r.get("urgent"))} for r in rows("test.jsonl")
        ],
    }
    for name, test in sets.items():
        print(name)
        test_texts = [str(r["text"]) for r in test]
        scores = baseline.predict_proba(test_texts)[:, 1]
        for threshold in (0.5, 0.3, 0.2):
            flagged = [bool(p >= threshold) for p in scores]
            report(f"baseline TF-IDF+LR >= {threshold}", test, flagged)
        report("detector (rules + model)", test, [r.urgent for r in detect_many(test_texts)])


if __name__ == "__main__":
    main()
