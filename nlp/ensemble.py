"""More linear models over the TF-IDF component's own n-grams, pooled with its
regression at training time: no new component, little cost when classifying.

The TF-IDF component (nlp/tfidf.py) scores a text as softmax(x W + z V + b), x
being its TF-IDF vector and z = 1[x > 0] the presence of its n-grams (V: the
presence weights, absent unless a presence member is pooled). The members:

- "nbsvm" (Wang & Manning 2012) on x: for each topic, one-against-the-rest
  logistic regression on x scaled by the log-count ratio r of the n-grams (how
  much more often an n-gram occurs in that topic's texts than in the others');
  its score is x (w * r) + b, again linear in x.
- "nbsvm_binary": the same on z, Wang & Manning's binarised features; its
  score z (w * r) + b is linear in z and goes into V.
- "cnb", complement naive Bayes: x times the complement classes' log-probabilities.
- "pieces": not over the n-grams: the mean of the text's SentencePiece pieces'
  embeddings (the multilingual Universal Sentence Encoder's table), a logistic
  regression on it, folded into a per-piece score table (nlp/pieces.py); its
  scores, times its pooling weight, are added to the component's before the softmax.

Their probabilities are pooled log-linearly with the regression's:
p ~ exp(sum_k c_k log p_k), and since each log p_k is a linear score minus a
per-text constant, the pool is one softmax over x (sum_k c_k W_k) + z (sum_k
c_k V_k) + sum_k c_k b_k: the component keeps its n-grams and IDF, with one
weight matrix for x and, when a presence member is pooled, one for z. The
pooling weights c_k are fitted by likelihood on the members' k-fold
out-of-fold predictions of the training split (nlp/pool.py; `pool_folds`), or,
with pool_folds 0, on the dev split (the calibration split); the textcat's share of the
average stays the component's `weight`. scikit-learn is needed for training only.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.sparse import csr_matrix, hstack

from nlp.tfidf import TfidfTopics, char_wb_ngrams, word_ngrams

if TYPE_CHECKING:
    from nlp.pieces import PieceScorer

log = logging.getLogger(__name__)

MEMBERS = ("nbsvm", "cnb", "nbsvm_binary", "pieces")
# Members that read the n-grams' presence (1[x > 0]) rather than their TF-IDF values.
BINARY_MEMBERS = frozenset({"nbsvm_binary"})


def features(component: TfidfTopics, texts: Sequence[str]) -> csr_matrix:
    """The component's TF-IDF vectors of `texts` as one sparse matrix (word block,
    then character block; sublinear tf, IDF, each block scaled to unit length),
    the same columns and values its regression reads."""
    cfg = component.cfg
    analyzers: list[Callable[[str], list[str]]] = [
        lambda t: word_ngrams(t, int(cfg["word_ngrams"])),
        lambda t: char_wb_ngrams(t, int(cfg["char_min"]), int(cfg["char_max"])),
    ]
    matrices = []
    for block, analyze in zip(component.blocks, analyzers, strict=True):
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for i, text in enumerate(texts):
            counts = Counter(block.vocab[g] for g in analyze(text) if g in block.vocab)
            if not counts:
                continue
            idx = np.fromiter(counts.keys(), dtype="int64", count=len(counts))
            tf = np.fromiter(counts.values(), dtype="float64", count=len(counts))
            v = (1.0 + np.log(tf)) * block.idf[idx]
            v /= np.sqrt(float(v @ v))
            rows += [i] * len(idx)
            cols += idx.tolist()
            vals += v.tolist()
        matrices.append(
            csr_matrix((vals, (rows, cols)), shape=(len(texts), len(block.idf)), dtype="float64")
        )
    return hstack(matrices).tocsr()


def presence(x: csr_matrix) -> csr_matrix:
    """1 where x has an n-gram, 0 elsewhere: the columns the presence weights read."""
    out: csr_matrix = (x > 0).astype("float64").tocsr()
    return out


def _scores(x: csr_matrix, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    out: np.ndarray = np.asarray(x @ coef, dtype="float64") + intercept
    return out


def _log_softmax(scores: np.ndarray) -> np.ndarray:
    s = scores - scores.max(axis=1, keepdims=True)
    out: np.ndarray = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return out


def fit_nbsvm(
    x: csr_matrix, y: np.ndarray, n_labels: int, c: float
) -> tuple[np.ndarray, np.ndarray]:
    """NB-SVM on x: (weights (width, labels), intercepts (labels,))."""
    from sklearn.linear_model import LogisticRegression

    present = (x > 0).astype("float64").tocsc()
    coef = np.zeros((x.shape[1], n_labels), dtype="float64")
    intercept = np.full((n_labels,), -30.0, dtype="float64")
    for j in range(n_labels):
        pos = y == j
        if not pos.any():
            continue
        p = 1.0 + np.asarray(present[pos].sum(axis=0)).ravel()
        q = 1.0 + np.asarray(present[~pos].sum(axis=0)).ravel()
        r = np.log((p / p.sum()) / (q / q.sum()))
        clf = LogisticRegression(C=c, solver="liblinear", dual=True, max_iter=1000, random_state=0)
        clf.fit(x.multiply(r).tocsr(), pos)
        coef[:, j] = clf.coef_[0] * r
        intercept[j] = float(clf.intercept_[0])
    return coef, intercept


def fit_cnb(
    x: csr_matrix, y: np.ndarray, n_labels: int, alpha: float
) -> tuple[np.ndarray, np.ndarray]:
    """Complement naive Bayes on x: (weights (width, labels), intercepts (labels,))."""
    from sklearn.naive_bayes import ComplementNB

    clf = ComplementNB(alpha=alpha).fit(x, y)
    coef = np.zeros((x.shape[1], n_labels), dtype="float64")
    intercept = np.full((n_labels,), -30.0, dtype="float64")
    for k, j in enumerate(clf.classes_):
        coef[:, int(j)] = clf.feature_log_prob_[k]
        intercept[int(j)] = 0.0
    return coef, intercept


def fit_pool(log_probs: list[np.ndarray], y: np.ndarray) -> np.ndarray:
    """Non-negative weights c (one a member) minimising the dev split's negative
    log-likelihood of softmax(sum_k c_k log p_k)."""
    from scipy.optimize import minimize

    rows = np.arange(len(y))

    def nll(v: np.ndarray) -> float:
        pooled = _log_softmax(sum(np.exp(vk) * lp for vk, lp in zip(v, log_probs, strict=True)))
        return float(-pooled[rows, y].mean())

    result = minimize(nll, np.zeros(len(log_probs)), method="Nelder-Mead", options={"xatol": 1e-4})
    weights: np.ndarray = np.exp(result.x)
    return weights


@dataclass
class Members:
    """The members fitted on some texts: the linear views over the n-grams (the
    component's regression first), whether each reads the n-grams' presence,
    and the subword member (or None)."""

    names: list[str]
    views: list[tuple[np.ndarray, np.ndarray]]
    binary: list[bool]
    pieces: PieceScorer | None


def fit_members(
    component: TfidfTopics, texts: Sequence[str], y: np.ndarray, settings: dict[str, Any]
) -> Members:
    """The members of settings["members"] fitted on `texts` (gold label indices
    `y`), beside the component's own regression (fitted already)."""
    members = [str(m) for m in settings.get("members", [])]
    n = len(component.labels)
    x = features(component, texts)
    base_coef = np.concatenate([b.coef for b in component.blocks]).astype("float64")
    views = [(base_coef, component.intercept.astype("float64"))]
    linear = [m for m in members if m != "pieces"]
    for name in linear:
        if name == "nbsvm":
            views.append(fit_nbsvm(x, y, n, float(settings["nbsvm_c"])))
        elif name == "nbsvm_binary":
            views.append(fit_nbsvm(presence(x), y, n, float(settings["nbsvm_c"])))
        else:
            views.append(fit_cnb(x, y, n, float(settings["cnb_alpha"])))
    binary = [False, *(name in BINARY_MEMBERS for name in linear)]
    pieces = None
    if "pieces" in members:
        from nlp.pieces import fit_piece_member

        pieces = fit_piece_member(texts, y, n, float(settings.get("pieces_c", 1.0)))
    names = ["logreg", *linear, *(["pieces"] if pieces is not None else [])]
    return Members(names, views, binary, pieces)


def member_log_probs(
    component: TfidfTopics, members: Members, texts: Sequence[str]
) -> list[np.ndarray]:
    """Each member's log-probabilities (texts, labels) of `texts`."""
    x = features(component, texts)
    x_binary = presence(x)
    log_probs = [
        _log_softmax(_scores(x_binary if b else x, w, bias))
        for (w, bias), b in zip(members.views, members.binary, strict=True)
    ]
    if members.pieces is not None:
        log_probs.append(_log_softmax(members.pieces.scores(list(texts))))
    return log_probs


def out_of_fold_log_probs(
    component: TfidfTopics,
    train: tuple[Sequence[str], Sequence[str]],
    settings: dict[str, Any],
) -> list[np.ndarray]:
    """Each member's out-of-fold log-probabilities of every training text
    (nlp/pool.py): the component and the members fitted again, as they are
    fitted for the model, on the texts of the other folds."""
    from nlp.pool import out_of_fold

    texts, gold = list(train[0]), list(train[1])
    index = {label: j for j, label in enumerate(component.labels)}

    def fit_predict(rows: np.ndarray, held: np.ndarray) -> list[np.ndarray]:
        part = TfidfTopics(component.name, **component.cfg)
        part_texts = [texts[i] for i in rows]
        part_gold = [gold[i] for i in rows]
        part.fit(part_texts, part_gold, component.labels)
        y = np.asarray([index[g] for g in part_gold])
        fitted = fit_members(part, part_texts, y, settings)
        return member_log_probs(part, fitted, [texts[i] for i in held])

    folds, seed = int(settings["pool_folds"]), int(settings.get("pool_seed", 0))
    return out_of_fold(texts, fit_predict, folds, seed)


def fold_members(
    component: TfidfTopics,
    train: tuple[Sequence[str], Sequence[str]],
    dev: tuple[Sequence[str], Sequence[str]],
    settings: dict[str, Any],
) -> dict[str, Any]:
    """Fit the members named in settings["members"] on the training texts, pool
    them with the component's regression and write the pooled weights into the
    component. `train` and `dev` are (texts, gold topics). The pool weights are
    fitted on the dev split, or, when settings["pool_folds"] is k > 0, on the
    members' k-fold out-of-fold predictions of the training texts (nlp/pool.py;
    settings "pool_seed", "pool_shrink"). Returns what was fitted (for the
    pipeline's meta)."""
    members = [str(m) for m in settings.get("members", [])]
    unknown = set(members) - set(MEMBERS)
    if unknown:
        raise ValueError(f"unknown ensemble members {sorted(unknown)}")
    if not members or not dev[0]:
        return {}
    index = {label: j for j, label in enumerate(component.labels)}
    n = len(component.labels)
    y_train = np.asarray([index[g] for g in train[1]])
    y_dev = np.asarray([index[g] for g in dev[1]])
    fitted = fit_members(component, train[0], y_train, settings)
    log_probs = member_log_probs(component, fitted, dev[0])
    folds = int(settings.get("pool_folds", 0))
    pool: dict[str, Any] = {}
    if folds > 0:
        from nlp.pool import fit_weights

        oof = out_of_fold_log_probs(component, train, settings)
        shrink = float(settings.get("pool_shrink", 0.0))
        weights = fit_weights(oof, y_train, shrink)
        pool = {
            "pool_fitted_on": f"{folds}-fold out-of-fold, training split",
            "pool_seed": int(settings.get("pool_seed", 0)),
            "pool_shrink": shrink,
            "oof_accuracy": [round(float((lp.argmax(axis=1) == y_train).mean()), 4) for lp in oof],
        }
    else:
        weights = fit_pool(log_probs, y_dev)
    views, binary, pieces = fitted.views, fitted.binary, fitted.pieces
    width = views[0][0].shape[0]
    coef = np.zeros((width, n), dtype="float64")
    presence_coef = np.zeros((width, n), dtype="float64")
    intercept = np.zeros((n,), dtype="float64")
    for c, (w, bias), b in zip(weights[: len(views)], views, binary, strict=True):
        if b:
            presence_coef += c * w
        else:
            coef += c * w
        intercept += c * bias
    offset = 0
    for block in component.blocks:
        size = len(block.idf)
        block.coef = coef[offset : offset + size].astype("float32")
        block.binary = (
            presence_coef[offset : offset + size].astype("float32") if any(binary) else None
        )
        block._coef32 = None
        block._binary32 = None
        offset += size
    component.intercept = intercept.astype("float32")
    if pieces is not None:  # its pooling weight folded into its table and bias
        c = float(weights[len(views)])
        pieces.set_weights(pieces.table.astype("float64") * c, pieces.bias.astype("float64") * c)
    component.pieces = pieces
    component._cache = {}
    component._pairs = {}

    def dev_accuracy(lp: np.ndarray) -> float:
        return float((lp.argmax(axis=1) == y_dev).mean())

    pooled = _log_softmax(sum(c * lp for c, lp in zip(weights, log_probs, strict=True)))
    report = {
        "members": fitted.names,
        "pool_weights": [round(float(c), 4) for c in weights],
        "dev_accuracy": [round(dev_accuracy(lp), 4) for lp in log_probs],
        "dev_accuracy_pooled": round(dev_accuracy(pooled), 4),
        **pool,
    }
    log.info("ensemble folded into the TF-IDF component: %s", report)
    return report
