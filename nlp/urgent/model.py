"""The trained urgent detector: a spaCy textcat over hashed word and character n-grams.

Multi-label: "urgent" (the score) plus one label per emergency category (the
most likely one names the category); each label is its own sigmoid, so a text
with nothing the model knows ("ok", "Danke") scores near the base rate.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import nlp.features  # noqa: F401  (registers the architecture used by the model)
from nlp.fastscore import scorer_for
from nlp.vocab_zone import note, transient

DEFAULT_URGENT_MODEL = Path(__file__).resolve().parent.parent / "urgent_model"
URGENT_LABEL = "urgent"


class UrgentModel:
    """Loaded once; scoring is thread-safe (the model is read only)."""

    def __init__(self, pipeline: Language) -> None:
        self.pipeline = pipeline
        textcat: Any = pipeline.get_pipe("textcat")  # spaCy's TextCategorizer
        self.textcat = textcat
        labels: tuple[str, ...] = tuple(textcat.labels)
        if URGENT_LABEL not in labels:
            raise ValueError(f"urgent model has no {URGENT_LABEL!r} label")
        self.labels = labels
        self._urgent = labels.index(URGENT_LABEL)
        # textcat.predict, a batch at a time (nlp.fastscore): the same scores.
        self._scorer = scorer_for(textcat)

    @classmethod
    def load(cls, path: Path = DEFAULT_URGENT_MODEL) -> UrgentModel:
        return cls(spacy.load(path))

    def make_doc(self, text: str) -> Doc:
        doc = self.pipeline.make_doc(text)
        note(doc, text)  # in a memory zone: its known chunks cached after it
        return doc

    def score_docs(self, docs: Sequence[Doc]) -> list[tuple[float, str]]:
        """(urgent score, most likely category) per doc."""
        if not docs:
            return []
        predict = self._scorer.predict if self._scorer is not None else self.textcat.predict
        probs = np.asarray(predict(list(docs)), dtype="float32")
        # Per row: the urgent score, and the likeliest other label (the first of
        # equals, as argmax picks it): the whole batch at once.
        scores = probs[:, self._urgent].tolist()
        masked = probs.copy()
        masked[:, self._urgent] = -1.0
        labels = self.labels
        return [(s, labels[i]) for s, i in zip(scores, masked.argmax(axis=1).tolist(), strict=True)]

    def score_texts(self, texts: Sequence[str]) -> list[tuple[float, str]]:
        with transient(self.pipeline):  # the texts' new words go with the zone
            return self.score_docs([self.make_doc(t) for t in texts])


_lock = threading.Lock()
_loaded: dict[Path, UrgentModel] = {}


def shared_model(path: Path = DEFAULT_URGENT_MODEL) -> UrgentModel:
    """The model at `path`, loaded on first use and then shared."""
    model = _loaded.get(path)
    if model is None:
        with _lock:
            model = _loaded.get(path)
            if model is None:
                model = UrgentModel.load(path)
                _loaded[path] = model
    return model
