"""A TF-IDF + logistic regression topic model as a spaCy component, averaged
with the textcat before it when there is one (`weight`, the textcat's share; 0 in
the installed model, which has no textcat).

"quartier_tfidf" reads the normalised text (the pipeline's tokenizer,
nlp/tokenizer.py) as scikit-learn's TfidfVectorizer reads it: lower-case word
uni- and bigrams, and character 2-5-grams inside each word padded with spaces
("char_wb"); sublinear term frequency, smoothed IDF, each block scaled to unit
length; then a multinomial logistic regression, to whose scores the n-grams'
presence may add a second set of weights (1 for each n-gram in the text,
whatever its TF-IDF value; nlp/ensemble.py pools a model of presence into
them). The regression is fitted once, when the pipeline is initialised on the
training examples (scikit-learn, imported only then); spaCy's update steps
leave it alone. At run time it is
plain Python and numpy: the n-grams seen in training (min_df times or more),
their IDF and weights.

doc.cats becomes `weight` x the textcat's probabilities + (1 - weight) x this
model's (this model's alone when no textcat ran or the text has no tokens). Serialised with the
pipeline (`tfidf.npz`, `cfg.json`; the presence weights, when there are any, as
`binary0`/`binary1` in `tfidf.npz`).

A member over the text's SentencePiece pieces (nlp/pieces.py, pooled by
nlp/ensemble.py) may add its per-text scores to the n-grams' before the softmax;
it is kept in `pieces/` beside the component's files.

The module is split by concern: the n-grams (nlp/tfidf_ngrams.py), a text's
columns read piece by piece (nlp/tfidf_features.py), the blocks and their
sums (nlp/tfidf_sums.py), fitting (nlp/tfidf_fit.py); this one is the spaCy
component. Its former names stay importable from here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from nlp.piece_columns import PieceColumns
from nlp.pieces import PieceScorer
from nlp.tfidf_features import CACHE_LIMIT as _CACHE_LIMIT
from nlp.tfidf_features import Chunk as _Chunk
from nlp.tfidf_features import TextColumns
from nlp.tfidf_ngrams import TOKEN_RE as _TOKEN_RE
from nlp.tfidf_ngrams import char_wb_ngrams, word_ngrams
from nlp.tfidf_one import one_text_scores
from nlp.tfidf_sums import CSR_MIN as _CSR_MIN
from nlp.tfidf_sums import Block as _Block
from nlp.tfidf_sums import _ones, add_block_sums, softmax_rows, text_runs
from nlp.tokenizer import TEXT_KEY

__all__ = [
    "_CACHE_LIMIT",
    "_CSR_MIN",
    "_TOKEN_RE",
    "TfidfTopics",
    "_Block",
    "_Chunk",
    "_label_values",
    "_ones",
    "_text",
    "char_wb_ngrams",
    "make_tfidf",
    "text_runs",
    "word_ngrams",
]

_CHUNK = 1000
# Texts per step of the array arithmetic: a whole batch of the classify command
# (docs/real-baseline.md, "Speed round (2026-12-08)": 250 cost ~0.1 s more per
# 10,000 texts, mostly in the per-step set-up of new pieces and words).
_STEP = 1000


class TfidfTopics(TextColumns):
    def __init__(
        self,
        name: str,
        *,
        weight: float,
        c: float,
        word_ngrams: int,
        char_min: int,
        char_max: int,
        min_df: int,
    ) -> None:
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"weight must be in [0, 1], not {weight}")
        self.name = name
        self.cfg: dict[str, Any] = {
            "weight": weight,
            "c": c,
            "word_ngrams": word_ngrams,
            "char_min": char_min,
            "char_max": char_max,
            "min_df": min_df,
        }
        self.labels: list[str] = []
        self.blocks: list[_Block] = []  # words, then characters
        self._cache: dict[str, _Chunk] = {}
        self._pairs: dict[tuple[str, str], int] = {}
        self._piece_columns: PieceColumns | None = None
        self.intercept = np.zeros((0,), dtype="float32")
        # A member over the text's subword pieces (nlp/pieces.py), its scores added
        # to the n-grams' before the softmax; None: the n-grams alone.
        self.pieces: PieceScorer | None = None

    def forget_words(self) -> None:
        """Empty the caches of pieces, words and pairs of the texts read."""
        self._cache.clear()
        self._pairs.clear()
        if self._piece_columns is not None:
            self._piece_columns.clear()

    def prepare_batches(self) -> None:
        """Make now what the first batch of _CSR_MIN texts or more would make once
        (scipy's import, the character n-grams' keys; the float32 tables are those
        loaded, no copies): `quartierbot classify` asks for it at load, so its
        first batch does not wait. A process that classifies one text at a time
        (the dialog) needs none of it and does not ask."""
        if len(self.blocks) != 2:
            return
        import scipy.sparse  # noqa: F401  (the products' CSR matrices)

        for block in self.blocks:
            _ = block.coef32, block.binary32
        gather = self.piece_columns()
        if gather is not None and gather.char_range and gather.char_range[0] <= 3:
            gather.char_columns()

    # -- probabilities -------------------------------------------------------
    def probabilities(self, docs: list[Doc]) -> np.ndarray:
        """(len(docs), len(labels)) probabilities, a few hundred texts at a time
        in a few array operations (each text's row is computed on its own)."""
        parts = [self._probabilities(docs[i : i + _STEP]) for i in range(0, len(docs), _STEP)]
        if not parts:
            return np.zeros((0, len(self.labels)), dtype="float32")
        return np.concatenate(parts)

    def _probabilities(self, docs: list[Doc]) -> np.ndarray:
        n = len(docs)
        scores = np.tile(self.intercept.astype("float32"), (n, 1))
        texts = [_text(doc) for doc in docs]
        splits = [t.split() for t in texts]  # the pieces both the columns and the member read
        gather = self.piece_columns()
        if gather is not None:  # the same columns per text, in array operations
            word_flat, word_sizes, char_flat, char_sizes = gather.batch(texts, splits)
            if n == 1:  # one text (the dialog): the same sums in fewer numpy calls
                scores = one_text_scores(self.intercept, self.blocks, [word_flat, char_flat])
                return self._softmax(scores, texts, splits)
        else:
            word_cols, word_lengths, char_parts, char_lengths = self._batch_columns(texts)
            word_flat = np.asarray(word_cols, dtype="int32")
            word_sizes = np.asarray(word_lengths, dtype="int64")
            char_flat = np.concatenate(char_parts) if char_parts else np.zeros((0,), "int32")
            char_sizes = np.asarray(char_lengths, dtype="int64")
        blocks = [  # each text's word columns are sorted already
            (word_flat, word_sizes, True),
            (char_flat, char_sizes, False),
        ]
        add_block_sums(scores, self.blocks, blocks)
        return self._softmax(scores, texts, splits)

    def _softmax(
        self, scores: np.ndarray, texts: list[str], splits: list[list[str]] | None = None
    ) -> np.ndarray:
        """Probabilities of the n-grams' scores (n, labels) plus the subword member's
        (`splits`: each text's `text.split()`, when made already)."""
        if self.pieces is not None:
            scores += self.pieces.scores(texts, splits)
        return softmax_rows(scores)

    # -- spaCy component protocol -------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = _CHUNK) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._set(batch)
                batch = []
        if batch:
            yield from self._set(batch)

    def _set(self, docs: list[Doc]) -> Iterator[Doc]:
        if not self.labels:
            yield from docs
            return
        probs = self.probabilities(docs).astype("float64")
        w = float(self.cfg["weight"])
        # An empty text gets zeros from spaCy's textcat when alone in a batch and
        # scores when not: this model speaks alone there, so both ways agree.
        mixed = [bool(doc.cats) and len(doc) > 0 for doc in docs] if w > 0.0 else []
        if any(mixed):
            # w x the textcat's + (1 - w) x this model's, in float64 as Python's
            # floats would compute it label by label (the same products and sums).
            zeros = [0.0] * len(self.labels)
            prior = np.asarray(
                [
                    _label_values(doc.cats, self.labels) if m else zeros
                    for doc, m in zip(docs, mixed, strict=True)
                ],
                dtype="float64",
            )
            probs = np.where(np.asarray(mixed)[:, None], w * prior + (1.0 - w) * probs, probs)
        for doc, row in zip(docs, probs.tolist(), strict=True):
            doc.cats = dict(zip(self.labels, row, strict=True))
            yield doc

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None
    ) -> None:
        """Fit the regression on every training example (gold: the top category)."""
        texts: list[str] = []
        gold: list[str] = []
        labels: set[str] = set()
        for eg in get_examples():
            cats = eg.reference.cats
            labels.update(cats)
            gold.append(max(cats, key=lambda k: cats[k]))
            texts.append(eg.predicted.text)
        self.fit(texts, gold, sorted(labels))

    def fit(self, texts: list[str], gold: list[str], labels: list[str]) -> None:
        """Fit the n-grams and the regression on `texts` (as the component reads
        them) and their gold topics; `labels`: every topic (one without a text
        gets a bias of -30)."""
        from nlp.tfidf_fit import fit_blocks

        self.labels = list(labels)
        self.intercept, self.blocks = fit_blocks(texts, gold, self.labels, self.cfg)
        self._cache = {}
        self._pairs = {}
        self._piece_columns = None

    # -- serialisation ---------------------------------------------------------
    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        vocabs = [sorted(b.vocab, key=b.vocab.__getitem__) for b in self.blocks]
        (path / "cfg.json").write_text(
            json.dumps({"cfg": self.cfg, "labels": self.labels, "vocab": vocabs}),
            encoding="utf-8",
        )
        arrays: dict[str, np.ndarray] = {"intercept": self.intercept}
        for i, b in enumerate(self.blocks):
            arrays[f"idf{i}"] = b.idf
            arrays[f"coef{i}"] = b.coef
            if b.binary is not None:
                arrays[f"binary{i}"] = b.binary
        np.savez(path / "tfidf.npz", **arrays)  # type: ignore[arg-type]
        if self.pieces is not None:
            self.pieces.to_disk(path / "pieces")

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> TfidfTopics:
        path = Path(path)
        meta = json.loads((path / "cfg.json").read_text(encoding="utf-8"))
        self.labels = list(meta["labels"])
        self._cache = {}
        self._pairs = {}
        self._piece_columns = None
        with np.load(path / "tfidf.npz") as data:
            self.intercept = data["intercept"]
            self.blocks = [
                _Block(
                    {g: j for j, g in enumerate(vocab)},
                    data[f"idf{i}"],
                    data[f"coef{i}"],
                    data[f"binary{i}"] if f"binary{i}" in data.files else None,
                )
                for i, vocab in enumerate(meta["vocab"])
            ]
        self.pieces = PieceScorer.from_disk(path / "pieces") if (path / "pieces").exists() else None
        return self

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """The topic scores of the pipeline's final doc.cats (spaCy's textcat scorer):
        `Language.evaluate` reports them also when no textcat is in the pipeline."""
        from spacy.scorer import Scorer

        scores: dict[str, Any] = Scorer.score_cats(
            examples, "cats", labels=self.labels, multi_label=False, **kwargs
        )
        return scores


def _label_values(cats: dict[str, float], labels: list[str]) -> list[float]:
    """[cats.get(label, 0.0) for label in labels], in one look-up when every label is there."""
    try:
        return list(itemgetter(*labels)(cats)) if len(labels) > 1 else [cats[labels[0]]]
    except KeyError:
        return [cats.get(lab, 0.0) for lab in labels]


def _text(doc: Doc) -> str:
    """The doc's text: as the normalising tokenizer left it (fast), else rebuilt."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else str(doc.text)


@Language.factory(
    "quartier_tfidf",
    default_config={
        "weight": 0.5,
        "c": 10.0,
        "word_ngrams": 2,
        "char_min": 2,
        "char_max": 5,
        "min_df": 2,
    },
    requires=["doc.cats"],
    assigns=["doc.cats"],
)
def make_tfidf(
    nlp: Language,
    name: str,
    weight: float,
    c: float,
    word_ngrams: int,
    char_min: int,
    char_max: int,
    min_df: int,
) -> TfidfTopics:
    return TfidfTopics(
        name,
        weight=weight,
        c=c,
        word_ngrams=word_ngrams,
        char_min=char_min,
        char_max=char_max,
        min_df=min_df,
    )
