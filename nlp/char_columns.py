"""The columns of the known character n-grams of many new pieces at once, for the
TF-IDF component's character block (nlp/piece_columns.py, nlp/tfidf.py).

A new piece costs ~60 string slices and as many look-ups in a dict of ~70,000
n-grams (~15 us a piece, most of a first pass's TF-IDF time). Here an n-gram
of code points below 4096 is written exactly as one 64-bit integer (12 bits
per code point, up to five, and its length in the top bits: no two n-grams
share one, so nothing is hashed and nothing can collide); the vocabulary's
n-grams become a sorted array of such integers, the pieces' n-grams are made
with numpy over their code points and looked up with one `searchsorted`. A
piece holding a code point of 4096 or more (no exact key) is left to the caller.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_BITS = 12
_LIMIT = 1 << _BITS  # code points below this have an exact key
_MAX_N = 5  # five code points of 12 bits and the length above them fit in 64 bits


def _gram_keys(points: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The key of each row's first lengths[i] code points (rows of _MAX_N)."""
    keys = lengths.astype("uint64") << np.uint64(_BITS * _MAX_N)
    for j in range(_MAX_N):
        keys |= points[:, j].astype("uint64") << np.uint64(_BITS * j)
    return keys


class CharColumns:
    """n-gram (lo..hi code points) -> column, for n-grams of code points below 4096."""

    def __init__(self, vocab: dict[str, int], lo: int, hi: int) -> None:
        if not 1 <= lo <= 3 or not lo <= hi <= _MAX_N:
            # (a padded piece has 3 code points or more: lo <= 3 keeps char_wb's
            # "the whole padded piece once" an n-gram of lo..hi)
            raise ValueError(f"n-grams of {lo}..{hi} code points have no exact key")
        self.lo, self.hi = lo, hi
        grams = [g for g in vocab if lo <= len(g) <= hi]
        points = np.zeros((len(grams), _MAX_N), dtype="uint32")
        if grams:
            # trailing NULs are dropped by the "U" dtype: the lengths come from len()
            points[:] = np.asarray(grams, dtype=f"U{_MAX_N}").view("uint32").reshape(-1, _MAX_N)
        lengths = np.fromiter(map(len, grams), dtype="int64", count=len(grams))
        cols = np.fromiter(map(vocab.__getitem__, grams), "int32", len(grams))
        exact = points.max(axis=1, initial=0) < _LIMIT  # others are never looked up
        keys = _gram_keys(points[exact], lengths[exact])
        order = np.argsort(keys)
        self.keys = keys[order]
        self.cols = cols[exact][order]

    def columns(self, pieces: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The columns of each (non-empty) piece's known n-grams of " piece "
        (padded with a space, as "char_wb" reads it), piece after piece, each in
        the order of char_wb_ngrams (by length, then position; a padded piece
        shorter than an n gives itself once, at the first such n, which is its
        only n-gram of its own length); how many each piece has; and which pieces
        hold a code point of 4096 or more: none of theirs are looked up (count 0),
        the caller reads those."""
        if not pieces:
            return np.zeros((0,), "int32"), np.zeros((0,), "int64"), np.zeros((0,), bool)
        text = "".join(f" {p} " for p in pieces)
        points = np.frombuffer(text.encode("utf-32-le"), dtype="uint32")
        sizes = np.fromiter((len(p) + 2 for p in pieces), dtype="int64", count=len(pieces))
        ends = np.cumsum(sizes)
        starts = ends - sizes
        owner = np.repeat(np.arange(len(pieces), dtype="int64"), sizes)
        inexact = np.maximum.reduceat(points, starts) >= _LIMIT
        index = np.arange(len(points), dtype="int64")
        stop = np.where(inexact, starts, ends)  # no windows in an inexact piece
        found_cols: list[np.ndarray] = []
        found_owner: list[np.ndarray] = []
        padded = np.concatenate([points, np.zeros(_MAX_N, dtype="uint32")])
        for n in range(self.lo, self.hi + 1):
            # windows of n code points inside their piece: start i with i + n <= end
            ok = index + n <= stop[owner]
            first = index[ok]
            rows = np.zeros((len(first), _MAX_N), dtype="uint32")
            for j in range(n):
                rows[:, j] = padded[first + j]
            keys = _gram_keys(rows, np.full(len(first), n, dtype="int64"))
            at = np.searchsorted(self.keys, keys)
            at[at == len(self.keys)] = 0
            known = self.keys[at] == keys if len(self.keys) else np.zeros(len(keys), bool)
            found_cols.append(self.cols[at[known]])
            found_owner.append(owner[first[known]])
        cols = np.concatenate(found_cols)
        who = np.concatenate(found_owner)
        # by piece, and within one by n, then position (the order found: stable)
        order = np.argsort(who, kind="stable")
        counts = np.bincount(who, minlength=len(pieces)).astype("int64")
        return cols[order], counts, inexact
