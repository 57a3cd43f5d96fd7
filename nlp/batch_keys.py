"""The hashed feature keys of a batch of docs (nlp/features.py) put together in
array operations instead of token by token.

A doc's keys, with repeats, are its words' keys (the word and its character
n-grams, FeatureExtractor._word_keys) and the keys of its pairs of consecutive
words. Each token's ORTH id is mapped once to a word id (-1: no word
character), each word's keys kept as a row of one flat array (`Ragged`), each
pair of word ids to its key. A batch is then: the docs' ORTH ids (one array per
doc), one dict look-up per token and per pair, numpy gathers of the words' rows,
and the pairs' keys scattered behind each doc's word keys. Each doc's keys are
the same multiset as FeatureExtractor.doc_keys gives; fastscore sorts them per
doc, so the unique keys and counts are unchanged (tests/test_speed_batch_columns.py).
Only for word uni- and bigrams (`word_ngrams` 1 or 2); others go token by token.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Doc

from nlp.piece_columns import Ragged

if TYPE_CHECKING:
    from nlp.features import FeatureExtractor

# Words, ORTH ids and pairs kept at most; past this the tables start anew.
CACHE_LIMIT = 200_000


class BatchKeys:
    """A FeatureExtractor's per-token and per-pair tables for whole batches."""

    def __init__(self, ext: FeatureExtractor) -> None:
        self.ext = ext
        self.clear()

    def clear(self) -> None:
        self.orth_words: dict[int, int] = {}  # ORTH id -> word id, -1: no word
        self.word_ids: dict[str, int] = {}
        self.words: list[str] = []
        self.rows = Ragged("uint64")  # word id -> its keys (word, character n-grams)
        self.pairs: dict[int, int] = {}  # (word id << 32) | word id -> the pair's key

    @staticmethod
    def supports(ext: FeatureExtractor) -> bool:
        return ext.word_ngrams in (1, 2)

    def _word_ids(self, docs: Sequence[Doc]) -> tuple[np.ndarray, np.ndarray]:
        """Every token's word id (-1: none), doc after doc, and each doc's token count."""
        # = chain(*[doc.to_array(ORTH).tolist() for doc in docs]): the same ids,
        # read from the tokens (to_array's set-up costs ~4 us a doc, more than this)
        sizes = np.fromiter(map(len, docs), dtype="int64", count=len(docs))
        flat = [token.orth for doc in docs for token in doc]
        found = list(map(self.orth_words.get, flat))
        if None in found:
            ext, word_ids, words = self.ext, self.word_ids, self.words
            new_rows: list[np.ndarray] = []
            ends = np.cumsum(sizes)
            # each new ORTH id once, with a doc whose vocabulary holds its string
            new = {orth: i for i, orth in enumerate(flat) if found[i] is None}
            owners = np.searchsorted(ends, list(new.values()), side="right").tolist()
            for orth, owner in zip(new, owners, strict=True):
                word = ext._token_word(orth, docs[owner])
                if word is None:
                    wid = -1
                elif word in word_ids:
                    wid = word_ids[word]
                else:
                    wid = word_ids[word] = len(words)
                    words.append(word)
                    new_rows.append(ext._word_keys(word))
                self.orth_words[orth] = wid
            self.rows.extend(new_rows)
            found = list(map(self.orth_words.__getitem__, flat))
        return np.asarray(found, dtype="int64"), sizes

    def _pair_keys(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The keys of the word pairs (first[k], second[k]) (word ids)."""
        codes = ((first << 32) | second).tolist()
        got = list(map(self.pairs.get, codes))
        if None in got:
            pair, words, pairs = self.ext._pair_key, self.words, self.pairs
            for code in {c for c, key in zip(codes, got, strict=True) if key is None}:
                pairs[code] = pair(words[code >> 32], words[code & 0xFFFFFFFF])
            got = list(map(pairs.__getitem__, codes))
        return np.asarray(got, dtype="uint64")

    def raw_keys(self, docs: Sequence[Doc]) -> tuple[np.ndarray, np.ndarray]:
        """(keys, per doc): each doc's keys with repeats (its words' keys, then its
        pairs' keys), doc after doc, and how many each doc has."""
        if (
            len(self.orth_words) > CACHE_LIMIT
            or len(self.words) > CACHE_LIMIT
            or len(self.pairs) > CACHE_LIMIT
        ):
            self.clear()
        wids, n_tokens = self._word_ids(docs)
        is_word = wids >= 0
        token_doc = np.repeat(np.arange(len(docs), dtype="int64"), n_tokens)
        wids = wids[is_word]
        word_doc = token_doc[is_word]
        word_keys, key_sizes = self.rows.gather(wids)
        n_docs = len(docs)
        word_key_counts = np.bincount(word_doc, weights=key_sizes, minlength=n_docs).astype("int64")
        if self.ext.word_ngrams >= 2 and len(wids) > 1:
            firsts = np.flatnonzero(word_doc[1:] == word_doc[:-1])  # pairs within a doc
            pair_keys = self._pair_keys(wids[firsts], wids[firsts + 1])
            pair_doc = word_doc[firsts]
        else:
            pair_keys = np.zeros((0,), dtype="uint64")
            pair_doc = np.zeros((0,), dtype="int64")
        pair_counts = np.bincount(pair_doc, minlength=n_docs).astype("int64")
        per_doc = word_key_counts + pair_counts
        starts = np.zeros(n_docs, dtype="int64")
        np.cumsum(per_doc[:-1], out=starts[1:])
        keys = np.empty(int(per_doc.sum()), dtype="uint64")
        # word keys: the first word_key_counts[d] places of doc d, in their order
        key_doc = np.repeat(word_doc, key_sizes)
        word_starts = np.zeros(n_docs, dtype="int64")
        np.cumsum(word_key_counts[:-1], out=word_starts[1:])
        shift = (starts - word_starts)[key_doc]
        keys[np.arange(len(word_keys), dtype="int64") + shift] = word_keys
        # pair keys: the places after them
        pair_starts = np.zeros(n_docs, dtype="int64")
        np.cumsum(pair_counts[:-1], out=pair_starts[1:])
        shift = (starts + word_key_counts - pair_starts)[pair_doc]
        keys[np.arange(len(pair_keys), dtype="int64") + shift] = pair_keys
        return keys, per_doc
