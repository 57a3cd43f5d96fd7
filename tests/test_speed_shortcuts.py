"""More classifying speed-ups (issue 9, round 3) against the straightforward code
they replace, on corpus texts (the held-out split and a slice of the training
corpus) and crafted edge cases. Each test fails when its shortcut computes
something else."""

from __future__ import annotations

import numpy as np
import pytest

from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
from nlp.fastscore import _raw_keys, _tag, batch_unique_keys, scorer_for


@pytest.fixture(scope="module")
def texts() -> list[str]:
    held_out = [r.text for r in read_records(TEST_FILE)]
    train = [r.text for r in read_records(TRAIN_FILE)][::6]
    return [*held_out, *train, "", "   ", "!!!", "a", "Kreis 4", "8004 Zürich"]


def test_batch_unique_keys_are_each_docs_np_unique(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    """Each doc's keys sorted on its own, the runs counted over the batch: the
    same arrays as `np.unique(keys, return_counts=True)` doc by doc."""
    scorer = scorer_for(classifier.model.get_pipe("textcat"))
    assert scorer is not None
    ext = scorer.extractor
    sample = [*texts[:1200], "", "a a a a", "Abfall Abfall Abfall Abfall"]
    docs = [classifier.model.make_doc(t) for t in sample]
    want = []
    for doc in docs:
        parts = _raw_keys(ext, doc)
        raw = np.concatenate(parts) if parts else np.zeros((0,), dtype="uint64")
        want.append(np.unique(raw, return_counts=True))
    keys, counts, lengths = batch_unique_keys(ext, docs)
    assert lengths.tolist() == [len(k) for k, _ in want]
    assert np.array_equal(keys, np.concatenate([k for k, _ in want]))
    assert np.array_equal(counts, np.concatenate([c for _, c in want]))
    assert keys.dtype == np.uint64
    for doc, (k, c) in zip(docs, want, strict=True):  # kept on each doc
        got = doc.user_data[_tag(ext)]
        assert np.array_equal(got[0], k) and np.array_equal(got[1], c)


def test_photo_word_check_on_the_lower_cased_text_is_the_case_blind_search(
    texts: list[str],
) -> None:
    """normalise looks for the photo words in text.lower() unless the text holds
    a character on which that and the IGNORECASE pattern disagree."""
    import re
    import sys

    from nlp.normalise import _CASE_ODD, _PHOTO_WORD_LIST, _PHOTO_WORDS, _photo_words

    assert "|".join(_PHOTO_WORD_LIST) == _PHOTO_WORDS.pattern
    letters = sorted(set("".join(_PHOTO_WORD_LIST)))
    any_letter = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    odd = []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        if any_letter.fullmatch(c):
            matched = {x for x in letters if re.fullmatch(x, c, re.IGNORECASE)}
            if matched != {low}:
                odd.append(c)
        elif any(x in low for x in letters):
            odd.append(c)
    assert sorted(odd) == sorted(_CASE_ODD)
    crafted = ["FOTO anbei", "s. BİLD", "sıehe bıld", "Pıcture", "PHOTO", "Anhang", "imagE", "x"]
    for text in [*texts, *crafted, *(t.upper() for t in texts[::5])]:
        assert _photo_words(text) == (_PHOTO_WORDS.search(text) is not None), text


def test_word_set_of_the_last_text_is_that_texts() -> None:
    from nlp.urgent.fastre import word_set

    a = "es brennt im keller"
    b = "".join(["es brennt ", "im keller"])  # equal, not the same object
    assert word_set(a) == frozenset(a.split())
    assert word_set(b) is word_set(a)
    assert word_set("ganz anders hier") == {"ganz", "anders", "hier"}
    assert word_set(a) == frozenset(a.split())
    assert word_set("") == frozenset()
