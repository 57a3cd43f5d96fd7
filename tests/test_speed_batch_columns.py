"""Classifying speed-ups of round 7 (issue 9) against the code they replace: the
TF-IDF columns of a batch gathered in array operations (nlp/piece_columns.py)
against the piece-by-piece reading, the urgent model's keys put together in
array operations (nlp/batch_keys.py) against the token-by-token reading.
Each test fails when its shortcut computes something else."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.tokens import Doc

import nlp.batch_keys
import nlp.piece_columns
from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, read_records
from nlp.fastscore import batch_keys_of, batch_unique_keys, scorer_for
from nlp.features import FeatureExtractor
from nlp.piece_columns import PieceColumns, Ragged, per_group
from nlp.pieces import PieceScorer
from nlp.tfidf import TfidfTopics

_EDGE = [
    "",
    "   ",
    "a",
    "Abfall",
    "Abfall Abfall Abfall Abfall",
    "x-y  z.B. Müll,Müll  Müll",
    "Müll<br/>  am Rand,Strasse 12:  x-y  Z.B.",
    "éé l'été  __ a_b",
    "\u2603schnee ~~~ schnee\u2603",
    "zzqx zzqy zzqx zzqy",  # pairs of words the vocabulary does not know
    "Abfall",
    "!!!",
]


@pytest.fixture(scope="module")
def tfidf(classifier: ConcernClassifier) -> TfidfTopics:
    component = classifier.model.get_pipe("tfidf")
    assert isinstance(component, TfidfTopics)
    return component


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*_EDGE, *(r.text for r in read_records(TEST_FILE)), *_EDGE]


def _per_text(flat: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
    ends = np.cumsum(lengths).tolist()
    return [flat[a:b].tolist() for a, b in zip([0, *ends[:-1]], ends, strict=True)]


def _check(tfidf: TfidfTopics, gather: PieceColumns, texts: list[str]) -> None:
    word_cols, word_lengths, char_parts, char_lengths = tfidf._batch_columns(texts)
    got_words, got_word_lengths, got_chars, got_char_lengths = gather.batch(texts)
    assert got_word_lengths.tolist() == word_lengths
    assert got_char_lengths.tolist() == char_lengths
    assert _per_text(got_words, got_word_lengths) == _per_text(
        np.asarray(word_cols), np.asarray(word_lengths)
    )
    want_chars = np.concatenate(char_parts) if char_parts else np.zeros(0, "int32")
    assert np.array_equal(got_chars, want_chars)  # also in the same order
    assert got_words.dtype == np.int32 and got_chars.dtype == np.int32


def test_batch_columns_are_the_piece_by_piece_columns(tfidf: TfidfTopics, texts: list[str]) -> None:
    gather = PieceColumns(tfidf.blocks[0].vocab, tfidf.blocks[1].vocab, tfidf._analyse)
    _check(tfidf, gather, texts[:700])  # every piece new
    _check(tfidf, gather, texts[:700])  # every piece known
    _check(tfidf, gather, texts[300:1500])  # some known, some new
    _check(tfidf, gather, texts[-len(_EDGE) :])
    _check(tfidf, gather, ["Abfall"])  # one text, one word: no pair
    _check(tfidf, gather, ["", ""])  # nothing at all


def test_batch_columns_start_anew_past_the_limit(
    tfidf: TfidfTopics, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp.piece_columns, "CACHE_LIMIT", 50)
    gather = PieceColumns(tfidf.blocks[0].vocab, tfidf.blocks[1].vocab, tfidf._analyse)
    _check(tfidf, gather, texts[:200])
    assert len(gather.ids) > 50
    _check(tfidf, gather, texts[200:400])  # cleared first, then filled again
    assert len(gather.ids) < len(set(" ".join(texts[:400]).lower().split()))


def test_the_component_uses_the_gatherer_of_its_own_vocabulary(tfidf: TfidfTopics) -> None:
    gather = tfidf.piece_columns()
    assert gather is not None and tfidf.piece_columns() is gather
    assert gather.word_vocab is tfidf.blocks[0].vocab
    copy = TfidfTopics("t", weight=0.0, c=1.0, word_ngrams=3, char_min=2, char_max=5, min_df=1)
    copy.blocks = tfidf.blocks
    assert copy.piece_columns() is None  # word trigrams: read piece by piece


def test_ragged_rows_gathered_in_any_order() -> None:
    rows = Ragged("int32")
    rows.extend([[1, 2, 3], [], [4]])
    rows.extend([np.asarray([5, 6], dtype="int32")])
    flat, sizes = rows.gather(np.asarray([3, 0, 1, 2, 0], dtype="int64"))
    assert flat.tolist() == [5, 6, 1, 2, 3, 4, 1, 2, 3] and sizes.tolist() == [2, 3, 0, 1, 3]
    flat, sizes = rows.gather(np.asarray([1, 1], dtype="int64"))
    assert flat.tolist() == [] and sizes.tolist() == [0, 0]
    assert per_group(np.asarray([1, 2, 3, 4]), np.asarray([0, 2, 0, 2, 0])).tolist() == [
        0,
        3,
        0,
        7,
        0,
    ]


# -- the urgent model's keys (nlp/batch_keys.py) ------------------------------


def _unique_per_doc(ext: FeatureExtractor, docs: list[Doc]) -> list[tuple[list[int], list[int]]]:
    out = []
    for doc in docs:
        keys, counts = np.unique(ext.doc_keys(doc), return_counts=True)
        out.append((keys.tolist(), counts.tolist()))
    return out


def _batch_per_doc(ext: FeatureExtractor, docs: list[Doc]) -> list[tuple[list[int], list[int]]]:
    for doc in docs:
        doc.user_data.clear()
    keys, counts, lengths = batch_unique_keys(ext, docs)
    ends = np.cumsum(lengths).tolist()
    return [
        (keys[a:b].tolist(), counts[a:b].tolist())
        for a, b in zip([0, *ends[:-1]], ends, strict=True)
    ]


def test_batch_keys_are_each_docs_keys_token_by_token(
    classifier: ConcernClassifier, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keys put together in array operations: per doc the same unique keys
    and counts as FeatureExtractor.doc_keys, for docs of both pipelines (their
    ORTH ids are hashes of the text), new and known words, and past the limit."""
    scorer = scorer_for(classifier.urgent.textcat)
    assert scorer is not None
    ext = FeatureExtractor(
        scorer.extractor.word_ngrams,
        scorer.extractor.char_min,
        scorer.extractor.char_max,
        scorer.extractor.char_min_word,
    )
    assert batch_keys_of(ext) is not None
    sample = texts[:600]
    topic_docs = [classifier.model.make_doc(t) for t in sample]
    urgent_docs = [classifier.urgent.make_doc(t.lower()) for t in sample]
    mixed = [d for pair in zip(topic_docs, urgent_docs, strict=True) for d in pair]
    want = _unique_per_doc(ext, mixed)
    assert _batch_per_doc(ext, mixed) == want  # new words
    assert _batch_per_doc(ext, mixed[::-1]) == want[::-1]  # known words
    one = [classifier.urgent.make_doc("Abfall")]  # one word: no pair
    assert _batch_per_doc(ext, one) == _unique_per_doc(ext, one)
    monkeypatch.setattr(nlp.batch_keys, "CACHE_LIMIT", 40)
    tables = batch_keys_of(ext)
    assert tables is not None
    assert _batch_per_doc(ext, mixed[:300]) == want[:300]  # cleared first
    assert len(tables.words) < len({w for d in mixed[:300] for w in d.text.split()}) * 2
    assert _batch_per_doc(ext, mixed[300:]) == want[300:]
    unigrams = FeatureExtractor(1, 3, 5)
    assert batch_keys_of(unigrams) is not None
    assert _batch_per_doc(unigrams, topic_docs[:100]) == _unique_per_doc(unigrams, topic_docs[:100])
    assert batch_keys_of(FeatureExtractor(3, 3, 5)) is None  # trigrams: token by token


# -- the subword member's new words (nlp/pieces.py) ---------------------------


def test_new_words_added_at_once_are_those_added_one_by_one(
    tfidf: TfidfTopics, texts: list[str]
) -> None:
    """The rows of a batch's new words (one encode, one reduceat) are bit for bit
    those of _add_word (np.sum per word), also for a piece whose row holds -0.0
    (np.sum gives +0.0 there), and the scores the same."""
    member = tfidf.pieces
    assert member is not None
    table = member.table.copy()
    words = list(dict.fromkeys(w for t in texts[:800] for w in t.split()))
    single = member.processor.encode(words[0])
    table[single[0]] = -0.0  # a piece of the first word scores -0.0 for every label
    one_by_one = PieceScorer(member.model_proto, table, member.bias)
    at_once = PieceScorer(member.model_proto, table, member.bias)
    for word in words:
        one_by_one._add_word(word)
    at_once._add_words(words[:5])
    at_once._add_words(words)  # the first five are known: left alone
    assert at_once._words == one_by_one._words
    n = len(words)
    assert at_once._word_rows[:n].tobytes() == one_by_one._word_rows[:n].tobytes()
    assert np.array_equal(at_once._word_counts[:n], one_by_one._word_counts[:n])
    if len(single) == 1:
        assert np.signbit(one_by_one._word_rows[0]).sum() == 0  # +0.0, not -0.0
    fresh = PieceScorer(member.model_proto, table, member.bias)
    assert fresh.scores(texts[:800]).tobytes() == one_by_one.scores(texts[:800]).tobytes()
