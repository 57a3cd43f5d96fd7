"""Classifying speed-ups of round 7 (issue 9) against the code they replace: the
TF-IDF columns of a batch gathered in array operations (nlp/piece_columns.py)
against the piece-by-piece reading, the urgent model's keys put together in
array operations (nlp/batch_keys.py) against the token-by-token reading.
Each test fails when its shortcut computes something else."""

from __future__ import annotations

import random

import numpy as np
import pytest
from spacy.tokens import Doc

import nlp.batch_keys
import nlp.piece_columns
from nlp.char_columns import CharColumns
from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, read_records
from nlp.fastscore import batch_keys_of, batch_unique_keys, scorer_for
from nlp.features import FeatureExtractor
from nlp.piece_columns import PieceColumns, Ragged, per_group
from nlp.pieces import PieceScorer
from nlp.tfidf import TfidfTopics, _ones, char_wb_ngrams

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
    for together in (None, (int(tfidf.cfg["char_min"]), int(tfidf.cfg["char_max"]))):
        gather = PieceColumns(
            tfidf.blocks[0].vocab, tfidf.blocks[1].vocab, tfidf._analyse, together
        )
        _check_gatherer(tfidf, gather, texts)
    gather = tfidf.piece_columns()
    assert gather is not None and gather.char_range is not None  # the component's: together
    gather._add(["Abfall", "x\u00a0y"])  # not lower case, whitespace: one by one
    for piece in ["Abfall", "x\u00a0y"]:
        found = gather.ids[piece]
        _, unigrams, chars = tfidf._analyse(piece)
        assert gather.unigrams.gather(np.asarray([found]))[0].tolist() == unigrams
        assert np.array_equal(gather.chars.gather(np.asarray([found]))[0], chars)


def _check_gatherer(tfidf: TfidfTopics, gather: PieceColumns, texts: list[str]) -> None:
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


# -- character n-grams as exact integer keys (nlp/char_columns.py) -------------


def _known_grams(vocab: dict[str, int], piece: str, lo: int, hi: int) -> list[int]:
    return [vocab[g] for g in char_wb_ngrams(piece, lo, hi) if g in vocab]


def test_char_columns_are_the_known_char_wb_ngrams_in_their_order(
    tfidf: TfidfTopics, texts: list[str]
) -> None:
    vocab = tfidf.blocks[1].vocab
    lo, hi = int(tfidf.cfg["char_min"]), int(tfidf.cfg["char_max"])
    odd = ["a", "ab", "abc", "x\x00", "\x00", "\u0fff\u0fffe", "\u1000ab", "m\U0001f600ll", "ß"]
    pieces = [*dict.fromkeys(p for t in texts[:400] for p in t.lower().split()), *odd]
    chars = CharColumns(vocab, lo, hi)
    cols, counts, inexact = chars.columns(pieces)
    ends = np.cumsum(counts).tolist()
    for k, (piece, a, b) in enumerate(zip(pieces, [0, *ends[:-1]], ends, strict=True)):
        if inexact[k]:
            assert max(map(ord, piece)) >= 4096 and a == b
        else:
            assert cols[a:b].tolist() == _known_grams(vocab, piece, lo, hi), piece
    assert inexact.tolist()[-len(odd) :] == [False] * 6 + [True, True, False]
    # a made-up vocabulary: grams with NUL, code points at the limit, every length
    made = {" a": 0, "a ": 1, " a ": 2, "x\x00": 3, "x\x00 ": 4, " \u0fff": 5, "\u0fff\u0fff": 6}
    made |= {" abc ": 7, "bc": 8, " \u1000": 9, "ab": 10}
    small = CharColumns(made, 2, 5)
    cols, counts, _ = small.columns(odd)
    ends = np.cumsum(counts).tolist()
    for piece, a, b in zip(odd, [0, *ends[:-1]], ends, strict=True):
        if max(map(ord, piece)) < 4096:
            assert cols[a:b].tolist() == _known_grams(made, piece, 2, 5), piece
    assert CharColumns(made, 3, 5).columns(["abc"])[0].tolist() == [7]
    with pytest.raises(ValueError):
        CharColumns(made, 4, 5)  # "a" padded is shorter than any n: char_wb keeps it
    assert [len(x) for x in small.columns([])] == [0, 0, 0]


def test_presence_values_are_ones_of_the_right_length() -> None:
    """The presence product's values (a view of one kept array of ones)."""
    for n in (0, 5, 3, 100_000, 7):
        got = _ones(n)
        assert got.dtype == np.float32 and got.shape == (n,) and (got == 1.0).all()
        assert not got.flags.writeable  # nobody can change the kept ones


# -- the batch's coordinates located at once (nlp/geo.py) ----------------------


def test_points_located_at_once_are_those_located_one_by_one(classifier: ConcernClassifier) -> None:
    """locate_many against locate: points all over and around the city, polygon
    vertices (on borders: the tree decides), points outside every Quartier."""
    qmap = classifier.gazetteer.quartier_map
    rng = random.Random(5)
    x0 = min(b[0] for b in qmap._bounds) - 0.01
    y0 = min(b[1] for b in qmap._bounds) - 0.01
    x1 = max(b[2] for b in qmap._bounds) + 0.01
    y1 = max(b[3] for b in qmap._bounds) + 0.01
    points = [(rng.uniform(y0, y1), rng.uniform(x0, x1)) for _ in range(3000)]
    for geom in qmap._geoms[:6]:  # vertices: on a border between Quartiere
        coords = list(geom.exterior.coords) if hasattr(geom, "exterior") else []
        points += [(lat, lon) for lon, lat in coords[::20]]
    want = [qmap.locate(lat, lon) for lat, lon in points]
    assert qmap.locate_many(points) == want
    assert sum(a is None for a in want) > 100 and len({a for a in want if a}) > 20
    assert qmap.locate_many([]) == []
    text = "Abfall an der Josefstrasse"
    for lat, lon in points[:50]:
        area = qmap.locate(lat, lon)
        got = classifier.gazetteer.resolve(text, lat, lon, located=True, area=area)
        assert got == classifier.gazetteer.resolve(text, lat, lon)
