"""The TF-IDF component's arithmetic (nlp/tfidf.py): the weights of its n-gram
blocks and each text's weighted sums over its n-grams' columns.

A block is one kind of feature (word or character n-grams): n-gram -> column,
the columns' IDF and their weights per label, and optionally weights of the
n-grams' presence (1 for each n-gram in the text, whatever its TF-IDF value).
A text's value of a column is sublinear TF-IDF (1 + log count) x IDF, scaled
to unit length per block; its scores are the values' weighted sum plus the
presence weights' sum, each block's added to the scores on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

# From this many texts on, the weights are summed by a sparse matrix product.
CSR_MIN = 16


@dataclass(slots=True)
class Block:
    """One kind of feature (word or character n-grams): n-gram -> column, the
    columns' IDF and their weights per label."""

    vocab: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    # Weights per label of the n-grams' presence (1 when in the text, whatever
    # its TF-IDF value): a second linear view of the same columns, or None.
    binary: np.ndarray | None = None
    _coef32: np.ndarray | None = None
    _binary32: np.ndarray | None = None

    @property
    def coef32(self) -> np.ndarray:
        """The weights as a C-ordered float32 array (what the products read as it is;
        the saved table already is one, so this is the same array)."""
        if self._coef32 is None:
            self._coef32 = np.ascontiguousarray(self.coef, dtype="float32")
        return self._coef32

    @property
    def binary32(self) -> np.ndarray | None:
        """The presence weights as a C-ordered float32 array (None: no presence weights)."""
        if self._binary32 is None and self.binary is not None:
            self._binary32 = np.ascontiguousarray(self.binary, dtype="float32")
        return self._binary32


def add_block_sums(
    scores: np.ndarray,
    blocks: Sequence[Block],
    columns: Sequence[tuple[np.ndarray, np.ndarray, bool]],
) -> None:
    """Add to `scores` (n texts, labels; float32) each block's weighted sums of
    the texts' n-grams. `columns`, one per block: the texts' known columns with
    repeats, one text after another (sorted in place), how many each text has,
    and whether each text's columns are sorted already."""
    n = len(scores)
    for block, (flat, lengths, is_sorted) in zip(blocks, columns, strict=True):
        if not len(flat):
            continue
        width = len(block.idf)
        # Each text's distinct n-grams in column order with their counts (what
        # np.unique of the keys text x width + column returns), rows by text.
        cols, tf, indptr = text_runs(flat, lengths, is_sorted)
        rows = np.repeat(np.arange(n, dtype="int32"), np.diff(indptr))
        vals = (1.0 + np.log(tf.astype("float32"))) * block.idf[cols]
        norms = np.sqrt(np.bincount(rows, weights=vals * vals, minlength=n))
        # unit length in float64, then float32 for the products below
        vals = (vals / norms[rows]).astype("float32")
        has = lengths > 0
        # Each text's weighted sum of its n-grams' weights, n-gram by n-gram in
        # column order, in float32 (the tables' type: half the memory to read of
        # float64 sums, and the scores they go into are float32). For many texts
        # scipy's CSR product (it adds each row's terms one after another), for a
        # few np.cumsum per text (no matrix to set up; it adds term by term too,
        # so the sums are the same, bit for bit: np.add.reduceat sums pairwise,
        # which in float32 differs in the last bits).
        # The presence weights (if any) are summed the same way over the same
        # n-grams, each with value 1, and added to the TF-IDF sum before it goes
        # into the scores.
        coef, binary = block.coef32, block.binary32
        if n >= CSR_MIN:
            from scipy.sparse import csr_matrix  # here: a single text never needs it

            # int32 indices: scipy uses them as they are (no converted copies)
            matrix = csr_matrix((vals, cols, indptr.astype("int32")), shape=(n, width))
            total = matrix @ coef
            if binary is not None:
                matrix.data = _ones(len(vals))
                total += matrix @ binary
            scores[has] += total[has]
        else:
            terms = coef[cols] * vals[:, None]
            ones = binary[cols] if binary is not None else None
            for i, (a, b) in enumerate(pairwise(indptr.tolist())):
                if b > a:
                    total = np.cumsum(terms[a:b], axis=0)[-1]
                    if ones is not None:
                        total += np.cumsum(ones[a:b], axis=0)[-1]
                    scores[i] += total


def text_runs(
    flat: np.ndarray, lengths: np.ndarray, is_sorted: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct values of each text's slice of `flat` (text i's: the next
    lengths[i] values), in order, their counts, and where each text's start
    (indptr, len(lengths) + 1): what np.unique(text x width + value,
    return_counts=True) gives, text by text. Each text's slice is sorted on its
    own (a few hundred values sort in cache, several times faster than the
    batch's keys at once); `is_sorted`: the slices are sorted already. Sorts
    `flat` in place."""
    offsets = np.zeros(len(lengths) + 1, dtype="int64")
    np.cumsum(lengths, out=offsets[1:])
    if not is_sorted:
        for a, b in pairwise(offsets.tolist()):
            if b - a > 1:
                flat[a:b].sort()
    first = np.ones(len(flat), dtype=bool)
    np.not_equal(flat[1:], flat[:-1], out=first[1:])
    first[offsets[:-1][lengths > 0]] = True  # each text's first value starts a run
    starts = np.flatnonzero(first)
    counts = np.diff(starts, append=len(flat))
    indptr = np.searchsorted(starts, offsets)
    return flat[starts], counts, indptr


_ONES = np.ones((0,), dtype="float32")
_ONES.flags.writeable = False


def _ones(n: int) -> np.ndarray:
    """n float32 ones (np.ones_like of the values), a view of one kept array: a fresh
    array of ~75,000 ones costs its page faults each time (~1 ms)."""
    global _ONES
    if len(_ONES) < n:
        _ONES = np.ones((max(n, 2 * len(_ONES)),), dtype="float32")
        _ONES.flags.writeable = False
    return _ONES[:n]


def softmax_rows(scores: np.ndarray) -> np.ndarray:
    """Each row's softmax (`scores` is changed: its rows' maxima subtracted)."""
    scores -= scores.max(axis=1, keepdims=True)
    e = np.exp(scores)
    out: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return out
