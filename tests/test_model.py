"""The topic model: the architecture learns, survives a disk round trip, and the
shipped model behaves the same through nlp.pipe and nlp(text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from nlp.classifier import DEFAULT_MODEL, ConcernClassifier
from nlp.corpus import TRAIN_FILE
from nlp.features import FeatureExtractor, fold_word, hash_feature
from nlp.training import train_model

TINY = [
    ("Der Abfallkübel ist übervoll", "abfall"),
    ("Güsel überall auf dem Trottoir", "abfall"),
    ("Die Strassenlampe flackert", "beleuchtung"),
    ("Laterne ist nachts dunkel", "beleuchtung"),
    ("Das Tram kommt immer zu spät", "oev"),
    ("Bus fährt nicht nach Fahrplan", "oev"),
]

SAMPLES = [
    "Abfalkübel voll bim Helvetiaplatz",
    "d Strasselampe isch kaputt",
    "The tram stop has no timetable",
    "Ratten im Innenhof an der Josefstrasse",
    "Mini Nachbarin isch 90 und ganz elei",
]


def build_tiny() -> spacy.language.Language:
    nlp = spacy.blank("de")
    textcat = nlp.add_pipe(
        "textcat",
        config={"model": {"@architectures": "quartier.CharNgramBOW.v1", "exclusive_classes": True}},
    )
    labels = sorted({label for _, label in TINY})
    for label in labels:
        textcat.add_label(label)
    examples = [
        Example.from_dict(nlp.make_doc(t), {"cats": {lab: float(lab == y) for lab in labels}})
        for t, y in TINY
    ]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer)
    return nlp


def test_architecture_overfits_a_tiny_corpus() -> None:
    nlp = build_tiny()
    for text, label in TINY:
        cats = nlp(text).cats
        assert max(cats, key=cats.__getitem__) == label


def test_round_trip_keeps_predictions(tmp_path: Path) -> None:
    nlp = build_tiny()
    nlp.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    for text in SAMPLES:
        assert loaded(text).cats == nlp(text).cats


def test_shipped_model_round_trip_and_pipe_equals_call(tmp_path: Path) -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.to_disk(tmp_path / "copy")
    again = spacy.load(tmp_path / "copy")
    piped = list(nlp.pipe(SAMPLES, batch_size=2))
    for text, doc in zip(SAMPLES, piped, strict=True):
        single = nlp(text).cats
        assert doc.cats == single
        assert again(text).cats == single
        assert abs(sum(single.values()) - 1.0) < 1e-4


def test_shipped_model_knows_all_topics(classifier: ConcernClassifier) -> None:
    # no textcat since the subword member joined the pool (docs/real-baseline.md)
    assert classifier.model.pipe_names == ["tfidf"]
    for name in classifier.model.pipe_names:
        labels = classifier.model.get_pipe(name).labels
        assert sorted(labels) == sorted(classifier.routing.topic_codes)


def test_shipped_model_reads_the_normalised_text() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    raw = "Laterne defekt<br/>(siehe Foto) https://example.org/a (Adresssuche nach: Musterweg 3)"
    assert nlp.make_doc(raw).text == "Laterne defekt"
    assert nlp(raw).cats == nlp("Laterne defekt").cats


def test_features_fold_swiss_and_german_spellings() -> None:
    assert fold_word("Strasse") == fold_word("Straße")
    assert fold_word("Kübel") == fold_word("Kuebel") == "kubel"
    ext = FeatureExtractor(2, 3, 5)
    a = set(ext._word_keys(fold_word("Abfallkübel")).tolist())
    b = set(ext._word_keys(fold_word("Abfalkübel")).tolist())
    assert len(a & b) / len(a | b) > 0.4  # a typo keeps most features
    assert hash_feature("w", "kubel") == hash_feature("w", "kubel")  # stable, not salted


def test_training_recipe_produces_a_loadable_model(tmp_path: Path) -> None:
    lines = TRAIN_FILE.read_text(encoding="utf-8").splitlines()[::40]
    small = tmp_path / "train.jsonl"
    small.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    scores = train_model(
        train_file=small,
        output=out,
        overrides={"training.max_steps": 40, "training.eval_frequency": 20},
    )
    assert "cats_macro_f" in scores
    nlp = spacy.load(out)
    # the recipe's textcat has no share (nlp/configs/tfidf.cfg): none is trained
    assert nlp.pipe_names == ["tfidf"]
    topic = json.loads(lines[0])["topic"]
    assert topic in nlp.get_pipe("tfidf").labels
    assert nlp.get_pipe("tfidf").pieces is not None
    cats = nlp("Der Abfallkübel ist übervoll").cats
    assert sum(cats.values()) == pytest.approx(1.0, abs=1e-4)
