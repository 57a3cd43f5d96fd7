"""Classifying speed-ups of 2026-12-08 (issue 9; docs/real-baseline.md, "Speed
round (2026-12-08)") against the computation they replace: a text's pieces split
once for the TF-IDF columns and the subword member (nlp/piece_columns.py reads
them in the case the text has them), the strings with whitespace of the urgent
rules looked up by a key piece (nlp/urgent/fastre.py `_Spaced`), the urgent
keys' ORTH ids read from the tokens (nlp/batch_keys.py), and the TF-IDF
arithmetic in steps of a whole batch (nlp/tfidf.py `_STEP`). Each test fails
when its shortcut computes something else."""

from __future__ import annotations

import gc

import numpy as np
import pytest
from spacy.attrs import ORTH

import nlp.tfidf
from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, read_records
from nlp.fastscore import batch_keys_of
from nlp.piece_columns import PieceColumns
from nlp.tfidf import TfidfTopics
from nlp.urgent import fastre

# Pieces whose lower case is not simply each letter's, and cases of one word.
_CASES = [
    "ΟΔΟΣ ΟΔΟΣ. ΣΑΣ Σ ΑΣ. οδος",  # a capital sigma at a word's end becomes ς
    "İstanbul İ ISTANBUL istanbul",  # İ lowers to two code points
    "Abfall ABFALL abfall aBfAlL Abfall",
    "Kübel KÜBEL kübel Strasse STRASSE ẞ",
    "x\u00a0Y  X\u2003y\u200bZ \u180eQ",  # other whitespace, zero-width characters
    "Σ\u0301Σ ΣΣ\u0345 a\u0345Σ",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rows = [r.text for r in read_records(TEST_FILE)][:500]
    return [*_CASES, *rows, *(t.upper() for t in rows[:100]), *_CASES]


def test_a_texts_pieces_lowered_are_the_lowered_texts_pieces(texts: list[str]) -> None:
    for text in texts:
        assert [p.lower() for p in text.split()] == text.lower().split()


def test_columns_of_pieces_in_any_case_are_those_of_their_lower_case(
    tfidf: TfidfTopics, texts: list[str]
) -> None:
    gather = PieceColumns(tfidf.blocks[0].vocab, tfidf.blocks[1].vocab, tfidf._analyse, (2, 5))
    swapped = [t.swapcase() for t in texts]
    for part in (texts[:300], texts[:300], texts[200:], swapped):
        got = gather.batch(part)
        given = gather.batch(part, [t.split() for t in part])
        want = tfidf._batch_columns(part)
        assert got[1].tolist() == given[1].tolist() == want[1]
        assert got[3].tolist() == given[3].tolist() == want[3]
        assert got[0].tolist() == given[0].tolist() == want[0]  # each text's sorted
        chars = np.concatenate(want[2]) if want[2] else np.zeros(0, "int32")
        assert np.array_equal(got[2], chars) and np.array_equal(given[2], chars)
    # one id per lower-case piece, whatever cases the texts wrote it in
    assert len(gather.ids) == len({p.lower() for t in texts + swapped for p in t.split()})


def test_subword_scores_of_given_splits_are_those_it_splits(
    tfidf: TfidfTopics, texts: list[str]
) -> None:
    member = tfidf.pieces
    assert member is not None
    want = member.scores(texts)
    got = member.scores(texts, [t.split() for t in texts])
    assert got.tobytes() == want.tobytes()


def test_probabilities_in_one_step_are_those_in_steps_of_250(
    classifier: ConcernClassifier,
    tfidf: TfidfTopics,
    texts: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = [classifier.model.make_doc(t) for t in texts]
    assert nlp.tfidf._STEP >= 1000
    whole = tfidf.probabilities(docs)
    monkeypatch.setattr(nlp.tfidf, "_STEP", 250)
    tfidf.forget_words()
    steps = tfidf.probabilities(docs)
    assert whole.shape == (len(docs), len(tfidf.labels))
    assert whole.tobytes() == steps.tobytes()


def _spaced_sets() -> list[fastre._Spaced]:
    found = [o for o in gc.get_objects() if isinstance(o, fastre._Spaced)]
    return [s for s in found if s]


def test_spaced_strings_by_key_piece_are_every_string_tested(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    sets = _spaced_sets()
    assert len(sets) >= 5  # the urgent rules' (loaded with the classifier)
    spaced = [s for sp in sets for s, _ in sp.items]
    lows = [t.lower() for t in texts]
    # texts holding each string, one holding all its pieces but not it, and others
    probes = [
        *lows,
        *(f"am morgen {s} beim haus" for s in spaced),
        *(" x ".join(reversed(s.split())) for s in spaced),
        *(" ".join(spaced[i : i + 3]) for i in range(0, len(spaced), 3)),
    ]
    hits = 0
    for text in probes:
        bits = fastre._INDEX.text_bits(text)
        for sp in sets:
            want = fastre._spaced_in(text, bits, sp.items)
            assert sp.found(text, bits) == want
            hits += want
    assert hits >= len(spaced)


def test_a_string_of_whitespace_only_is_looked_for_in_every_text() -> None:
    sp = fastre._Spaced(["  ", "im park"])
    for text in ("a  b", "a b", "im park", "im  park", ""):
        bits = fastre._INDEX.text_bits(text)
        assert sp.found(text, bits) == fastre._spaced_in(text, bits, sp.items)


def test_urgent_keys_token_ids_are_to_arrays(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    scorer = classifier.urgent._scorer
    assert scorer is not None
    batch = batch_keys_of(scorer.extractor)
    assert batch is not None
    docs = [classifier.model.make_doc(t) for t in texts]
    wids, sizes = batch._word_ids(docs)
    assert sizes.tolist() == [len(d) for d in docs]
    orths = [o for d in docs for o in (d.to_array(ORTH).tolist() if len(d) else [])]
    assert wids.tolist() == [batch.orth_words[o] for o in orths]
