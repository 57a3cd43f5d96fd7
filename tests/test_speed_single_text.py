"""The topic model's paths for one text at a time (the dialog's), issue 10's load
round 12: one text's TF-IDF sums (nlp/tfidf_one.py), a few new words encoded
one by one (nlp/pieces.py), a few new pieces analysed one by one
(nlp/piece_columns.py). Each computes what the batch path computes, bit for
bit, and is the path taken."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import nlp.tfidf_sums
from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, read_records
from nlp.piece_columns import MANY, PieceColumns
from nlp.pieces import ENCODE_BATCH, PieceScorer
from nlp.tfidf import TfidfTopics

_EDGE = ["", "   ", "!!!", "a", "Abfall", "Abfall Abfall Abfall", "éé l'été  __ a_b", "\u2603 x"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*_EDGE, *[r.text for r in read_records(TEST_FILE)][:1200]]


def _fresh(classifier: ConcernClassifier) -> TfidfTopics:
    """A copy of the installed component with empty caches (every word new)."""
    tfidf = classifier.model.get_pipe("tfidf")
    assert isinstance(tfidf, TfidfTopics)
    copy = TfidfTopics("t", **tfidf.cfg)
    copy.labels, copy.blocks, copy.intercept = tfidf.labels, tfidf.blocks, tfidf.intercept
    member = tfidf.pieces
    assert member is not None  # the installed pool has the subword member
    copy.pieces = PieceScorer(member.model_proto, member.table, member.bias)
    return copy


def test_one_text_probabilities_are_the_batch_paths_bit_for_bit(
    classifier: ConcernClassifier, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [classifier.model.make_doc(t) for t in texts]
    batch = _fresh(classifier)
    # a few at a time (np.cumsum per text) and many at once (CSR) agree already
    # (tests/test_speed_paths.py); five at a time here
    want = np.concatenate([batch.probabilities(docs[i : i + 5]) for i in range(0, len(docs), 5)])

    def no_batch_runs(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("one text went through the batch arithmetic")

    monkeypatch.setattr(nlp.tfidf_sums, "text_runs", no_batch_runs)
    single = _fresh(classifier)
    got = np.concatenate([single.probabilities([doc]) for doc in docs])
    assert got.dtype == want.dtype and got.shape == want.shape
    assert got.tobytes() == want.tobytes()
    assert np.all(got.argmax(axis=1) < len(batch.labels))


class _Counting:
    """A SentencePiece processor that notes how it is called."""

    def __init__(self, processor: Any) -> None:
        self.processor = processor
        self.list_calls: list[int] = []
        self.word_calls = 0

    def encode(self, text: str | list[str], **kwargs: Any) -> Any:
        if isinstance(text, list):
            self.list_calls.append(len(text))
        else:
            self.word_calls += 1
        return self.processor.encode(text, **kwargs)


def test_few_new_words_are_encoded_one_by_one(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    member = _fresh(classifier).pieces
    assert member is not None
    words = list(dict.fromkeys(w for t in texts for w in t.split()))
    assert len(words) > 3 * ENCODE_BATCH
    reference = PieceScorer(member.model_proto, member.table, member.bias)
    for word in words:
        reference._add_word(word)
    counting = _Counting(member.processor)
    member.processor = counting  # type: ignore[assignment]
    few = words[: ENCODE_BATCH - 1]
    member._add_words(few)
    assert counting.list_calls == [] and counting.word_calls == len(few)
    member._add_words(words)  # the rest: one list call
    assert counting.list_calls == [len(words) - len(few)]
    assert member._words == reference._words
    n = len(words)
    assert member._word_rows[:n].tobytes() == reference._word_rows[:n].tobytes()
    assert np.array_equal(member._word_counts[:n], reference._word_counts[:n])


def test_few_new_pieces_are_analysed_one_by_one(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    tfidf = _fresh(classifier)
    gather = tfidf.piece_columns()
    assert gather is not None and gather.char_range is not None
    batches: list[int] = []
    many = gather._analyse_many

    def noted(pieces: list[str]) -> Any:
        batches.append(len(pieces))
        return many(pieces)

    gather._analyse_many = noted  # type: ignore[method-assign]
    reference = PieceColumns(tfidf.blocks[0].vocab, tfidf.blocks[1].vocab, tfidf._analyse)
    short = "Der Kübel an der Langstrasse ist voll"  # fewer than MANY pieces, all new
    assert len(short.split()) < MANY
    for text in [short, *texts]:
        got = gather.batch([text])
        want = reference.batch([text])
        assert all(np.array_equal(a, b) for a, b in zip(got, want, strict=True)), text
    assert batches[0] == 0  # the short text's new pieces: one by one
    long = " ".join(f"zqx{i}" for i in range(MANY))
    got, want = gather.batch([long]), reference.batch([long])
    assert all(np.array_equal(a, b) for a, b in zip(got, want, strict=True))
    assert batches[-1] == MANY  # MANY new pieces: together
