"""Fitting the TF-IDF component (nlp/tfidf.py): scikit-learn's TfidfVectorizer
over the word and character n-grams (nlp/tfidf_ngrams.py) and a multinomial
logistic regression on both blocks side by side. Imported only for training:
the run time needs neither scikit-learn nor scipy's stacking."""

from __future__ import annotations

from typing import Any

import numpy as np

from nlp.tfidf_ngrams import char_wb_ngrams, word_ngrams
from nlp.tfidf_sums import Block


def fit_blocks(
    texts: list[str], gold: list[str], labels: list[str], cfg: dict[str, Any]
) -> tuple[np.ndarray, list[Block]]:
    """The intercept (one a label) and the blocks (words, then characters) fitted
    on `texts` and their gold topics; `labels`: every topic (one without a text
    gets a bias of -30); `cfg`: the component's settings."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    min_df = int(cfg["min_df"])
    vectorizers = [
        TfidfVectorizer(
            analyzer=lambda t: word_ngrams(t, int(cfg["word_ngrams"])),
            sublinear_tf=True,
            min_df=min_df,
        ),
        TfidfVectorizer(
            analyzer=lambda t: char_wb_ngrams(t, int(cfg["char_min"]), int(cfg["char_max"])),
            sublinear_tf=True,
            min_df=min_df,
        ),
    ]
    matrices = [v.fit_transform(texts) for v in vectorizers]
    clf = LogisticRegression(C=float(cfg["c"]), max_iter=3000)
    clf.fit(hstack(matrices).tocsr(), gold)
    classes = [str(c) for c in clf.classes_]
    width = sum(m.shape[1] for m in matrices)
    coef = np.zeros((width, len(labels)), dtype="float32")
    intercept = np.full((len(labels),), -30.0, dtype="float32")  # unseen labels
    if len(classes) == 2:  # binary: sklearn keeps one row of weights
        w, b = clf.coef_[0], float(clf.intercept_[0])
        pairs = [(classes[0], -w / 2, -b / 2), (classes[1], w / 2, b / 2)]
    else:
        pairs = [(c, clf.coef_[j], float(clf.intercept_[j])) for j, c in enumerate(classes)]
    for cls_name, w_col, b_val in pairs:
        j = labels.index(cls_name)
        coef[:, j] = w_col
        intercept[j] = b_val
    blocks: list[Block] = []
    offset = 0
    for vec, mat in zip(vectorizers, matrices, strict=True):
        n = mat.shape[1]
        vocab = {str(g): int(i) for g, i in vec.vocabulary_.items()}
        blocks.append(Block(vocab, vec.idf_.astype("float32"), coef[offset : offset + n].copy()))
        offset += n
    return intercept, blocks
