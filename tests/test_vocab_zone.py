"""Residents' words leave spaCy's vocabularies once their text is classified
(nlp.vocab_zone): memory zones around the topic and urgent pipelines, the same
results as without them."""

from __future__ import annotations

import random
import string
import sys
import threading
from typing import Any

import pytest

import nlp.classifier as classifier_module
import nlp.vocab_zone as vz
from nlp.classifier import ConcernClassifier
from nlp.inputs import Concern
from nlp.urgent import detect_urgent, fastre

BASE = [
    "Vor dem Haus an der {w} liegt seit Tagen Abfall, bitte abholen.",
    "Die Strassenlaterne bei der {w} ist defekt und es ist nachts ganz dunkel.",
    "Es brennt ein Container neben dem {w}, bitte schnell kommen!",
    "Der Spielplatz im Park {w} ist voller Scherben.",
]


def made_up(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(11)) for _ in range(n)]


def stores(clf: ConcernClassifier) -> list[Any]:
    return [clf.model.vocab, clf.urgent.pipeline.vocab]


def kept(clf: ConcernClassifier, words: list[str]) -> list[str]:
    """The words (any case) still in a StringStore or Vocab of either pipeline."""
    return [
        w
        for w in words
        for v in stores(clf)
        for form in (w, w.capitalize())
        if form in v.strings or form in v
    ]


def run_all(clf: ConcernClassifier, words: list[str]) -> list[Any]:
    """Every path that runs a pipeline on a text: batch (fast scorer), one by
    one, the topic model alone, the urgent detector alone."""
    texts = [BASE[i % len(BASE)].format(w=w.capitalize()) for i, w in enumerate(words)]
    out: list[Any] = []
    batch = list(clf.classify_many(Concern(t) for t in texts))  # >= 16: the fast scorer
    out += [(r.as_dict(), r.alternatives) for r in batch]
    out += [clf.classify(t).as_dict() for t in texts[:4]]
    out += [clf.topic(t) for t in texts[:4]]
    out += [clf.ranked_topics(t) for t in texts[:4]]
    out += [detect_urgent(t) for t in texts[:4]]
    return out


def test_made_up_words_leave_both_vocabularies(classifier: ConcernClassifier) -> None:
    words = made_up(random.Random(1), 40)
    before = [len(v.strings) for v in stores(classifier)]
    run_all(classifier, words)
    assert kept(classifier, words) == []
    assert [len(v.strings) for v in stores(classifier)] == before
    assert not any(v.in_memory_zone for v in stores(classifier))


def test_same_results_without_zone_and_words_then_kept(
    classifier: ConcernClassifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = made_up(random.Random(2), 40)
    with_zone = run_all(classifier, words)
    assert kept(classifier, words) == []
    monkeypatch.setattr(vz, "enabled", False)
    without = run_all(classifier, words)
    assert without == with_zone
    # without the zone spaCy keeps them: what the zone guards against
    assert set(kept(classifier, words)) == set(words)


def test_threads_classify_at_once(classifier: ConcernClassifier) -> None:
    """The dialog classifies in several worker threads: each zone holds its
    Vocab's lock, so no thread's lexemes are freed under another."""
    words = made_up(random.Random(3), 64)
    texts = [BASE[i % len(BASE)].format(w=w) for i, w in enumerate(words)]
    expected = [classifier.classify(t).as_dict() for t in texts]
    got: dict[int, list[dict[str, Any]]] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            mine = texts[k::4]
            got[k] = [classifier.classify(t).as_dict() for t in mine]
            got[k] += [r.as_dict() for r in classifier.classify_many(Concern(t) for t in mine)]
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch often: inside each other's zones
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    for k in range(4):
        assert got[k] == expected[k::4] * 2
    assert kept(classifier, words) == []


def test_only_known_chunks_are_cached_after_a_zone(classifier: ConcernClassifier) -> None:
    """spaCy's tokenizer caches nothing in a zone; afterwards the chunks made of
    words the model knows are tokenised again to cache them, never a chunk with a
    new word (it would make the word permanent)."""
    (word,) = made_up(random.Random(4), 1)
    classifier.topic("Abfall")  # the pipeline's first zone makes its warmer
    warmer = vz._warmers[id(classifier.model.vocab)]
    text = f"Abfall liegt beim {word.capitalize()} am Strassenrand"
    warmer.done = False  # (other tests' texts may have ended the reading)
    classifier.topic(text)
    assert hash(word.capitalize()) not in warmer.offered
    assert warmer.pending == []
    known = [c for c in text.split() if c != word.capitalize()]
    # known here: offered now or before (the limit aside)
    assert all(hash(c) in warmer.offered for c in known) or len(warmer.offered) >= warmer.limit
    assert kept(classifier, [word]) == []


def cached_words(clf: ConcernClassifier) -> set[str]:
    """The words in the project's word caches (topic and urgent features, TF-IDF)."""
    found: set[str] = set()
    scorers = [*clf._scorers.values(), clf.urgent._scorer]
    for scorer in scorers:
        if scorer is not None:
            ext = scorer.extractor
            found |= set(ext._cache) | {w for w in ext._orth_cache.values() if w}
            found |= {w for pair in ext._pair_cache for w in pair}
            if ext._batch_keys is not None:
                found |= set(ext._batch_keys.word_ids)
    for _, proc in clf.model.pipeline:
        found |= set(getattr(proc, "_cache", {}))
    index = fastre._INDEX  # the urgent rules' words and recent whole texts
    found |= set(index.words) | {w for text in index._texts for w in text.split()}
    return found


def test_word_caches_emptied_when_due(
    classifier: ConcernClassifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = made_up(random.Random(5), 20)
    run_all(classifier, words)
    assert set(words) & cached_words(classifier)  # the caches hold residents' words
    before = run_all(classifier, made_up(random.Random(6), 20))
    monkeypatch.setattr(classifier_module, "WORDS_KEPT_S", 0.0)
    list(classifier.classify_many([Concern("Abfall am Strassenrand")]))
    assert not set(words) & cached_words(classifier)
    monkeypatch.setattr(classifier_module, "WORDS_KEPT_S", 3600.0)
    assert run_all(classifier, made_up(random.Random(6), 20)) == before  # same results


def test_an_error_in_a_zone_leaves_the_pipeline_usable() -> None:
    """spaCy issue 13924 (an exception in a zone left the vocab broken on some
    3.8 versions): the zone, the lock and this thread's note of it all end."""
    import spacy

    nlp = spacy.blank("de")
    with pytest.raises(RuntimeError), vz.transient(nlp):
        nlp("Abfall bei der qqxwortvier")
        raise RuntimeError("in the zone")
    assert not nlp.vocab.in_memory_zone
    assert "qqxwortvier" not in nlp.vocab.strings
    with vz.transient(nlp):  # the lock was released, the zone can begin again
        assert [t.text for t in nlp("wieder qqxwortvier da")] == ["wieder", "qqxwortvier", "da"]
    assert "qqxwortvier" not in nlp.vocab.strings
    assert id(nlp.vocab) not in vz._mine.zones
