"""The TF-IDF component's columns of a batch of texts (nlp/tfidf.py), gathered
in array operations instead of text by text.

A text's word n-grams and character n-grams are its whitespace pieces' (the
word pattern "\\w\\w+" never spans whitespace, "char_wb" never crosses it), plus
the pairs of consecutive words, which may span two pieces. Each distinct piece
gets an id once; its words (as ids), the columns of its known words and of its
known character n-grams are kept in flat arrays (one row per piece, `Ragged`).
A batch is then: its pieces' ids (one dict look-up per piece), the rows of
those ids gathered with numpy, the word pairs as integer keys (one dict
look-up per pair), and one sort of the word columns by (text, column). The
columns per text are the same multisets as the piece-by-piece reading
(`TfidfTopics._batch_columns`; tests/test_speed_shortcuts.py compares them),
so the sums and probabilities are unchanged bit for bit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain
from typing import cast

import numpy as np

from nlp.char_columns import CharColumns

# Pieces (and words, and word pairs) kept at most; past this the tables start anew.
CACHE_LIMIT = 200_000
# The word analyzer's pattern (nlp/tfidf.py's _TOKEN_RE, scikit-learn's default).
_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")
_SPACE = re.compile(r"\s")
# New pieces from this many on are analysed together (_analyse_many: ~110 us a call
# for its array set-up, ~8 us a piece after it; a piece on its own ~13 us).
MANY = 16


class Ragged:
    """Rows of integers of any length, stored flat: row i is
    data[starts[i] : starts[i] + lengths[i]]."""

    def __init__(self, dtype: str) -> None:
        self.dtype = dtype
        self.data = np.zeros((0,), dtype=dtype)
        self.starts = np.zeros((0,), dtype="int64")
        self.lengths = np.zeros((0,), dtype="int64")

    def __len__(self) -> int:
        return len(self.lengths)

    def extend(self, rows: Sequence[Sequence[int] | np.ndarray]) -> None:
        """Append rows (ids len(self), len(self) + 1, ...)."""
        if not rows:
            return
        sizes = np.fromiter(map(len, rows), dtype="int64", count=len(rows))
        starts = np.zeros(len(rows), dtype="int64")
        np.cumsum(sizes[:-1], out=starts[1:])
        starts += len(self.data)
        parts = [np.asarray(r, dtype=self.dtype) for r in rows]
        self.data = np.concatenate([self.data, *parts])
        self.starts = np.concatenate([self.starts, starts])
        self.lengths = np.concatenate([self.lengths, sizes])

    def gather(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows of `ids` one after another, and each one's length."""
        sizes = self.lengths[ids]
        total = int(sizes.sum())
        if not total:
            return np.zeros((0,), dtype=self.dtype), sizes
        ends = np.cumsum(sizes)
        # position k of the output is row ids[r]'s element k - (ends[r] - sizes[r])
        shift = np.repeat(self.starts[ids] - (ends - sizes), sizes)
        index = np.arange(total, dtype="int64")
        index += shift
        return self.data[index], sizes


def per_group(sizes: np.ndarray, group_sizes: np.ndarray) -> np.ndarray:
    """Sums of `sizes` over consecutive groups of group_sizes[g] entries (empty: 0)."""
    bounds = np.zeros(len(group_sizes) + 1, dtype="int64")
    np.cumsum(group_sizes, out=bounds[1:])
    totals = np.zeros(len(sizes) + 1, dtype="int64")
    np.cumsum(sizes, out=totals[1:])
    out: np.ndarray = totals[bounds[1:]] - totals[bounds[:-1]]
    return out


class PieceColumns:
    """Per piece of a lower-cased text: its words, known word columns and known
    character n-gram columns, as rows of flat arrays; per word pair, its column."""

    def __init__(
        self,
        word_vocab: dict[str, int],
        char_vocab: dict[str, int],
        analyse: Callable[[str], tuple[tuple[str, ...], list[int], np.ndarray]],
        char_range: tuple[int, int] | None = None,
    ) -> None:
        self.word_vocab = word_vocab
        self.char_vocab = char_vocab
        self.analyse = analyse  # piece -> (words, known word columns, known char columns)
        # (char_min, char_max): new pieces analysed together (_analyse_many); None: one by one
        self.char_range = char_range
        self._chars: CharColumns | None = None  # made at the first new pieces
        self.width = len(word_vocab)
        self.clear()

    def clear(self) -> None:
        self.ids: dict[str, int] = {}
        # a piece as the text has it -> the id of its lower case (the pieces of
        # text.lower() are text's pieces lowered: _raw_ids)
        self.raw_ids: dict[str, int] = {}
        self.word_ids: dict[str, int] = {}
        self.words: list[str] = []
        self.pairs: dict[int, int] = {}  # (word id << 32) | word id -> column, -1: unknown
        self.piece_words = Ragged("int64")
        self.unigrams = Ragged("int32")
        self.chars = Ragged("int32")

    def char_columns(self) -> CharColumns:
        """The character n-grams' exact keys (nlp/char_columns.py): made once, at the
        first new pieces or when asked before (TfidfTopics.prepare_batches)."""
        if self._chars is None:
            lo, hi = self.char_range or (0, 0)
            self._chars = CharColumns(self.char_vocab, lo, hi)
        return self._chars

    def _analyse_many(
        self, pieces: list[str]
    ) -> list[tuple[tuple[str, ...], list[int], np.ndarray]]:
        """`analyse` of each piece (lower case, no whitespace), with the character
        n-grams of all pieces made in one loop and looked up in one `map`:
        the n-grams of `char_wb_ngrams` in its order, the known ones kept."""
        if not pieces:
            return []
        cols, sizes, inexact = self.char_columns().columns(pieces)
        ends = np.cumsum(sizes).tolist()
        word_vocab = self.word_vocab
        out = []
        for k, (piece, a, b) in enumerate(zip(pieces, [0, *ends[:-1]], ends, strict=True)):
            found = tuple(_TOKEN_RE.findall(piece))
            known = [c for c in map(word_vocab.get, found) if c is not None]
            chars = self.analyse(piece)[2] if inexact[k] else cols[a:b]
            out.append((found, known, chars))
        return out

    def _add(self, pieces: list[str]) -> None:
        """New pieces' rows (ids in order of first appearance)."""
        word_ids, words = self.word_ids, self.words
        rows_words: list[list[int]] = []
        rows_uni: list[list[int]] = []
        rows_chars: list[np.ndarray] = []
        new = list(dict.fromkeys(p for p in pieces if p not in self.ids))
        # lower case pieces (all of a batch's, as a rule) in one go when there are
        # MANY or more, others one by one
        simple = [
            p
            for p in (new if len(new) >= MANY else ())
            if self.char_range
            and self.char_range[0] <= 3
            and p.lower() == p
            and not _SPACE.search(p)
        ]
        done = dict(zip(simple, self._analyse_many(simple), strict=True))
        for piece in new:
            found, unigrams, chars = done.get(piece) or self.analyse(piece)
            ids = []
            for w in found:
                wid = word_ids.get(w)
                if wid is None:
                    wid = word_ids[w] = len(words)
                    words.append(w)
                ids.append(wid)
            self.ids[piece] = len(self.ids)
            rows_words.append(ids)
            rows_uni.append(unigrams)
            rows_chars.append(chars)
        self.piece_words.extend(rows_words)
        self.unigrams.extend(rows_uni)
        self.chars.extend(rows_chars)

    def _raw_ids(self, flat: list[str]) -> list[int]:
        """The ids of the lower case of `flat`'s pieces (as the text has them); new
        ones added. A text's pieces lowered one by one are the pieces of the text
        lowered: str.lower maps no character to or from whitespace, and its one
        rule of context (a final capital sigma) looks no further than the letters
        around the sigma, so never across whitespace (tests/test_speed_pieces_once.py)."""
        raw_ids = self.raw_ids
        found = list(map(raw_ids.get, flat))
        if None in found:
            lows = {p: p.lower() for p, i in zip(flat, found, strict=True) if i is None}
            ids = self.ids
            self._add(list(lows.values()))  # (those not known yet)
            for piece, low in lows.items():
                raw_ids[piece] = ids[low]
            found = list(map(raw_ids.__getitem__, flat))
        return cast(list[int], found)

    def batch(
        self, texts: Sequence[str], splits: Sequence[list[str]] | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(word columns, each text's sorted, one text after another; how many each
        text has; character n-gram columns, a text's pieces one after another; how
        many each text has), with repeats: what TfidfTopics._batch_columns gives.
        `splits`: each text's `text.split()`, when the caller has them (not lowered)."""
        if (
            len(self.ids) > CACHE_LIMIT
            or len(self.pairs) > CACHE_LIMIT
            or len(self.raw_ids) > CACHE_LIMIT
        ):
            self.clear()
        if splits is None:
            splits = [t.split() for t in texts]
        n_pieces = np.fromiter(map(len, splits), dtype="int64", count=len(splits))
        ids = np.asarray(self._raw_ids(list(chain.from_iterable(splits))), dtype="int64")
        chars, char_sizes = self.chars.gather(ids)
        char_lengths = per_group(char_sizes, n_pieces)
        unigrams, uni_sizes = self.unigrams.gather(ids)
        uni_lengths = per_group(uni_sizes, n_pieces)
        wids, wid_sizes = self.piece_words.gather(ids)
        n_words = per_group(wid_sizes, n_pieces)
        # Word pairs: consecutive words of the same text.
        same = np.ones(len(wids), dtype=bool)
        word_ends = np.cumsum(n_words)
        same[word_ends[n_words > 0] - 1] = False  # a text's last word starts no pair
        firsts = np.flatnonzero(same[:-1]) if len(wids) else np.zeros((0,), "int64")
        keys = (wids[firsts] << 32) | wids[firsts + 1]
        codes = keys.tolist()
        got = list(map(self.pairs.get, codes))
        if None in got:
            vocab, words, pairs = self.word_vocab, self.words, self.pairs
            for key in {k for k, col in zip(codes, got, strict=True) if col is None}:
                pairs[key] = vocab.get(f"{words[key >> 32]} {words[key & 0xFFFFFFFF]}", -1)
            got = list(map(pairs.__getitem__, codes))
        pair_cols = np.asarray(got, dtype="int64")
        # Which text each pair and each unigram column belongs to.
        text_of_word = np.repeat(np.arange(len(texts), dtype="int64"), n_words)
        pair_text = text_of_word[firsts]
        keep = pair_cols >= 0
        uni_text = np.repeat(np.arange(len(texts), dtype="int64"), uni_lengths)
        # Each text's word columns sorted: one sort of text x width + column.
        width = self.width
        order = np.concatenate(
            [uni_text * width + unigrams, pair_text[keep] * width + pair_cols[keep]]
        )
        order.sort()
        word_cols = (order % width).astype("int32") if width else order.astype("int32")
        word_lengths = uni_lengths + np.bincount(pair_text[keep], minlength=len(texts))
        return word_cols, word_lengths, chars, char_lengths
