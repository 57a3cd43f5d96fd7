"""The TF-IDF + logistic regression component: fitted when the pipeline is
initialised, averaged with the textcat, the same through pipe and call, and
unchanged by a disk round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.training import Example

from nlp.tfidf import char_wb_ngrams, word_ngrams  # (also registers the component)

TINY = [
    ("Der Abfallkübel ist übervoll", "abfall"),
    ("Güsel überall auf dem Trottoir", "abfall"),
    ("Sperrmüll am Strassenrand abgestellt", "abfall"),
    ("Die Strassenlampe flackert", "beleuchtung"),
    ("Laterne ist nachts dunkel", "beleuchtung"),
    ("Die Leuchte im Durchgang ist aus", "beleuchtung"),
    ("Das Tram kommt immer zu spät", "oev"),
    ("Bus fährt nicht nach Fahrplan", "oev"),
    ("An der Haltestelle fehlt der Fahrplan", "oev"),
]
LABELS = sorted({label for _, label in TINY})


def _examples(pipeline: Language) -> list[Example]:
    return [
        Example.from_dict(pipeline.make_doc(t), {"cats": {lab: float(lab == y) for lab in LABELS}})
        for t, y in TINY
    ]


def build(weight: float, with_textcat: bool = True) -> Language:
    pipeline = spacy.blank("de")
    if with_textcat:
        textcat = pipeline.add_pipe(
            "textcat",
            config={
                "model": {"@architectures": "quartier.CharNgramBOW.v1", "exclusive_classes": True}
            },
        )
        for label in LABELS:
            textcat.add_label(label)
    tfidf = pipeline.add_pipe("quartier_tfidf", name="tfidf", config={"weight": weight})
    examples = _examples(pipeline)
    optimizer = pipeline.initialize(lambda: examples)
    if with_textcat:
        for _ in range(20):
            pipeline.update(examples, sgd=optimizer)
    assert tfidf.labels == LABELS
    return pipeline


def test_fitted_on_initialise_and_learns_the_tiny_corpus() -> None:
    pipeline = build(weight=0.0, with_textcat=False)
    for text, label in TINY:
        cats = pipeline(text).cats
        assert max(cats, key=cats.__getitem__) == label
        assert sum(cats.values()) == pytest.approx(1.0, abs=1e-5)
    # Unseen wording that shares words and character n-grams with one topic.
    cats = pipeline("Abfalkübel voll").cats
    assert max(cats, key=cats.__getitem__) == "abfall"


def test_averages_with_the_textcat() -> None:
    pipeline = build(weight=0.5)
    text = "Laterne flackert im Durchgang"
    doc = pipeline.make_doc(text)
    textcat_cats = pipeline.get_pipe("textcat")(doc).cats
    own = pipeline.get_pipe("tfidf").probabilities([pipeline.make_doc(text)])[0]
    mixed = pipeline(text).cats
    for i, label in enumerate(LABELS):
        assert mixed[label] == pytest.approx(0.5 * textcat_cats[label] + 0.5 * own[i], abs=1e-5)


def test_pipe_equals_call_and_round_trip_keeps_predictions(tmp_path: Path) -> None:
    pipeline = build(weight=0.5)
    texts = [t for t, _ in TINY] + ["Ganz etwas anderes", "", "Tram", "Kübel"]
    piped = [d.cats for d in pipeline.pipe(texts, batch_size=3)]
    assert piped == [pipeline(t).cats for t in texts]
    pipeline.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    assert [loaded(t).cats for t in texts] == piped


def test_weight_must_be_a_share() -> None:
    with pytest.raises(ValueError, match="weight"):
        spacy.blank("de").add_pipe("quartier_tfidf", config={"weight": 1.5})


@pytest.mark.parametrize(
    "text",
    [
        "Der Abfallkübel am Idaplatz ist ÜBERVOLL!!",
        "Laterne Nr. 7 defekt, seit 3 Tagen.",
        "x",
        "a b c",
        "Straße—Gehweg  kaputt\n(siehe)",
        "Il lampione è spento, l'autobus 33",
    ],
)
def test_n_grams_are_scikit_learns(text: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2)).build_analyzer()
    assert char_wb_ngrams(text, 2, 5) == chars(text)
    assert word_ngrams(text, 2) == words(text)
