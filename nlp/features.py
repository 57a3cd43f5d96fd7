"""Hashed word and character n-gram features for spaCy's text classifier.

spaCy's TextCatBOW hashes whole tokens: "Abfallkübel", "Güselchübel" and the
typo "Abfalkübel" share nothing. This architecture adds character n-grams of
each folded word (umlauts and their ae/oe/ue spellings and ß fold together),
so compounds, dialect spellings and typos share most of their features. The
result is a linear model over sparse features, as fast as spaCy's BOW model.

Registered as "quartier.CharNgramBOW.v1"; the package's entry points make it
available to `spacy train` and `spacy.load` alike.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import pairwise
from typing import Any, cast

import numpy as np
from spacy.attrs import ORTH
from spacy.ml.models.textcat import resize_and_set_ref
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, softmax_activation
from thinc.layers.resizable import resize_linear_weighted
from thinc.types import Floats2d

_NEG_VALUE = -5000.0
_WORD_RE = re.compile(r"\w", re.UNICODE)
_CACHE_LIMIT = 200_000
# doc.user_data key prefix of a doc's distinct feature keys (FeatureExtractor.unique_keys).
_KEYS_TAG = "quartier_keys"
_MISSING = object()


def hash_feature(namespace: str, value: str) -> int:
    """64-bit MurmurHash of a namespaced feature string (stable across processes)."""
    return int(hash_string(f"{namespace}\x1f{value}"))


def fold_word(word: str) -> str:
    """Lower case; ß→ss; umlauts and their two-letter spellings to the base vowel."""
    w = word.lower().replace("ß", "ss")
    w = w.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    return w.replace("ae", "a").replace("oe", "o").replace("ue", "u")


class FeatureExtractor:
    """Turns a Doc into hashed feature keys; per-word features are cached."""

    def __init__(
        self, word_ngrams: int, char_min: int, char_max: int, char_min_word: int = 1
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_min = char_min
        self.char_max = char_max
        self.char_min_word = char_min_word
        self._cache: dict[str, np.ndarray] = {}
        self._orth_cache: dict[int, str | None] = {}
        self._pair_cache: dict[tuple[str, str], int] = {}
        self._orth_keys: dict[int, tuple[str, np.ndarray] | None] = {}
        self._batch_keys: Any = None  # nlp.batch_keys.BatchKeys, made at the first batch

    def forget_words(self) -> None:
        """Empty the word caches (they hold the words of the texts read)."""
        self._cache.clear()
        self._orth_cache.clear()
        self._pair_cache.clear()
        self._orth_keys.clear()
        if self._batch_keys is not None:
            self._batch_keys.clear()

    def _word_keys(self, word: str) -> np.ndarray:
        keys = self._cache.get(word)
        if keys is None:
            padded = f"<{word}>"
            size = len(padded)
            # Short words (articles, "isch", "de") carry style, not topic.
            char_range = (
                range(self.char_min, self.char_max + 1) if len(word) >= self.char_min_word else ()
            )
            # = hash_feature("c", gram) for each gram (by n, then position), with the
            # namespace joined once and every gram hashed in one map
            grams = [f"c\x1f{padded[i : i + n]}" for n in char_range for i in range(size - n + 1)]
            keys = np.asarray([hash_feature("w", word), *map(hash_string, grams)], dtype="uint64")
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = keys
        return keys

    def _token_word(self, orth: int, doc: Doc) -> str | None:
        """The folded word of a token (by its ORTH id), None when it holds no word
        character; cached (two pipelines share the ids: they are hashes of the text)."""
        if orth in self._orth_cache:
            return self._orth_cache[orth]
        text = doc.vocab.strings[orth]
        word = fold_word(text) if _WORD_RE.search(text) else None
        if len(self._orth_cache) >= _CACHE_LIMIT:
            self._orth_cache.clear()
        self._orth_cache[orth] = word
        return word

    def words_and_keys(self, doc: Doc) -> tuple[list[str], list[np.ndarray]]:
        """The doc's folded words and each word's keys (one cache look-up per token)."""
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        cache = self._orth_keys
        words: list[str] = []
        parts: list[np.ndarray] = []
        for orth in orths:
            found = cache.get(orth, _MISSING)
            if found is _MISSING:
                word = self._token_word(orth, doc)
                found = None if word is None else (word, self._word_keys(word))
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                cache[orth] = found
            if found is not None:
                words.append(found[0])  # type: ignore[index]
                parts.append(found[1])  # type: ignore[index]
        return words, parts

    def _pair_key(self, a: str, b: str) -> int:
        """The key of the word bigram "a b" (cached)."""
        key = self._pair_cache.get((a, b))
        if key is None:
            key = hash_feature("b", f"{a} {b}")
            if len(self._pair_cache) >= _CACHE_LIMIT:
                self._pair_cache.clear()
            self._pair_cache[(a, b)] = key
        return key

    def doc_keys(self, doc: Doc) -> np.ndarray:
        # The tokens' ORTH ids in one call: no Token object per token.
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        words = [w for w in (self._token_word(o, doc) for o in orths) if w is not None]
        parts = [self._word_keys(w) for w in words]
        for n in range(2, self.word_ngrams + 1):
            if n == 2:  # word pairs: their keys cached
                pairs = [self._pair_key(a, b) for a, b in pairwise(words)]
                parts.append(np.asarray(pairs, dtype="uint64"))
                continue
            parts.append(
                np.asarray(
                    [
                        hash_feature("b", " ".join(words[i : i + n]))
                        for i in range(len(words) - n + 1)
                    ],
                    dtype="uint64",
                )
            )
        if not parts:
            return np.zeros((0,), dtype="uint64")
        return np.concatenate(parts)

    def unique_keys(self, doc: Doc) -> tuple[np.ndarray, np.ndarray]:
        """The doc's distinct keys (sorted) and their counts. Kept on the doc: the
        urgent model reads the topic pipeline's docs with the same features."""
        tag = f"{_KEYS_TAG}:{self.word_ngrams}:{self.char_min}:{self.char_max}:{self.char_min_word}"
        found = doc.user_data.get(tag)
        if found is not None:
            return cast(tuple[np.ndarray, np.ndarray], found)
        keys, counts = np.unique(self.doc_keys(doc), return_counts=True)
        doc.user_data[tag] = (keys, counts)
        return keys, counts


def _features_forward(
    model: Model[list[Doc], Any], docs: list[Doc], is_train: bool
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], Any]:
    extractor: FeatureExtractor = model.attrs["extractor"]
    drop = float(model.attrs["feature_dropout"]) if is_train else 0.0
    rng: np.random.Generator = model.attrs["rng"]
    batch_keys = []
    batch_vals = []
    for doc in docs:
        if is_train:
            keys, counts = np.unique(extractor.doc_keys(doc), return_counts=True)
        else:
            keys, counts = extractor.unique_keys(doc)
        if drop > 0.0 and len(keys) > 1:
            # Feature dropout: no single word or n-gram may carry a whole example.
            keep = rng.random(len(keys)) >= drop
            keys, counts = keys[keep], counts[keep]
        batch_keys.append(keys)
        if model.attrs["scale"] == "sqrt":
            # Scale by length so a long story is not more confident than a one-liner.
            batch_vals.append(counts / np.sqrt(max(len(doc), 1)))
        else:
            batch_vals.append(counts)
    lengths = np.asarray([k.shape[0] for k in batch_keys], dtype="int32")
    keys_arr = np.concatenate(batch_keys) if batch_keys else np.zeros((0,), dtype="uint64")
    vals_arr = (
        np.concatenate(batch_vals).astype("float32") if batch_vals else np.zeros((0,), dtype="f")
    )

    def backprop(d_output: Any) -> list[Doc]:
        return []

    return (keys_arr, vals_arr, lengths), backprop


def char_ngram_features(
    word_ngrams: int,
    char_min: int,
    char_max: int,
    char_min_word: int,
    scale: str,
    feature_dropout: float = 0.0,
) -> Model[list[Doc], Any]:
    return Model(
        "quartier_char_ngrams",
        _features_forward,
        attrs={
            "extractor": FeatureExtractor(word_ngrams, char_min, char_max, char_min_word),
            "scale": scale,
            "feature_dropout": feature_dropout,
            "rng": np.random.default_rng(0),
        },
    )


@registry.architectures("quartier.CharNgramBOW.v1")  # type: ignore[untyped-decorator]
def build_char_ngram_bow(
    exclusive_classes: bool,
    word_ngrams: int = 2,
    char_min: int = 3,
    char_max: int = 5,
    length: int = 262144,
    char_min_word: int = 1,
    scale: str = "sqrt",
    feature_dropout: float = 0.0,
    nO: int | None = None,
) -> Model[list[Doc], Floats2d]:
    """Linear text classifier over hashed words, word n-grams and character n-grams.

    char_min_word: words shorter than this get no character n-grams.
    scale: "sqrt" divides feature counts by sqrt(doc length); "none" keeps counts.
    feature_dropout: share of an example's features dropped at random in training.
    """
    if scale not in {"sqrt", "none"}:
        raise ValueError(f"scale must be 'sqrt' or 'none', not {scale!r}")
    length = 2 ** (length - 1).bit_length()
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    fill_defaults = {"b": 0.0, "W": 0.0}
    if exclusive_classes:
        fill_defaults["b"] = _NEG_VALUE
    resizable_layer: Model[Floats2d, Floats2d] = resizable(
        sparse_linear, resize_layer=partial(resize_linear_weighted, fill_defaults=fill_defaults)
    )
    output_layer = softmax_activation() if exclusive_classes else Logistic()
    model: Model[list[Doc], Floats2d] = chain(
        char_ngram_features(word_ngrams, char_min, char_max, char_min_word, scale, feature_dropout),
        resizable_layer,
        output_layer,
    )
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model


def _bag_forward(
    model: Model[tuple[np.ndarray, np.ndarray, np.ndarray], Floats2d],
    inputs: tuple[np.ndarray, np.ndarray, np.ndarray],
    is_train: bool,
) -> tuple[Floats2d, Any]:
    """Sum of the hashed features' embeddings per document (weighted by their values)."""
    keys, vals, lengths = inputs
    embed = model.layers[0]
    n_docs = len(lengths)
    width = embed.get_dim("nO")
    if len(keys) == 0:
        return model.ops.alloc2f(n_docs, width), lambda d_out: inputs
    vectors, bp_embed = embed(keys.astype("uint64"), is_train)
    doc_index = np.repeat(np.arange(n_docs), lengths)
    weighted = np.asarray(vectors) * vals[:, None]
    summed = np.zeros((n_docs, width), dtype="float32")
    np.add.at(summed, doc_index, weighted)

    def backprop(d_out: Floats2d) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        bp_embed(np.asarray(d_out)[doc_index] * vals[:, None])
        return inputs

    return cast(Floats2d, summed), backprop


@registry.architectures("quartier.CharNgramEmbed.v1")  # type: ignore[untyped-decorator]
def build_char_ngram_embed(
    exclusive_classes: bool,
    width: int = 96,
    rows: int = 200000,
    word_ngrams: int = 2,
    char_min: int = 3,
    char_max: int = 5,
    feature_dropout: float = 0.0,
    nO: int | None = None,
) -> Model[list[Doc], Floats2d]:
    """fastText-style classifier: the same hashed features, embedded (HashEmbed) and
    summed, a hidden layer, then the output layer. Shares strength across
    features, where the linear model learns each feature on its own."""
    from thinc.api import HashEmbed, Maxout, Softmax

    def init_bag(model: Model[Any, Any], X: Any = None, Y: Any = None) -> None:
        model.layers[0].initialize()

    bag: Model[tuple[np.ndarray, np.ndarray, np.ndarray], Floats2d] = Model(
        "quartier_embed_bag",
        _bag_forward,
        init=init_bag,
        layers=[HashEmbed(nO=width, nV=rows, seed=7)],
        dims={"nO": width},
    )
    output: Model[Floats2d, Floats2d] = (
        Softmax(nO=nO, nI=width) if exclusive_classes else Logistic()
    )
    model: Model[list[Doc], Floats2d] = chain(
        char_ngram_features(word_ngrams, char_min, char_max, 1, "sqrt", feature_dropout),
        bag,
        Maxout(nO=width, nI=width, nP=2, dropout=0.1, normalize=True),
        output,
    )
    model.set_ref("output_layer", output)
    model.attrs["multi_label"] = not exclusive_classes
    return model
