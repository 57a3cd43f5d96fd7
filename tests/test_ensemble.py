"""NB-SVM and complement naive Bayes folded into the TF-IDF component
(nlp/ensemble.py): the features are the component's own, and the folded weights
give exactly the log-linear pool of the three models; NB-SVM on the n-grams'
presence keeps weights of its own, which both of the component's scoring paths
(a few texts, a batch) add."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pytest
import spacy
from spacy.language import Language

from nlp.ensemble import (
    _log_softmax,
    features,
    fit_cnb,
    fit_nbsvm,
    fit_pool,
    fold_members,
    presence,
)
from nlp.tfidf import TfidfTopics
from tests.test_tfidf import LABELS, TINY, build

if TYPE_CHECKING:
    from pathlib import Path

SETTINGS = {"members": ["nbsvm", "cnb"], "nbsvm_c": 4.0, "cnb_alpha": 0.3}
DEV = [
    ("Abfalkübel voll beim Trottoir", "abfall"),
    ("Lampe flackert", "beleuchtung"),
    ("Tram zu spät an der Haltestelle", "oev"),
]


def _fitted() -> tuple[Language, TfidfTopics]:
    pipeline = build(weight=0.0, with_textcat=False)
    tfidf = pipeline.get_pipe("tfidf")
    assert isinstance(tfidf, TfidfTopics)
    return pipeline, tfidf


def _split(rows: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    return [t for t, _ in rows], [y for _, y in rows]


def test_features_are_what_the_component_scores() -> None:
    pipeline, tfidf = _fitted()
    texts = [t for t, _ in TINY + DEV] + ["ganz etwas anderes"]
    x = features(tfidf, texts)
    coef = np.concatenate([b.coef for b in tfidf.blocks]).astype("float64")
    mine = np.exp(_log_softmax(np.asarray(x @ coef) + tfidf.intercept))
    theirs = tfidf.probabilities([pipeline.make_doc(t) for t in texts])
    np.testing.assert_allclose(mine, theirs, atol=1e-5)


def test_folded_weights_are_the_log_linear_pool() -> None:
    pipeline, tfidf = _fitted()
    texts, gold = _split(TINY)
    index = {label: j for j, label in enumerate(LABELS)}
    y = np.asarray([index[g] for g in gold])
    x_dev = features(tfidf, [t for t, _ in DEV])
    views = [
        (np.concatenate([b.coef for b in tfidf.blocks]).astype("float64"), tfidf.intercept),
        fit_nbsvm(features(tfidf, texts), y, len(LABELS), 4.0),
        fit_cnb(features(tfidf, texts), y, len(LABELS), 0.3),
    ]
    report = fold_members(tfidf, (texts, gold), _split(DEV), SETTINGS)
    assert report["members"] == ["logreg", "nbsvm", "cnb"]
    weights = report["pool_weights"]
    assert all(w > 0 for w in weights)
    pooled = sum(
        w * _log_softmax(np.asarray(x_dev @ coef) + b)
        for w, (coef, b) in zip(weights, views, strict=True)
    )
    expected = np.exp(_log_softmax(pooled))
    got = tfidf.probabilities([pipeline.make_doc(t) for t, _ in DEV])
    np.testing.assert_allclose(got, expected, atol=1e-3)  # weights rounded in the report
    for (text, label), row in zip(DEV, got, strict=True):
        assert LABELS[int(row.argmax())] == label, text


def test_no_members_leaves_the_component_alone() -> None:
    pipeline, tfidf = _fitted()
    doc = pipeline.make_doc("Die Laterne ist dunkel")
    before = tfidf.probabilities([doc])
    assert fold_members(tfidf, _split(TINY), _split(DEV), {"members": []}) == {}
    np.testing.assert_array_equal(tfidf.probabilities([doc]), before)
    with pytest.raises(ValueError, match="unknown ensemble members"):
        fold_members(tfidf, _split(TINY), _split(DEV), {"members": ["svm"]})


def test_presence_member_is_scored_by_both_paths_and_kept_on_disk(tmp_path: Path) -> None:
    pipeline, tfidf = _fitted()
    texts, gold = _split(TINY)
    index = {label: j for j, label in enumerate(LABELS)}
    y = np.asarray([index[g] for g in gold])
    dev_texts, dev_gold = _split(DEV)
    x_train, x_dev = features(tfidf, texts), features(tfidf, dev_texts)
    views = [
        (np.concatenate([b.coef for b in tfidf.blocks]).astype("float64"), tfidf.intercept, False),
        (*fit_nbsvm(presence(x_train), y, len(LABELS), 4.0), True),
        (*fit_cnb(x_train, y, len(LABELS), 0.3), False),
    ]
    settings = {"members": ["nbsvm_binary", "cnb"], "nbsvm_c": 4.0, "cnb_alpha": 0.3}
    report = fold_members(tfidf, (texts, gold), (dev_texts, dev_gold), settings)
    assert report["members"] == ["logreg", "nbsvm_binary", "cnb"]
    assert all(b.binary is not None for b in tfidf.blocks)

    def scores(x: object, coef: np.ndarray, b: np.ndarray, binary: bool) -> np.ndarray:
        return _log_softmax(np.asarray((presence(x) if binary else x) @ coef) + b)  # type: ignore[arg-type]

    y_dev = np.asarray([index[g] for g in dev_gold])
    weights = fit_pool([scores(x_dev, *v) for v in views], y_dev)
    # 20 texts: the batch's sparse product; one at a time: the reduceat sums
    probe = [*texts, *dev_texts, "Abfall und Lampe", "ganz etwas anderes", "Tram", "", "Bus Bus"]
    probe += ["Die Laterne beim Tram ist dunkel"] * (20 - len(probe))
    x = features(tfidf, probe)
    expected = np.exp(
        _log_softmax(sum(w * scores(x, *v) for w, v in zip(weights, views, strict=True)))
    )
    docs = [pipeline.make_doc(t) for t in probe]
    batch = tfidf.probabilities(docs)
    one_by_one = np.concatenate([tfidf.probabilities([d]) for d in docs])
    np.testing.assert_allclose(batch, expected, atol=1e-5)
    np.testing.assert_allclose(one_by_one, expected, atol=1e-5)
    # the presence weights matter here: without them the pool is another one
    kept = [b.binary for b in tfidf.blocks]
    for b in tfidf.blocks:
        b.binary, b._binary32 = None, None
    assert np.abs(tfidf.probabilities(docs) - expected).max() > 1e-2
    for b, w in zip(tfidf.blocks, kept, strict=True):
        b.binary = w
    # a disk round trip keeps them
    pipeline.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model").get_pipe("tfidf")
    assert isinstance(again, TfidfTopics)
    np.testing.assert_array_equal(again.probabilities(docs), batch)
