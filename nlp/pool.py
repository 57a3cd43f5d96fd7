"""The pool weights of the topic model's members (nlp/ensemble.py): fitted on
out-of-fold predictions over the whole training split, not on the dev split.

Each member's log-probabilities for every training text come from a copy of the
member fitted on the other folds (k-fold; a text's fold is a hash of its text
and a seed, so a row keeps its fold when rows are added, and repeated texts
share one). The pool weights c >= 0 then minimise the mean negative
log-likelihood of softmax(sum_k c_k log p_k) over those ~15,000 texts instead
of the dev split's 1,756, plus an optional penalty shrink / 2 * sum_k (c_k -
mean c)^2 that pulls the weights toward equal ones (the pool's overall scale
stays free). The problem is convex in c; it is solved with L-BFGS-B from equal
weights, with the exact gradient. The dev split is then seen by nothing: it
stays the calibration split of bench/triage_threshold.py, and meta.json's dev
scores are those of unseen texts.

Why (docs/real-baseline.md, "A steadier pool"): fitted on the dev split, a few
changed training rows moved complement NB's weight from 0.30 to 0.00.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np

# (training rows, held-out rows) -> each member's log-probabilities of the held-out rows
FitPredict = Callable[[np.ndarray, np.ndarray], list[np.ndarray]]


def fold_of(text: str, folds: int, seed: int) -> int:
    """A text's fold (0 .. folds - 1): its SHA-1 with the seed, mod folds."""
    digest = hashlib.sha1(f"{seed}\n{text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % folds


def out_of_fold(
    texts: Sequence[str], fit_predict: FitPredict, folds: int, seed: int
) -> list[np.ndarray]:
    """Each member's log-probabilities of every text, from the members fitted on
    the texts of the other folds (fit_predict(train rows, held-out rows))."""
    fold = np.asarray([fold_of(t, folds, seed) for t in texts])
    out: list[np.ndarray] = []
    for f in range(folds):
        held = np.flatnonzero(fold == f)
        if not len(held):
            continue
        parts = fit_predict(np.flatnonzero(fold != f), held)
        if not out:
            out = [np.zeros((len(texts), p.shape[1]), dtype="float64") for p in parts]
        for whole, part in zip(out, parts, strict=True):
            whole[held] = part
    return out


def fit_weights(log_probs: list[np.ndarray], y: np.ndarray, shrink: float = 0.0) -> np.ndarray:
    """Weights c >= 0 (one a member) minimising the mean negative log-likelihood of
    softmax(sum_k c_k log p_k) plus shrink / 2 * sum_k (c_k - mean c)^2."""
    from scipy.optimize import minimize

    stack = np.stack(log_probs)  # (members, texts, labels)
    rows = np.arange(len(y))
    gold = stack[:, rows, y]  # (members, texts)

    def loss(c: np.ndarray) -> tuple[float, np.ndarray]:
        scores = np.tensordot(c, stack, axes=1)
        top = scores.max(axis=1, keepdims=True)
        e = np.exp(scores - top)
        total = e.sum(axis=1, keepdims=True)
        probs = e / total
        nll = float((np.log(total[:, 0]) + top[:, 0] - scores[rows, y]).mean())
        grad = (np.einsum("ktj,tj->k", stack, probs) - gold.sum(axis=1)) / len(y)
        dev = c - c.mean()
        return nll + 0.5 * shrink * float(dev @ dev), grad + shrink * dev

    k = len(log_probs)
    result = minimize(
        loss,
        np.full(k, 1.0 / k),
        jac=True,
        method="L-BFGS-B",
        bounds=[(0.0, None)] * k,
        options={"ftol": 1e-12, "gtol": 1e-8, "maxiter": 1000},
    )
    weights: np.ndarray = np.maximum(result.x, 0.0)
    return weights
