"""Batch scoring of the CharNgramBOW text classifiers (nlp.features), exactly as
spaCy and thinc score them, in a few array operations per batch.

The topic textcat and the urgent textcat are linear models over the same hashed
features. spaCy runs, per doc, a `np.unique` of its feature keys and then
thinc's SparseLinear: for each key two hashed weight columns, each read label
by label from a label-major table (a cache miss per label and key). Here:

- each doc's keys are sorted on their own and the batch's runs of equal keys
  counted in one pass, which is what `np.unique` per doc returns;
- the two column indices of each key are thinc's MurmurHash3 of the key,
  computed on arrays (`murmur3_32`);
- the weights are read from a feature-major copy of the table (one row of all
  labels per column, made once when the scorer is built; the model files are
  unchanged), and summed in thinc's order, in float32, term by term: the docs
  sorted by length, one array step per term position over the docs still that
  long. Every sum is the same sequence of float32 operations as thinc's loop,
  so the scores are bit for bit thinc's (tests/test_speed_paths.py).
- the output layer (softmax or logistic) is the model's own.

Docs with very many terms go through thinc's own layer (the step-per-position
loop would be long for one doc).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from nlp.batch_keys import BatchKeys
from nlp.features import _KEYS_TAG, FeatureExtractor, hash_feature

_M = 0xFFFFFFFF


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def _rotl_into(x: np.ndarray, r: int, tmp: np.ndarray) -> None:
    """x = rotl(x, r), in place (tmp: scratch of x's shape and dtype)."""
    np.right_shift(x, np.uint32(32 - r), out=tmp)
    np.left_shift(x, np.uint32(r), out=x)
    np.bitwise_or(x, tmp, out=x)


def murmur3_32(keys: np.ndarray, seed: int) -> np.ndarray:
    """thinc's MurmurHash3_x86_32 of each uint64 key (two 32-bit blocks), as uint32.
    The same steps as the textbook form (`_murmur3_32_plain` in the tests), each
    done in place on two buffers instead of a new array per operation."""
    c1, c2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)
    h = np.full(keys.shape, seed, dtype=np.uint32)
    k = np.empty(keys.shape, dtype=np.uint32)
    tmp = np.empty(keys.shape, dtype=np.uint32)
    for high in (False, True):
        if high:
            np.right_shift(keys, np.uint64(32), out=k, casting="unsafe")
        else:
            np.bitwise_and(keys, np.uint64(_M), out=k, casting="unsafe")
        k *= c1
        _rotl_into(k, 15, tmp)
        k *= c2
        h ^= k
        _rotl_into(h, 13, tmp)
        h *= np.uint32(5)
        h += np.uint32(0xE6546B64)
    h ^= np.uint32(8)
    np.right_shift(h, np.uint32(16), out=tmp)
    h ^= tmp
    h *= np.uint32(0x85EBCA6B)
    np.right_shift(h, np.uint32(13), out=tmp)
    h ^= tmp
    h *= np.uint32(0xC2B2AE35)
    np.right_shift(h, np.uint32(16), out=tmp)
    h ^= tmp
    return h


@dataclass(slots=True)
class Features:
    """A batch's distinct keys per doc (sorted within each doc), their values,
    the number of keys per doc, and the two hashes of each key."""

    keys: np.ndarray  # uint64
    vals: np.ndarray  # float32
    lengths: np.ndarray  # int32, one per doc
    hashes: tuple[np.ndarray, np.ndarray]  # uint32, seeds 0 and 1


def _tag(ext: FeatureExtractor) -> str:
    return f"{_KEYS_TAG}:{ext.word_ngrams}:{ext.char_min}:{ext.char_max}:{ext.char_min_word}"


def _pair_keys(ext: FeatureExtractor, words_per_doc: list[list[str]]) -> list[np.ndarray]:
    """Each doc's word-pair keys, `[ext._pair_key(a, b) for a, b in pairwise(words)]`:
    the batch's pairs read from the cache in one `map`, one array, a view per doc."""
    pairs: list[tuple[str, str]] = []
    ends = [0]
    for words in words_per_doc:
        pairs += pairwise(words)
        ends.append(len(pairs))
    found = list(map(ext._pair_cache.get, pairs))
    if None in found:
        pair = ext._pair_key
        found = [pair(*p) if k is None else k for p, k in zip(pairs, found, strict=True)]
    keys = np.asarray(found, dtype="uint64")
    return [keys[a:b] for a, b in pairwise(ends)]


def _raw_keys(
    ext: FeatureExtractor, words: list[str], parts: list[np.ndarray], pair_keys: np.ndarray
) -> list[np.ndarray]:
    """The doc's keys with repeats (FeatureExtractor.doc_keys): its words' keys
    (`parts`, FeatureExtractor.words_and_keys) and its word n-grams' keys."""
    for n in range(2, ext.word_ngrams + 1):
        if n == 2:
            parts.append(pair_keys)
        else:
            grams = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
            parts.append(np.asarray([hash_feature("b", g) for g in grams], dtype="uint64"))
    return parts


def _token_keys(ext: FeatureExtractor, docs: Sequence[Doc]) -> tuple[np.ndarray, np.ndarray]:
    """Each doc's keys with repeats, doc after doc, read token by token, and where
    each doc's keys begin and end (len(docs) + 1)."""
    flat: list[np.ndarray] = []
    n_parts = [0]
    found_words = [ext.words_and_keys(doc) for doc in docs]
    words = [w for w, _ in found_words]
    pair_keys = (
        _pair_keys(ext, words) if ext.word_ngrams >= 2 else [np.zeros(0, "uint64")] * len(docs)
    )
    for j, (doc_words, word_parts) in enumerate(found_words):
        flat += _raw_keys(ext, doc_words, word_parts, pair_keys[j])
        n_parts.append(len(flat))
    ends = np.zeros(len(flat) + 1, dtype="int64")
    np.cumsum(np.fromiter(map(len, flat), dtype="int64", count=len(flat)), out=ends[1:])
    keys = np.concatenate(flat) if flat else np.zeros((0,), dtype="uint64")
    return keys, ends[n_parts]


def batch_keys_of(ext: FeatureExtractor) -> BatchKeys | None:
    """The extractor's batch tables (nlp/batch_keys.py), None when they do not apply.
    `use_batch_keys` False: token by token (tests compare the two)."""
    if not use_batch_keys or not BatchKeys.supports(ext):
        return None
    found: BatchKeys | None = getattr(ext, "_batch_keys", None)
    if found is None:
        found = BatchKeys(ext)
        ext._batch_keys = found
    return found


# False: every batch's keys read token by token (as before round 7; tests compare).
use_batch_keys = True


def batch_unique_keys(
    ext: FeatureExtractor, docs: Sequence[Doc]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(keys, counts, lengths): each doc's `np.unique(doc_keys, return_counts=True)`,
    one after the other, for a whole batch. Docs that hold their keys already
    (FeatureExtractor.unique_keys) are read back; the others get them kept."""
    tag = _tag(ext)
    n = len(docs)
    todo = [i for i, d in enumerate(docs) if tag not in d.user_data]
    if todo:
        # Each doc's keys sorted on their own (a few hundred each: several times
        # faster than one sort of the whole batch's keys), in place in one array
        # of the batch's keys, doc after doc.
        batch = batch_keys_of(ext)
        if batch is not None:  # the same keys per doc, put together in array operations
            keys, sizes = batch.raw_keys([docs[i] for i in todo])
            doc_ends = np.zeros(len(todo) + 1, dtype="int64")
            np.cumsum(sizes, out=doc_ends[1:])
        else:
            keys, doc_ends = _token_keys(ext, [docs[i] for i in todo])
        for a, b in pairwise(doc_ends.tolist()):
            keys[a:b].sort()
        sizes = np.diff(doc_ends)
        owner = np.repeat(
            np.arange(len(todo), dtype="int16" if len(todo) < 2**15 else "int64"), sizes
        )
        first = np.ones(len(keys), dtype=bool)
        first[1:] = (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, len(keys)))
        keys, owner = keys[starts], owner[starts]
        per_doc = np.bincount(owner, minlength=len(todo))
        bounds = np.concatenate(([0], np.cumsum(per_doc))).tolist()
        for j, i in enumerate(todo):
            a, b = bounds[j], bounds[j + 1]
            docs[i].user_data[tag] = (keys[a:b], counts[a:b])
        if len(todo) == n:  # every doc's keys are these, in order
            return keys, counts, per_doc.astype("int32")
    found = [docs[i].user_data[tag] for i in range(n)]
    lengths = np.asarray([len(k) for k, _ in found], dtype="int32")
    if not found:
        return np.zeros((0,), "uint64"), np.zeros((0,), "int64"), lengths
    keys = np.concatenate([k for k, _ in found])
    counts = np.concatenate([c for _, c in found])
    return keys, counts, lengths


# Below this many docs the model's own predict is as fast (the array set-up costs).
MIN_BATCH = 16


class BowScorer:
    """predict() of a spaCy textcat whose model is quartier.CharNgramBOW.v1."""

    def __init__(self, textcat: Any) -> None:
        model = textcat.model
        self.textcat = textcat
        self.n_labels = len(textcat.labels)
        feats = model.layers[0]
        self.extractor: FeatureExtractor = feats.attrs["extractor"]
        self.scale: str = feats.attrs["scale"]
        self.output = model.layers[-1]  # softmax or logistic: the model's own layer
        linear = model.get_ref("output_layer")
        self.linear = linear
        if linear.attrs.get("v1_indexing", True):
            raise ValueError("only SparseLinear.v2 indexing is supported")
        self.n_out = int(linear.get_dim("nO"))
        self.length = int(linear.get_dim("length"))
        self._table: np.ndarray | None = None

    @property
    def table(self) -> np.ndarray:
        """Feature-major weights: one column's weights for every label side by side,
        and the bias as one more row. Made at the first batch (a single text never
        needs it), from the model's own table."""
        if self._table is None:
            weights = np.asarray(self.linear.get_param("W"), dtype="float32")
            bias = np.asarray(self.linear.get_param("b"), dtype="float32")
            self._table = np.ascontiguousarray(
                np.vstack([weights.reshape(self.n_out, self.length).T, bias[None, :]])
            )
        return self._table

    def prepare_batches(self) -> None:
        """The feature-major table and scipy, made now instead of at the first
        batch (see TfidfTopics.prepare_batches)."""
        import scipy.sparse  # noqa: F401  (linear_scores' CSR matrix)

        _ = self.table

    @staticmethod
    def supports(textcat: Any) -> bool:
        try:
            model = textcat.model
            return (
                model.name.startswith("quartier_char_ngrams")
                and isinstance(model.layers[0].attrs.get("extractor"), FeatureExtractor)
                and model.get_ref("output_layer").attrs.get("v1_indexing") is False
            )
        except (AttributeError, KeyError, IndexError, ValueError):
            return False

    def features(self, docs: Sequence[Doc]) -> Features:
        keys, counts, lengths = batch_unique_keys(self.extractor, docs)
        if self.scale == "sqrt":
            sizes = np.sqrt(np.maximum(np.asarray([len(d) for d in docs], dtype="int64"), 1))
            vals = (counts / np.repeat(sizes, lengths)).astype("float32")
        else:
            vals = counts.astype("float32")
        return Features(keys, vals, lengths, (murmur3_32(keys, 0), murmur3_32(keys, 1)))

    def linear_scores(self, feats: Features) -> np.ndarray:
        """thinc's SparseLinear (v2) forward for the batch, bit for bit: each doc's
        row of a sparse matrix holds the bias (a column of value 1) and then, per
        key, its two columns with the key's value; scipy's CSR product sums each
        row's terms in that order, in float32, as thinc's loop does."""
        lengths = feats.lengths.astype("int64")
        n = len(lengths)
        per_doc = 1 + 2 * lengths
        indptr = np.zeros(n + 1, dtype="int64")
        np.cumsum(per_doc, out=indptr[1:])
        total = int(indptr[-1])
        cols = np.empty(total, dtype="int32")
        vals = np.empty(total, dtype="float32")
        first = indptr[:-1]
        is_bias = np.zeros(total, dtype=bool)
        is_bias[first] = True
        cols[first] = self.length  # the bias row of the table
        vals[first] = 1.0
        pairs = np.empty((len(feats.keys), 2), dtype="int32")
        if self.length & (self.length - 1) == 0:  # a power of two, as the architecture makes it
            # thinc's column, hash % length, as a mask (the same number, no division)
            mask = np.uint32(self.length - 1)
            np.bitwise_and(feats.hashes[0], mask, out=pairs[:, 0], casting="unsafe")
            np.bitwise_and(feats.hashes[1], mask, out=pairs[:, 1], casting="unsafe")
        else:
            pairs[:, 0] = feats.hashes[0] % np.uint32(self.length)
            pairs[:, 1] = feats.hashes[1] % np.uint32(self.length)
        rest = ~is_bias
        cols[rest] = pairs.ravel()
        vals[rest] = np.repeat(feats.vals, 2)
        from scipy.sparse import csr_matrix  # here: a single text never needs scipy

        matrix = csr_matrix((vals, cols, indptr), shape=(n, self.length + 1))
        return np.asarray(matrix @ self.table, dtype="float32")

    def predict(self, docs: Sequence[Doc]) -> np.ndarray:
        """TextCategorizer.predict(docs): zeros when no doc has a token."""
        if len(docs) < MIN_BATCH:
            return np.asarray(self.textcat.predict(list(docs)))
        if not any(len(doc) for doc in docs):
            return np.zeros((len(docs), self.n_labels))
        scores = self.linear_scores(self.features(docs))
        return np.asarray(self.output.predict(scores))


def scorer_for(textcat: Any) -> BowScorer | None:
    """A BowScorer for the textcat, None when its model is another architecture."""
    return BowScorer(textcat) if BowScorer.supports(textcat) else None


def pipe_docs(nlp: Language, scorers: dict[str, BowScorer], texts: Sequence[str]) -> list[Doc]:
    """`list(nlp.pipe(texts, batch_size=len(texts)))`, with the textcats in
    `scorers` scored by them (the same scores, set the same way)."""
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        proc: Any = component
        scorer = scorers.get(name)
        if scorer is not None:
            # = proc.set_annotations: doc.cats[label] = float(score), label by label
            labels = list(proc.labels)
            for doc, row in zip(docs, scorer.predict(docs).tolist(), strict=True):
                doc.cats.update(zip(labels, row, strict=True))
        else:
            docs = list(proc.pipe(docs, batch_size=max(len(docs), 1)))
    return docs
