"""The TF-IDF component's n-gram scores of a single text (nlp/tfidf.py).

The dialog classifies one text at a time. The batch arithmetic of
`TfidfTopics._probabilities` (per-text runs over offsets, row numbers, a
bincount of the norms, a loop over texts) costs ~40 numpy calls of a few
microseconds each whatever the batch's size; for one text the same sums take
half as many. Each step is the batch path's for one row, so the scores are
the same bit for bit (tests/test_speed_paths.py compares them):

- the distinct columns in column order and their counts (the batch path's
  `text_runs` for one text);
- the norm: the float32 squares summed in float64 one after another from 0
  (what `np.bincount(rows, weights=...)` does for one row; `np.cumsum` adds in
  the same order), divided in float64, then float32;
- the weights: float32 sums term by term (`np.cumsum`, as the batch path for
  fewer than `_CSR_MIN` texts), the presence weights summed the same way and
  added to the TF-IDF sum before it goes into the scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Weights(Protocol):
    """A block of the component (nlp/tfidf.py's _Block): IDF and weights per column."""

    @property
    def idf(self) -> np.ndarray: ...

    @property
    def coef32(self) -> np.ndarray: ...

    @property
    def binary32(self) -> np.ndarray | None: ...


def one_text_scores(
    intercept: np.ndarray, blocks: Sequence[Weights], columns: Sequence[np.ndarray]
) -> np.ndarray:
    """(1, labels) float32: the intercept plus each block's weighted sum, for one
    text whose known columns (with repeats) per block are `columns` (the word
    block's sorted, the others in any order; sorted in place)."""
    scores = intercept.astype("float32").reshape(1, -1)
    for block, flat in zip(blocks, columns, strict=True):
        size = len(flat)
        if not size:
            continue
        flat.sort()
        first = np.empty(size, dtype=bool)
        first[0] = True
        np.not_equal(flat[1:], flat[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        cols = flat[starts]
        counts = np.diff(starts, append=size)
        vals = (1.0 + np.log(counts.astype("float32"))) * block.idf[cols]
        norm = np.sqrt(np.cumsum(vals * vals, dtype="float64")[-1:])
        vals = (vals / norm).astype("float32")
        total = np.cumsum(block.coef32[cols] * vals[:, None], axis=0)[-1]
        binary = block.binary32
        if binary is not None:
            total += np.cumsum(binary[cols], axis=0)[-1]
        scores[0] += total
    return scores
