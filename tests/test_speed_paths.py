"""The classifying speed-ups compute exactly what the straightforward code
computed: each fast path is checked against a plain reference on corpus texts
(the held-out split and a slice of the training corpus)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
from nlp.features import _WORD_RE, FeatureExtractor, fold_word, hash_feature
from nlp.places import Gazetteer
from nlp.tfidf import TfidfTopics, char_wb_ngrams, word_ngrams


@pytest.fixture(scope="module")
def texts() -> list[str]:
    held_out = [r.text for r in read_records(TEST_FILE)]
    train = [r.text for r in read_records(TRAIN_FILE)][::6]
    return [*held_out, *train, "", "   ", "!!!", "a", "Kreis 4", "8004 Zürich"]


def _reference_keys(ext: FeatureExtractor, words: list[str]) -> np.ndarray:
    """The feature keys as the extractor first computed them: from each token's text."""
    folded = [fold_word(w) for w in words if _WORD_RE.search(w)]
    parts = [ext._word_keys(w) for w in folded]
    for n in range(2, ext.word_ngrams + 1):
        grams = [" ".join(folded[i : i + n]) for i in range(len(folded) - n + 1)]
        parts.append(np.asarray([hash_feature("b", g) for g in grams], dtype="uint64"))
    return np.concatenate(parts) if parts else np.zeros((0,), dtype="uint64")


def test_feature_keys_from_token_ids_equal_keys_from_token_texts(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    ext = FeatureExtractor(2, 3, 5)
    for doc in classifier.model.pipe(texts):
        ref = np.unique(_reference_keys(ext, [t.text for t in doc]), return_counts=True)
        keys, counts = ext.unique_keys(doc)
        assert np.array_equal(keys, ref[0]) and np.array_equal(counts, ref[1]), doc.text
        # kept on the doc: a second model with the same features reads them back
        again = FeatureExtractor(2, 3, 5).unique_keys(doc)
        assert again[0] is keys
        # other features are not confused with these
        other = FeatureExtractor(1, 2, 4).unique_keys(doc)
        assert other[0] is not keys


def test_urgent_model_scores_the_shared_docs_as_fresh_ones(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    sample = texts[:400]
    shared = list(classifier.model.pipe(sample))  # keys kept on these docs
    urgent = classifier.urgent
    fresh = [classifier.model.make_doc(t) for t in sample]  # no keys kept yet
    assert urgent.score_docs(shared) == urgent.score_docs(fresh)


def test_tfidf_columns_read_piece_by_piece_equal_the_whole_text_analyzers(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    tfidf = classifier.model.get_pipe("tfidf")
    assert isinstance(tfidf, TfidfTopics)
    words, chars = tfidf.blocks
    n, lo, hi = (int(tfidf.cfg[k]) for k in ("word_ngrams", "char_min", "char_max"))
    for text in [*texts, "Müll<br/>  am Rand,Strasse 12:  x-y  Z.B.", "éé l'été  __ a_b"]:
        cols, pieces = tfidf._columns(text)
        ref_words = [words.vocab[g] for g in word_ngrams(text, n) if g in words.vocab]
        ref_chars = [chars.vocab[g] for g in char_wb_ngrams(text, lo, hi) if g in chars.vocab]
        assert sorted(cols) == sorted(ref_words), text
        got = np.concatenate(pieces).tolist() if pieces else []
        assert sorted(got) == sorted(ref_chars), text


def test_place_scan_skipping_inert_tokens_finds_what_the_full_scan_finds(
    gazetteer: Gazetteer, texts: list[str]
) -> None:
    variants = [*texts, *(t.lower() for t in texts[::3]), *(t.upper() for t in texts[::7])]
    fast = [gazetteer.find(t) for t in variants]
    gazetteer.skip_inert = False  # the instance's own setting; the class keeps True
    try:
        slow = [gazetteer.find(t) for t in variants]
    finally:
        del gazetteer.skip_inert
    assert fast == slow
    assert sum(map(len, slow)) > 1000  # the texts do name places


def test_point_lookup_shortcut_equals_the_tree(gazetteer: Gazetteer) -> None:
    qmap = gazetteer.quartier_map
    rng = random.Random(3)
    x0 = min(b[0] for b in qmap._bounds) - 0.01
    y0 = min(b[1] for b in qmap._bounds) - 0.01
    x1 = max(b[2] for b in qmap._bounds) + 0.01
    y1 = max(b[3] for b in qmap._bounds) + 0.01
    points = [(rng.uniform(y0, y1), rng.uniform(x0, x1)) for _ in range(3000)]
    # Vertices lie on the border between two Quartiere (or on the city's edge).
    for geom in qmap._geoms[:6]:
        ring = geom.exterior if geom.geom_type == "Polygon" else geom.geoms[0].exterior
        coords = list(ring.coords)
        points += [(lat, lon) for lon, lat in coords[:: max(1, len(coords) // 40)]]
    found = [qmap.locate(lat, lon) for lat, lon in points]
    assert found == [qmap._locate_tree(lat, lon) for lat, lon in points]
    assert sum(a is not None for a in found) > 1000
