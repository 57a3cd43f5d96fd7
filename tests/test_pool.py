"""The topic model's pool weights fitted on out-of-fold predictions of the training
split (nlp/pool.py, nlp/ensemble.py): the fit finds the pool that made the labels,
shrinking pulls toward equal weights, no text is predicted by a member fitted on
it, a row keeps its fold when rows are added, and the dev split is seen by
nothing (it stays the calibration split)."""

from __future__ import annotations

import numpy as np

from nlp.corpus import TRAIN_FILE, read_records
from nlp.ensemble import _log_softmax, fold_members, out_of_fold_log_probs
from nlp.pool import fit_weights, fold_of, out_of_fold
from nlp.tfidf import TfidfTopics

CFG = {"weight": 0.0, "c": 10.0, "word_ngrams": 2, "char_min": 2, "char_max": 5, "min_df": 2}


def _synthetic(weights: np.ndarray, n: int, seed: int) -> tuple[list[np.ndarray], np.ndarray]:
    """Members' log-probabilities and labels drawn from their pool with `weights`."""
    rng = np.random.default_rng(seed)
    truth = rng.normal(size=(n, 5))
    members = [_log_softmax(2.0 * truth + rng.normal(size=(n, 5))) for _ in weights]
    pooled = np.exp(_log_softmax(sum(c * lp for c, lp in zip(weights, members, strict=True))))
    y = np.asarray([rng.choice(5, p=p / p.sum()) for p in pooled])
    return members, y


def test_fit_weights_finds_the_pool_that_made_the_labels() -> None:
    truth = np.asarray([0.6, 0.0, 0.3])
    members, y = _synthetic(truth, 20_000, seed=1)
    np.testing.assert_allclose(fit_weights(members, y), truth, atol=0.08)


def test_shrink_pulls_the_weights_toward_equal_ones() -> None:
    members, y = _synthetic(np.asarray([0.9, 0.0, 0.3]), 5_000, seed=2)
    spreads = [float(np.ptp(fit_weights(members, y, shrink))) for shrink in (0.0, 1.0, 100.0)]
    assert spreads[0] > spreads[1] > spreads[2]
    assert spreads[2] < 0.01
    assert fit_weights(members, y, 100.0).sum() > 0.5  # the overall scale stays free


def test_no_text_is_predicted_by_members_fitted_on_it() -> None:
    texts = [f"text {i}" for i in range(100)]
    seen: list[tuple[set[int], set[int]]] = []

    def fit_predict(rows: np.ndarray, held: np.ndarray) -> list[np.ndarray]:
        seen.append((set(rows.tolist()), set(held.tolist())))
        return [np.full((len(held), 2), float(len(seen)))]

    out = out_of_fold(texts, fit_predict, folds=3, seed=0)
    assert len(seen) == 3
    for rows, held in seen:
        assert not rows & held
        assert rows | held == set(range(100))
    assert sorted(i for _, held in seen for i in held) == list(range(100))  # each once
    assert set(np.unique(out[0])) == {1.0, 2.0, 3.0}


def test_a_row_keeps_its_fold_when_rows_are_added_and_repeats_share_one() -> None:
    texts = [r.text for r in read_records(TRAIN_FILE)][:300]
    folds = [fold_of(t, 3, 0) for t in texts]
    assert set(folds) == {0, 1, 2}
    assert abs(folds.count(0) - 100) < 30
    assert [fold_of(t, 3, 0) for t in texts] == folds
    assert [fold_of(t, 3, 1) for t in texts] != folds  # another seed, other folds


def _corpus() -> tuple[tuple[list[str], list[str]], tuple[list[str], list[str]], list[str]]:
    rows = list(read_records(TRAIN_FILE))[::100]
    texts, gold = [r.text for r in rows], [r.topics[0] for r in rows]
    cut = len(rows) * 4 // 5
    return (texts[:cut], gold[:cut]), (texts[cut:], gold[cut:]), sorted(set(gold))


def _pool(
    train: tuple[list[str], list[str]],
    dev: tuple[list[str], list[str]],
    labels: list[str],
    settings: dict[str, object],
) -> dict[str, object]:
    component = TfidfTopics("tfidf", **CFG)  # type: ignore[arg-type]
    component.fit(*train, labels)
    return fold_members(component, train, dev, settings)


def test_the_pool_weights_do_not_read_the_dev_split() -> None:
    """The dev split stays unseen: other gold topics on it leave the pool weights as
    they are (with the pool fitted on the dev split, they move)."""
    train, dev, labels = _corpus()
    shuffled = (dev[0], [dev[1][(i + 7) % len(dev[1])] for i in range(len(dev[1]))])
    assert shuffled[1] != dev[1]
    settings: dict[str, object] = {
        "members": ["nbsvm_binary", "cnb"],
        "nbsvm_c": 4.0,
        "cnb_alpha": 0.3,
        "pool_folds": 3,
        "pool_seed": 0,
    }
    report = _pool(train, dev, labels, settings)
    assert report["pool_fitted_on"] == "3-fold out-of-fold, training split"
    assert report["pool_weights"] == _pool(train, shuffled, labels, settings)["pool_weights"]
    # and they are the out-of-fold fit's
    component = TfidfTopics("tfidf", **CFG)  # type: ignore[arg-type]
    component.labels = labels
    oof = out_of_fold_log_probs(component, train, settings)
    y = np.asarray([labels.index(g) for g in train[1]])
    expected = [round(float(c), 4) for c in fit_weights(oof, y)]
    assert report["pool_weights"] == expected
    # fitted on the dev split (pool_folds 0, the pool before), the labels move them
    before = {**settings, "pool_folds": 0}
    assert (
        _pool(train, dev, labels, before)["pool_weights"]
        != _pool(train, shuffled, labels, before)["pool_weights"]
    )
