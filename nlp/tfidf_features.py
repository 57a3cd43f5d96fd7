"""The TF-IDF component's columns of a text (nlp/tfidf.py): which known word
n-grams and character n-grams it holds, read piece by piece.

A text's words are its whitespace pieces' words ("\\w\\w+" never spans
whitespace) and its character n-grams its pieces' ("char_wb" never crosses
whitespace), plus the pairs of consecutive words, which may span two pieces:
each piece is analysed once and cached. This is the reference reading; the
batch path gathers the same columns in array operations
(nlp/piece_columns.py, tests/test_speed_shortcuts.py compares the two).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any, cast

import numpy as np

from nlp.piece_columns import PieceColumns
from nlp.tfidf_ngrams import TOKEN_RE, char_wb_ngrams
from nlp.tfidf_sums import Block

# Pieces (and word pairs) kept at most; past this the cache starts anew.
CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class Chunk:
    """A whitespace-separated piece of a lower-cased text, as the features read it."""

    words: tuple[str, ...]  # the word analyzer's words ("\\w\\w+")
    unigrams: list[int]  # columns of the known words
    chars: np.ndarray  # columns of the known character n-grams


class TextColumns:
    """The columns part of the component (a base of nlp.tfidf.TfidfTopics): its
    caches of pieces and word pairs, and the batch gatherer."""

    cfg: dict[str, Any]
    blocks: list[Block]  # words, then characters
    _cache: dict[str, Chunk]
    _pairs: dict[tuple[str, str], int]
    _piece_columns: PieceColumns | None

    def _chunk(self, chunk: str) -> Chunk:
        """What one whitespace-separated piece of a lower-cased text contributes
        (cached per piece): its words as the word analyzer reads them, the columns
        of the known words, and the columns of its known character n-grams."""
        found = self._cache.get(chunk)
        if found is None:
            found = Chunk(*self._analyse(chunk))
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[chunk] = found
        return found

    def _analyse(self, chunk: str) -> tuple[tuple[str, ...], list[int], np.ndarray]:
        """A piece's words, the columns of its known words, and the columns of its
        known character n-grams (see _chunk)."""
        words = tuple(TOKEN_RE.findall(chunk))
        word_vocab = self.blocks[0].vocab
        char_vocab = self.blocks[1].vocab
        grams = char_wb_ngrams(chunk, int(self.cfg["char_min"]), int(self.cfg["char_max"]))
        chars = list(map(char_vocab.get, grams))
        if None in chars:
            chars = [c for c in chars if c is not None]
        return (
            words,
            [c for c in map(word_vocab.get, words) if c is not None],
            # int32: the columns sort faster (a block has far fewer than 2**31)
            np.asarray(chars, dtype="int32"),
        )

    def piece_columns(self) -> PieceColumns | None:
        """The batch column gatherer (nlp/piece_columns.py) for this vocabulary;
        None when it does not apply (word n-grams other than uni- and bigrams)."""
        if int(self.cfg["word_ngrams"]) != 2 or len(self.blocks) != 2:
            return None
        found = self._piece_columns
        words, chars = self.blocks[0].vocab, self.blocks[1].vocab
        if found is None or found.word_vocab is not words or found.char_vocab is not chars:
            found = self._piece_columns = PieceColumns(
                words,
                chars,
                self._analyse,
                (int(self.cfg["char_min"]), int(self.cfg["char_max"])),
            )
        return found

    def _columns(self, text: str) -> tuple[list[int], list[np.ndarray]]:
        """Known word n-gram columns (sorted) and character n-gram columns of a
        text, with repeats (see _batch_columns)."""
        word_cols, _, char_parts, _ = self._batch_columns([text])
        return word_cols, char_parts

    def _batch_columns(
        self, texts: list[str]
    ) -> tuple[list[int], list[int], list[np.ndarray], list[int]]:
        """The texts' known word n-gram columns (each text's sorted, one text after
        another) and how many each text has; their character n-gram columns (arrays,
        a text's pieces one after another) and how many each text has; with repeats.
        A text's words are its pieces' words ("\\w\\w+" never spans whitespace)
        and its character n-grams its pieces' ("char_wb" never crosses whitespace):
        both are read piece by piece, from the cache."""
        get, chunk, pairs = self._cache.get, self._chunk, self._pairs
        vocab = self.blocks[0].vocab
        word_ngrams = int(self.cfg["word_ngrams"])
        word_cols: list[int] = []
        word_lengths: list[int] = []
        char_parts: list[np.ndarray] = []
        char_lengths: list[int] = []
        for text in texts:
            pieces = text.lower().split()
            # = [self._chunk(p) for p in pieces], the cached pieces read at once
            found = list(map(get, pieces))
            if not all(found):  # a Chunk is always true
                found = [chunk(p) if c is None else c for p, c in zip(pieces, found, strict=True)]
            chunks = cast(list[Chunk], found)
            words = [w for c in chunks for w in c.words]
            cols = [u for c in chunks for u in c.unigrams]
            for n in range(2, word_ngrams + 1):
                if n == 2:  # word pairs: their columns cached (-1: not in the vocabulary)
                    keys = list(pairwise(words))
                    known = list(map(pairs.get, keys))
                    if None in known:
                        for i, (pair, col) in enumerate(zip(keys, known, strict=True)):
                            if col is None:
                                col = known[i] = vocab.get(f"{pair[0]} {pair[1]}", -1)
                                if len(pairs) >= CACHE_LIMIT:
                                    pairs.clear()
                                pairs[pair] = col
                    cols += [c for c in cast(list[int], known) if c >= 0]  # all found now
                    continue
                for i in range(len(words) - n + 1):
                    gram = vocab.get(" ".join(words[i : i + n]))
                    if gram is not None:
                        cols.append(gram)
            cols.sort()
            word_cols += cols
            word_lengths.append(len(cols))
            arrays = [c.chars for c in chunks]
            char_parts += arrays
            char_lengths.append(sum(map(len, arrays)))
        return word_cols, word_lengths, char_parts, char_lengths
