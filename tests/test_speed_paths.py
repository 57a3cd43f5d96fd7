"""The classifying speed-ups compute exactly what the straightforward code
computed: each fast path is checked against a plain reference on corpus texts
(the held-out split and a slice of the training corpus)."""

from __future__ import annotations

import json
import random
import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

import numpy as np
import pytest
import spacy
from spacy.language import Language
from spacy.training import Example

from nlp.classifier import Classification, ConcernClassifier
from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
from nlp.fastscore import MIN_BATCH, murmur3_32, scorer_for
from nlp.features import _WORD_RE, FeatureExtractor, fold_word, hash_feature
from nlp.inputs import Concern
from nlp.normalise import normalise, normalise_reference
from nlp.places import Gazetteer
from nlp.tfidf import TfidfTopics, char_wb_ngrams, word_ngrams
from nlp.urgent import cues, rules
from nlp.urgent.fastre import Alternation, Substrings, required_strings, split_top_level
from nlp.urgent.training import URGENT_TEST_FILE, URGENT_TRAIN_FILE


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


@pytest.mark.parametrize("name", ["_STRONG", "_DANGER", "EXTRA_STRONG", "IDIOMS", "VETO", "PLEAS"])
def test_split_alternation_finds_what_the_whole_pattern_finds(name: str) -> None:
    pattern = getattr(rules, name, None) or getattr(cues, name)
    fast = Alternation(pattern)
    assert len(fast.alternatives) > 1
    assert all(needs for _, needs in fast.alternatives)  # each has words to look for
    lines = [
        *URGENT_TRAIN_FILE.read_text(encoding="utf-8").splitlines(),
        *URGENT_TEST_FILE.read_text(encoding="utf-8").splitlines(),
    ]
    urgent = [json.loads(line)["text"] for line in lines if line.strip()]
    held_out = [r.text for r in read_records(TEST_FILE)]
    hits = 0
    for text in (t.lower() for t in [*urgent, *held_out]):
        want, got = pattern.search(text), fast.search(text)
        assert (want is None) == (got is None), text
        if want is not None and got is not None:
            hits += 1
            assert (want.span(), want.group(0)) == (got.span(), got.group(0)), text
    assert hits > 20


def test_required_strings_of_a_pattern() -> None:
    def needs(source: str) -> frozenset[str] | None:
        return required_strings(sre_parse.parse(source, re.VERBOSE))

    assert needs(r"\b(mann|frau)\b(\s+\w+){0,6}\s+liegt") == frozenset({"liegt"})
    assert needs(r"(strom)?kabel\s+x") == frozenset({"kabel"})
    assert needs(r"\b(brennt|flamme)\b") == frozenset({"brennt", "flamme"})
    assert needs(r"(brennt|brönnt)") == frozenset({"ennt", "önnt"})  # the parser splits off "br"
    assert needs(r"(a|\w+)b") == frozenset({"b"})
    assert needs(r"\w+\s*!") == frozenset({"!"})
    assert needs(r"(x|)y?") is None
    assert split_top_level(r"a|(b|c)|[|\]]|d\|e", verbose=False) == [
        "a",
        "(b|c)",
        r"[|\]]",
        r"d\|e",
    ]


def test_normalise_with_shortcuts_equals_every_step_applied(texts: list[str]) -> None:
    crafted = [
        "Kübel voll<br/>siehe Foto ( Adresssuche nach: Musterweg 3 )",
        "Lampe kaputt , s. Bild.  Mehr: https://x.ch/a?b  und WWW.stadt.ch !",
        "Velo &amp; Trottinett<p>  \u00a0 see the photos ; VOIR PHOTO : ok ?",
        "\u2003\tnur Leerraum\u3000am Rand\x1c ",
        "FOTO ANBEI , ;",
        "<b></b>",
        "&nbsp;",
        "Kübel voll,",
        "Kübel voll ,. und: ja; nein!",
        "a,;: b ,,? c :",
        "Link wWw.Stadt-Zuerich.ch und WWW .ch und ww.w",
        "İİİ. www",
        "... !",
        "!Kübel",
    ]
    for text in [*texts, *crafted, *(t.upper() for t in texts[::5])]:
        assert normalise(text) == normalise_reference(text), text


def test_substrings_read_word_by_word_equal_a_plain_search(texts: list[str]) -> None:
    lists = [
        cues.EXTRA_STEMS,
        cues.IDIOM_STEMS,
        cues.PLEA_STEMS,  # with "the way", "noch was": strings with a space
        rules.STRONG_STEMS,
    ]
    samples = [t.lower() for t in texts] + ["by the way", "ps", "", " \t ", "noch\twas"]
    for strings in lists:
        search = Substrings(strings)
        for text in samples:
            assert search.found_in(text) == any(s in text for s in strings), text
            assert search.present(text) == {s for s in search.plain if s in text}, text
    assert Substrings(cues.PLEA_STEMS).spaced  # the spaced path is exercised


def _batches(texts: list[str], size: int = 700) -> list[list[str]]:
    return [texts[i : i + size] for i in range(0, len(texts), size)]


def _exclusive_textcat(texts: list[str]) -> Language:
    """A topic-like textcat (softmax over three labels), trained a few steps on
    corpus texts with arbitrary labels: weights that are not all zero."""
    pipeline = spacy.blank("de")
    textcat = pipeline.add_pipe(
        "textcat",
        config={"model": {"@architectures": "quartier.CharNgramBOW.v1", "exclusive_classes": True}},
    )
    labels = ["a", "b", "c"]
    for label in labels:
        textcat.add_label(label)
    examples = [
        Example.from_dict(
            pipeline.make_doc(t), {"cats": {lab: float(lab == labels[i % 3]) for lab in labels}}
        )
        for i, t in enumerate(texts[:300])
    ]
    optimizer = pipeline.initialize(lambda: examples)
    for _ in range(5):
        pipeline.update(examples, sgd=optimizer)
    return pipeline


def test_batch_scoring_of_the_textcats_is_thincs_bit_for_bit(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    """nlp.fastscore against the textcats' own predict: the topic model (softmax)
    and the urgent model (logistic), on batches with empty and one-symbol texts."""
    topic_like = _exclusive_textcat(texts)  # the topic model has no textcat any more
    cases = [
        (topic_like.get_pipe("textcat"), topic_like.make_doc),
        (classifier.urgent.textcat, classifier.urgent.make_doc),
    ]
    batches = [*_batches(texts), ["", "!!!", "a", *texts[:40]], [""] * 20, texts[:3]]
    for textcat, make_doc in cases:
        scorer = scorer_for(textcat)
        assert scorer is not None
        for batch in batches:
            want = textcat.predict([make_doc(t) for t in batch])
            got = scorer.predict([make_doc(t) for t in batch])
            assert got.shape == want.shape and np.array_equal(got, want)
            if len(batch) >= MIN_BATCH and any(batch):
                assert got.dtype == np.float32  # the scorer's own path, not predict's


def test_murmur_hash_of_keys_is_thincs() -> None:
    """murmur3_32 against thinc's SparseLinear: a one-hot weight table shows
    which column each key's hash picked."""
    from thinc.api import SparseLinear_v2

    length = 64
    layer = SparseLinear_v2(nO=1, length=length)
    layer.initialize()
    rng = np.random.default_rng(5)
    keys = rng.integers(0, 2**64 - 1, size=300, dtype=np.uint64)
    for col in range(length):
        weights = np.zeros(length, dtype="float32")
        weights[col] = 1.0
        layer.set_param("W", weights)
        got = layer.predict((keys, np.ones(len(keys), "float32"), np.ones(len(keys), "int32")))
        picks = (murmur3_32(keys, 0) % length == col).astype("float32") + (
            murmur3_32(keys, 1) % length == col
        ).astype("float32")
        assert np.array_equal(np.asarray(got)[:, 0], picks)


def _tfidf_reference(tfidf: TfidfTopics, text: str) -> np.ndarray:
    """One text's TF-IDF probabilities, straight from the analyzers: sublinear
    tf times IDF, each block scaled to unit length, the weights summed, plus the
    presence weights of the n-grams found."""
    n, lo, hi = (int(tfidf.cfg[k]) for k in ("word_ngrams", "char_min", "char_max"))
    grams = [word_ngrams(text, n), char_wb_ngrams(text, lo, hi)]
    scores = tfidf.intercept.astype("float64")
    for block, found in zip(tfidf.blocks, grams, strict=True):
        counts: dict[int, int] = {}
        for g in found:
            if g in block.vocab:
                counts[block.vocab[g]] = counts.get(block.vocab[g], 0) + 1
        if not counts:
            continue
        cols = np.asarray(sorted(counts))
        vals = (1.0 + np.log([float(counts[c]) for c in cols])) * block.idf[cols]
        vals = vals / np.sqrt(np.sum(vals * vals))
        scores = scores + (block.coef[cols].astype("float64") * vals[:, None]).sum(axis=0)
        if block.binary is not None:
            scores = scores + block.binary[cols].astype("float64").sum(axis=0)
    if tfidf.pieces is not None:  # the subword member: the mean of its pieces' rows
        ids = tfidf.pieces.processor.encode(text)
        if ids:
            scores = scores + tfidf.pieces.table[ids].astype("float64").mean(axis=0)
        scores = scores + tfidf.pieces.bias
    e = np.exp(scores - scores.max())
    out: np.ndarray = e / e.sum()
    return out


def test_tfidf_batch_probabilities_equal_the_reference(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    tfidf = classifier.model.get_pipe("tfidf")
    assert isinstance(tfidf, TfidfTopics)
    # the installed pool has a member on the n-grams' presence: both paths add it
    assert all(block.binary is not None for block in tfidf.blocks)
    sample = texts[::3]
    docs = [classifier.model.make_doc(t) for t in sample]
    got = tfidf.probabilities(docs)
    for doc, row in zip(docs, got, strict=True):
        want = _tfidf_reference(tfidf, doc.user_data["quartier_text"])
        # float32 scores (one more rounding of the logits for the subword member's
        # sum) and, since round 10, float32 sums of the weights (up to 1.4e-5 here;
        # since round 14 3.7e-5 on a 420-character English letter: its logits differ
        # by at most 1.6e-4, float32 sums of several hundred n-grams' weights)
        assert np.allclose(row, want, rtol=0, atol=5e-5), doc.text
    # a few texts at a time (the sums by np.cumsum): bit for bit the same
    few = np.concatenate([tfidf.probabilities(docs[i : i + 5]) for i in range(0, 600, 5)])
    assert np.array_equal(few, got[:600])


def test_classify_many_equals_the_spacy_pipeline(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    """The batch path's topics against nlp.pipe with spaCy's own components."""
    sample = texts[:1500]
    got = list(classifier.classify_many([Concern(t) for t in sample]))
    docs = list(classifier.model.pipe(sample, batch_size=1000))
    for c, doc in zip(got, docs, strict=True):
        ranked = sorted(doc.cats.items(), key=lambda kv: kv[1], reverse=True)
        assert isinstance(c, Classification)
        assert (c.topic, c.confidence) == (ranked[0][0], float(ranked[0][1]))
        assert c.alternatives == [(t, float(s)) for t, s in ranked[1:3]]
