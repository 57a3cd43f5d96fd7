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
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from nlp.piece_columns import PieceColumns
from nlp.pieces import PieceScorer
from nlp.tfidf_one import one_text_scores
from nlp.tokenizer import TEXT_KEY

_CHUNK = 1000
_CACHE_LIMIT = 200_000
# Texts per step of the array arithmetic (its temporaries stay in the processor's cache).
_STEP = 250
# From this many texts on, the weights are summed by a sparse matrix product.
_CSR_MIN = 16
_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True, slots=True)
class _Chunk:
    """A whitespace-separated piece of a lower-cased text, as the features read it."""

    words: tuple[str, ...]  # the word analyzer's words ("\\w\\w+")
    unigrams: list[int]  # columns of the known words
    chars: np.ndarray  # columns of the known character n-grams


@dataclass(slots=True)
class _Block:
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


class TfidfTopics:
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

    # -- features ---------------------------------------------------------
    def _chunk(self, chunk: str) -> _Chunk:
        """What one whitespace-separated piece of a lower-cased text contributes
        (cached per piece): its words as the word analyzer reads them, the columns
        of the known words, and the columns of its known character n-grams."""
        found = self._cache.get(chunk)
        if found is None:
            found = _Chunk(*self._analyse(chunk))
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[chunk] = found
        return found

    def _analyse(self, chunk: str) -> tuple[tuple[str, ...], list[int], np.ndarray]:
        """A piece's words, the columns of its known words, and the columns of its
        known character n-grams (see _chunk)."""
        words = tuple(_TOKEN_RE.findall(chunk))
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
            if not all(found):  # a _Chunk is always true
                found = [chunk(p) if c is None else c for p, c in zip(pieces, found, strict=True)]
            chunks = cast(list[_Chunk], found)
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
                                if len(pairs) >= _CACHE_LIMIT:
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
        gather = self.piece_columns()
        if gather is not None:  # the same columns per text, in array operations
            word_flat, word_sizes, char_flat, char_sizes = gather.batch(texts)
            if n == 1:  # one text (the dialog): the same sums in fewer numpy calls
                scores = one_text_scores(self.intercept, self.blocks, [word_flat, char_flat])
                return self._softmax(scores, texts)
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
        for block, (flat, lengths, is_sorted) in zip(self.blocks, blocks, strict=True):
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
            if n >= _CSR_MIN:
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
        return self._softmax(scores, texts)

    def _softmax(self, scores: np.ndarray, texts: list[str]) -> np.ndarray:
        """Probabilities of the n-grams' scores (n, labels) plus the subword member's."""
        if self.pieces is not None:
            scores += self.pieces.scores(texts)
        scores -= scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out

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
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.labels = list(labels)
        min_df = int(self.cfg["min_df"])
        vectorizers = [
            TfidfVectorizer(
                analyzer=lambda t: word_ngrams(t, int(self.cfg["word_ngrams"])),
                sublinear_tf=True,
                min_df=min_df,
            ),
            TfidfVectorizer(
                analyzer=lambda t: char_wb_ngrams(
                    t, int(self.cfg["char_min"]), int(self.cfg["char_max"])
                ),
                sublinear_tf=True,
                min_df=min_df,
            ),
        ]
        matrices = [v.fit_transform(texts) for v in vectorizers]
        clf = LogisticRegression(C=float(self.cfg["c"]), max_iter=3000)
        clf.fit(hstack(matrices).tocsr(), gold)
        classes = [str(c) for c in clf.classes_]
        width = sum(m.shape[1] for m in matrices)
        coef = np.zeros((width, len(self.labels)), dtype="float32")
        intercept = np.full((len(self.labels),), -30.0, dtype="float32")  # unseen labels
        if len(classes) == 2:  # binary: sklearn keeps one row of weights
            w, b = clf.coef_[0], float(clf.intercept_[0])
            pairs = [(classes[0], -w / 2, -b / 2), (classes[1], w / 2, b / 2)]
        else:
            pairs = [(c, clf.coef_[j], float(clf.intercept_[j])) for j, c in enumerate(classes)]
        for cls_name, w_col, b_val in pairs:
            j = self.labels.index(cls_name)
            coef[:, j] = w_col
            intercept[j] = b_val
        self.intercept = intercept
        self._cache = {}
        self._pairs = {}
        self._piece_columns = None
        self.blocks = []
        offset = 0
        for vec, mat in zip(vectorizers, matrices, strict=True):
            n = mat.shape[1]
            vocab = {str(g): int(i) for g, i in vec.vocabulary_.items()}
            self.blocks.append(
                _Block(vocab, vec.idf_.astype("float32"), coef[offset : offset + n].copy())
            )
            offset += n

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


def word_ngrams(text: str, n: int) -> list[str]:
    """Lower-case words of two characters or more and their n-grams up to n
    (scikit-learn's "word" analyzer with its default token pattern)."""
    words = _TOKEN_RE.findall(text.lower())
    grams = list(words)
    for k in range(2, n + 1):
        grams += [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    return grams


def char_wb_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """Character n-grams inside each whitespace-separated word padded with a
    space, lower case (scikit-learn's "char_wb" analyzer)."""
    grams: list[str] = []
    for word in text.lower().split():
        padded = f" {word} "
        size = len(padded)
        for n in range(lo, hi + 1):
            if size <= n:
                grams.append(padded)  # the whole padded word, once
                break
            grams += [padded[i : i + n] for i in range(size - n + 1)]
    return grams


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
