"""More classifying speed-ups (issue 9, round 3) against the straightforward code
they replace, on corpus texts (the held-out split and a slice of the training
corpus) and crafted edge cases. Each test fails when its shortcut computes
something else."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest
from spacy.tokens import Doc

from nlp.classifier import Concern, ConcernClassifier
from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
from nlp.fastscore import _tag, batch_unique_keys, murmur3_32, scorer_for
from nlp.tfidf import TfidfTopics, _label_values, _text, text_runs


@pytest.fixture(scope="module")
def texts() -> list[str]:
    held_out = [r.text for r in read_records(TEST_FILE)]
    train = [r.text for r in read_records(TRAIN_FILE)][::6]
    return [*held_out, *train, "", "   ", "!!!", "a", "Kreis 4", "8004 Zürich"]


def test_batch_unique_keys_are_each_docs_np_unique(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    """Each doc's keys sorted in place in one array of the batch's keys (the
    word pairs' keys read for the whole batch at once), the runs counted over
    the batch: the same arrays as `np.unique(ext.doc_keys(doc), return_counts=True)`
    doc by doc, for fresh docs and for batches where some docs hold their keys."""
    scorer = scorer_for(classifier.urgent.textcat)  # the topic model has no textcat
    assert scorer is not None
    ext = scorer.extractor
    sample = [*texts[:1200], "", "a a a a", "Abfall Abfall Abfall Abfall", "!!!", "Abfall"]
    docs = [classifier.urgent.make_doc(t) for t in sample]
    want = [np.unique(ext.doc_keys(doc), return_counts=True) for doc in docs]

    def check(keys: np.ndarray, counts: np.ndarray, lengths: np.ndarray) -> None:
        assert lengths.tolist() == [len(k) for k, _ in want]
        assert np.array_equal(keys, np.concatenate([k for k, _ in want]))
        assert np.array_equal(counts, np.concatenate([c for _, c in want]))
        assert keys.dtype == np.uint64 and lengths.dtype == np.int32
        for doc, (k, c) in zip(docs, want, strict=True):  # kept on each doc
            got = doc.user_data[_tag(ext)]
            assert np.array_equal(got[0], k) and np.array_equal(got[1], c)

    check(*batch_unique_keys(ext, docs))  # every doc fresh
    check(*batch_unique_keys(ext, docs))  # every doc's keys read back
    for doc in docs[::3]:
        doc.user_data.clear()
    check(*batch_unique_keys(ext, docs))  # some fresh, some read back
    blank = [classifier.urgent.make_doc(t) for t in ["", "!!!", " "]]
    keys, counts, lengths = batch_unique_keys(ext, blank)
    assert len(keys) == len(counts) == 0 and lengths.tolist() == [0, 0, 0]


def _murmur3_32_plain(keys: np.ndarray, seed: int) -> np.ndarray:
    """MurmurHash3_x86_32 of each uint64 key, a new array per step (the form
    murmur3_32 had before it worked in place)."""

    def rotl(x: np.ndarray, r: int) -> np.ndarray:
        return (x << np.uint32(r)) | (x >> np.uint32(32 - r))

    c1, c2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)
    h = np.full(keys.shape, seed, dtype=np.uint32)
    for block in (keys & np.uint64(0xFFFFFFFF), keys >> np.uint64(32)):
        k = block.astype(np.uint32)
        k *= c1
        k = rotl(k, 15)
        k *= c2
        h ^= k
        h = rotl(h, 13)
        h = h * np.uint32(5) + np.uint32(0xE6546B64)
    h ^= np.uint32(8)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


def test_murmur_hash_in_place_equals_the_plain_steps() -> None:
    rng = np.random.default_rng(3)
    edges = [0, 1, 2**32 - 1, 2**32, 2**63, 2**64 - 1, 0xDEADBEEFCAFEBABE]
    keys = np.concatenate(
        [np.asarray(edges, dtype=np.uint64), rng.integers(0, 2**64 - 1, 50_000, np.uint64)]
    )
    for seed in (0, 1, 7):
        got = murmur3_32(keys, seed)
        assert got.dtype == np.uint32 and np.array_equal(got, _murmur3_32_plain(keys, seed))
    assert murmur3_32(np.zeros(0, np.uint64), 0).shape == (0,)


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


def test_only_a_dot_lowers_to_a_dot() -> None:
    """normalise looks for "www." in out.lower() only when "." is in out."""
    import sys

    assert [cp for cp in range(sys.maxunicode + 1) if "." in chr(cp).lower()] == [ord(".")]


def test_word_keys_are_the_word_and_its_grams_hashed_in_order() -> None:
    """FeatureExtractor._word_keys (one map over every gram) is the word's key and
    then hash_feature("c", gram) for each gram of "<word>", by n, then position."""
    from nlp.features import FeatureExtractor, hash_feature

    for char_min_word in (1, 4):
        ext = FeatureExtractor(2, 3, 5, char_min_word)
        for word in ["", "a", "ab", "abc", "abfallkubel", "strasse", "ß", "\U0001f600x", "42"]:
            padded = f"<{word}>"
            grams = [
                padded[i : i + n]
                for n in (range(3, 6) if len(word) >= char_min_word else ())
                for i in range(len(padded) - n + 1)
            ]
            want = [hash_feature("w", word), *(hash_feature("c", g) for g in grams)]
            assert ext._word_keys(word).tolist() == want, word


def _words_of(texts: list[str]) -> list[str]:
    words = {w for t in texts for w in t.lower().split()}
    crafted = ["", "a", "ab", "abc", "xabcx", "bab", "aab", "brand", "brannt", "ß", "äöü", "!"]
    return sorted(words) + crafted


def test_trie_pattern_finds_a_word_holding_any_of_the_strings(texts: list[str]) -> None:
    """round 5: one search over every stem as a trie instead of "a|b|c" per Substrings."""
    import re

    from nlp.urgent.fastre import _INDEX, trie_pattern

    strings = list(_INDEX.strings)
    assert len(strings) > 400
    cases = [strings, ["ab", "abc", "b"], ["abc", "ab"], ["a.c", "(x", "a"], ["brand", "brann"]]
    words = _words_of(texts)
    for case in cases:
        source = trie_pattern(case)
        assert source is not None
        trie = re.compile(source)
        for word in [*words, *case]:
            assert (trie.search(word) is not None) == any(s in word for s in case), (case, word)
    assert trie_pattern([]) is None


def test_word_bits_are_the_strings_each_word_contains(texts: list[str]) -> None:
    """Per word, the bits of every registered string it contains; per text, its words' bits."""
    from nlp.urgent.fastre import _INDEX, _WordIndex

    words = _words_of(texts)
    for index, strings in [
        (_INDEX, list(_INDEX.strings)),
        (_WordIndex(), ["a", "ab", "abc", "bc", "b!", "!", "ßx", "aab"]),
    ]:
        if index is not _INDEX:
            mask = index.register(strings)
            assert index.strings_of(mask) == frozenset(strings)
        hits = 0
        for word in words:
            want = frozenset(s for s in strings if s in word)
            assert index.strings_of(index.word_bits(word)) == want, word
            hits += bool(want)
        assert hits > 5
    for text in [*texts[:300], "", "  ", "a\tab  abc\n"]:
        low = text.lower()
        want = frozenset(s for s in _INDEX.strings if s in low)
        assert _INDEX.strings_of(_INDEX.text_bits(low)) == want, text


def test_word_index_compiles_its_search_at_the_first_word_not_per_registration() -> None:
    """Strings are registered in many calls at import (each Substrings, each part
    of each alternative): compiling the ~600-stem search each time cost 0.3-0.7 s
    of the model load."""
    from nlp.urgent.fastre import _WordIndex

    index = _WordIndex()
    index.register(["ab"])
    index.register(["cd", "ab"])
    assert index._any is None
    assert index.word_bits("xcdab") == index.bits["ab"] | index.bits["cd"]
    assert index._any is not None
    assert index.word_bits("xyz") == 0


def test_text_bits_of_recent_texts_are_those_texts() -> None:
    from nlp.urgent.fastre import _INDEX, _TEXTS_KEPT, Substrings

    fire = Substrings(("brenn", "keller"))
    a = "es brennt im keller"
    b = "".join(["es brennt ", "im keller"])  # equal, not the same object
    bits = _INDEX.text_bits(a)
    assert _INDEX.strings_of(bits & fire.mask) == {"brenn", "keller"}
    assert _INDEX.text_bits(b) == bits
    assert _INDEX.text_bits("ganz anders hier") & fire.mask == 0
    assert fire.found_in(a) and not fire.found_in("ganz anders hier")
    assert _INDEX.text_bits(a) == bits
    assert _INDEX.text_bits("") == 0
    many = [f"feuer {i} im keller" for i in range(_TEXTS_KEPT + 10)]  # more than are kept
    for t in [*many, many[0], many[-1]]:
        assert _INDEX.strings_of(_INDEX.text_bits(t) & fire.mask) == {"keller"}, t
    assert _INDEX.text_bits(a) == bits and _INDEX.text_bits("") == 0
    # a new Substrings drops what the index knew (its strings have no bits there yet)
    assert not fire.found_in("ganz anders hier")
    later = Substrings(("anders",))
    assert later.found_in("ganz anders hier") and fire.found_in(a)


def _rule_cue_before(text: str, weak: bool = True) -> tuple[str | None, bool]:
    """nlp.urgent.rules.rule_cue as it was before the fall was looked for first."""
    from nlp.urgent import rules as r

    strong = r._search_strong(text) if r.STRONG_SEARCH.found_in(text) else None
    danger = r._DANGER.search(text) if weak or any(map(text.__contains__, r._BURN_STEMS)) else None
    if danger is None and (r._STRONG_NOW.search(text) or r._SERVICES.search(text)):
        danger = r._FALL.search(text)
    light = r._LIGHT.search(text) is not None
    if danger is not None and light and r._BURNS.fullmatch(danger.group(0)):
        danger = None
    if strong is None and danger is None:
        return None, False
    if strong is None and not (light or r._NOT_FIRE.search(text)):
        strong = r._BURNS.search(text)
        if strong is not None and r._HYPOTHETICAL.search(text) and not r._STRONG_NOW.search(text):
            strong = None
    if r._PAST.search(text) and not (r._STILL.search(text) or r._STRONG_NOW.search(text)):
        return None, False
    if strong is not None:
        return strong.group(0).strip(), True
    assert danger is not None
    if r._HYPOTHETICAL.search(text) and not r._STRONG_NOW.search(text):
        return None, False
    if r._BENIGN_SMOKE.search(text):
        return None, False
    if light and r._LIGHT_BURNS.search(text):
        return None, False
    if r._NOW.search(text) or r._SERVICES.search(text):
        return danger.group(0).strip(), False
    return None, False


def _urgent_texts(texts: list[str]) -> list[str]:
    import json

    from nlp.urgent.training import URGENT_TEST_FILE, URGENT_TRAIN_FILE

    lines = [
        *URGENT_TRAIN_FILE.read_text(encoding="utf-8").splitlines(),
        *URGENT_TEST_FILE.read_text(encoding="utf-8").splitlines(),
    ]
    urgent = [json.loads(line)["text"] for line in lines if line.strip()]
    crafted = [
        "er ist gestürzt, die sanität ist unterwegs",
        "sie ist gerade gefallen und blutet",
        "der mann fell down, police called",
        "die lampe ist heruntergefallen, feuerwehr alarmiert",
        "grosi isch umgheit, ambulanz isch aagrüeft",
        "die lampen brennen gerade, sanität gerufen, jemand ist gestürzt",
    ]
    return [t.lower() for t in [*urgent, *texts, *crafted]]


def test_rule_cue_looking_for_the_fall_first_is_the_rule_cue_before(texts: list[str]) -> None:
    import re

    from nlp.urgent import rules

    words = rules._FALL.pattern.split("(", 1)[1].split(")", 1)[0].split("|")
    assert len(words) > 5 and all(re.fullmatch(r"\w+", w) for w in words)
    for word in words:
        assert any(stem in word for stem in rules._FALL_STEMS), word
    sample = _urgent_texts(texts)
    fired = 0
    for text in sample:
        for weak in (True, False):
            want = _rule_cue_before(text, weak)
            assert rules.rule_cue(text, weak) == want, (text, weak)
            fired += want[0] is not None
    assert fired > 200


def test_alternation_by_string_index_is_the_test_of_each_alternative(texts: list[str]) -> None:
    from nlp.urgent import cues, rules
    from nlp.urgent.fastre import Alternation

    for pattern in (rules._STRONG, rules._DANGER, cues.EXTRA_STRONG, cues.PLEAS):
        fast = Alternation(pattern)
        hits = 0
        for text in _urgent_texts(texts):
            want, got = fast.search_each(text), fast.search(text)
            assert (want is None) == (got is None), text
            if want is not None and got is not None:
                hits += 1
                assert (want.span(), want.group(0), want.re) == (got.span(), got.group(0), got.re)
        assert hits > 20


def test_alternation_needing_every_part_is_the_patterns_search(texts: list[str]) -> None:
    """round 5: an alternative is searched only when the text holds a string of
    each of its mandatory parts (not only of the most selective one), and a
    string with spaces only looked for where its pieces are: pattern.search's
    match, and the filter does skip searches."""
    from nlp.urgent import cues, rules
    from nlp.urgent.fastre import _INDEX, Alternation

    # every third text (the slow part is the whole pattern's search, five times a text)
    sample = _urgent_texts(texts)[::3]
    sample += ["by the way es brennt", "und noch was: feuer", "ach ja, der lift", "the way"]
    bits = [_INDEX.text_bits(text) for text in sample]
    for pattern in (rules._STRONG, rules._DANGER, cues.EXTRA_STRONG, cues.PLEAS, cues.IDIOMS):
        fast = Alternation(pattern)
        skipped = hits = 0
        for text, held in zip(sample, bits, strict=True):
            want, got = pattern.search(text), fast.search(text)
            assert (want is None) == (got is None), text
            if want is not None and got is not None:
                hits += 1
                assert (want.span(), want.group(0)) == (got.span(), got.group(0)), text
            skipped += sum(
                bool(held & fast._words.mask) and not all(held & m for m in must)
                for must in fast._musts
            )
        assert hits > 20
        if pattern is not cues.PLEAS:
            assert skipped > 100, pattern.pattern[:40]


def test_urgent_scores_for_the_batch_at_once_are_row_by_row_ones(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    model = classifier.urgent
    sample = [*texts[:600], "", "!!!", "es brennt", "Hilfe, Gasgeruch im Keller"]
    docs = [model.make_doc(t) for t in sample]
    probs = np.asarray(model.textcat.predict(docs), dtype="float32")
    urgent = model.labels.index("urgent")
    want = []
    for row in probs:  # the loop it replaced
        masked = row.copy()
        masked[urgent] = -1.0
        want.append((float(row[urgent]), model.labels[int(masked.argmax())]))
    got = model.score_docs(docs)
    assert got == want
    assert len({c for _, c in got}) > 3  # several categories come out
    ties = np.zeros((2, len(model.labels)), dtype="float32")  # equals: the first label wins
    first = model.labels[1] if urgent == 0 else model.labels[0]
    assert [c for _, c in (model.score_docs.__func__(_Fixed(model, ties), docs[:2]))] == [
        first,
        first,
    ]


class _Fixed:
    """An UrgentModel whose scorer returns given probabilities."""

    def __init__(self, model: object, probs: np.ndarray) -> None:
        self.labels = model.labels  # type: ignore[attr-defined]
        self._urgent = model._urgent  # type: ignore[attr-defined]
        self._scorer = self
        self.textcat = self
        self.probs = probs

    def predict(self, docs: object) -> np.ndarray:
        return self.probs


def test_classify_stream_keeps_the_model_out_of_gc_passes_and_undoes_it() -> None:
    import gc
    import io

    from nlp.cli import classify_stream

    seen: list[int] = []

    class Probe:
        def classify_many(self, concerns: object, batch_size: int = 0) -> list[object]:
            seen.append(gc.get_freeze_count())
            return []

    assert gc.get_freeze_count() == 0
    classify_stream(Probe(), io.StringIO("{}\n"), io.StringIO())  # type: ignore[arg-type]
    assert seen[-1] > 1000  # the objects allocated before were frozen meanwhile
    assert gc.get_freeze_count() == 0  # and are not any more
    gc.freeze()  # somebody else's freeze is left as it is
    try:
        frozen = gc.get_freeze_count()
        classify_stream(Probe(), io.StringIO("{}\n"), io.StringIO())  # type: ignore[arg-type]
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()


def test_classify_stream_collects_once_a_batch_and_restores_the_collector() -> None:
    """The cyclic collector does not run by itself while classify_stream reads (it
    walked the growing caches ~400 times per 10,000 texts), but after each batch,
    so a batch's cyclic garbage goes before the next batch is read."""
    import gc
    import io
    import weakref

    from nlp.cli import _BATCH, classify_stream

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    enabled: list[bool] = []
    alive: list[bool] = []
    refs: list[weakref.ref[Cycle]] = []

    class Probe:
        def classify_many(self, concerns: object, batch_size: int = 0) -> list[object]:
            enabled.append(gc.isenabled())
            alive.append(any(r() is not None for r in refs))  # the last batch's cycle
            refs.append(weakref.ref(Cycle()))  # garbage at once, freed only by a pass
            return []

    lines = "{}\n" * (2 * _BATCH + 1)  # three batches
    assert gc.isenabled()
    classify_stream(Probe(), io.StringIO(lines), io.StringIO())  # type: ignore[arg-type]
    assert enabled == [False, False, False]  # no automatic passes meanwhile
    assert alive == [False, False, False]  # each batch's garbage freed after it
    assert gc.isenabled()  # and the collector is on again
    gc.disable()  # somebody else's setting is left as it is
    try:
        classify_stream(Probe(), io.StringIO("{}\n"), io.StringIO())  # type: ignore[arg-type]
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_prepare_batches_makes_what_the_first_batch_would(classifier: ConcernClassifier) -> None:
    """`quartierbot classify` makes the batch path's tables at load; a batch after
    that finds them made and classifies as before."""
    import sys

    tfidf = classifier.model.get_pipe("tfidf")
    assert isinstance(tfidf, TfidfTopics)
    texts = [r.text for r in read_records(TEST_FILE)][:40]
    before = [c.as_dict() for c in classifier.classify_many([Concern(t) for t in texts])]
    classifier.prepare_batches()
    assert "scipy.sparse" in sys.modules
    for block in tfidf.blocks:
        # float32, as saved: the products read the loaded tables, no copies
        assert block._coef32 is block.coef and block._binary32 is block.binary
        assert block.coef.dtype == np.float32 and block.coef.flags.c_contiguous
    columns = tfidf.piece_columns()
    assert columns is not None and columns._chars is not None
    urgent = classifier.urgent._scorer
    assert urgent is not None and urgent._table is not None
    after = [c.as_dict() for c in classifier.classify_many([Concern(t) for t in texts])]
    assert after == before


# -- TF-IDF (round 4) -------------------------------------------------------


def _tfidf_probabilities_before(tfidf: TfidfTopics, docs: list[Doc]) -> np.ndarray:
    """The TF-IDF scores as computed before round 4 (one np.unique of the
    keys text x width + column per block), 250 texts at a time; the weights
    summed in float32, as since round 10 (docs/classify-speed.md)."""
    parts = []
    for i in range(0, len(docs), 250):
        step = docs[i : i + 250]
        n = len(step)
        scores = np.tile(tfidf.intercept.astype("float32"), (n, 1))
        columns = [tfidf._columns(_text(doc)) for doc in step]
        word_parts = [np.asarray(c[0], dtype="int64") for c in columns]
        flat = [a for c in columns for a in c[1]]
        blocks = [
            (word_parts, [len(p) for p in word_parts]),
            (flat, [sum(map(len, c[1])) for c in columns]),
        ]
        for block, (arrays, sizes) in zip(tfidf.blocks, blocks, strict=True):
            lengths = np.asarray(sizes, dtype="int64")
            if not lengths.sum():
                continue
            width = len(block.idf)
            keys = np.repeat(np.arange(n, dtype="int64"), lengths) * width + np.concatenate(arrays)
            keys, tf = np.unique(keys, return_counts=True)
            rows, cols = np.divmod(keys, width)
            vals = (1.0 + np.log(tf.astype("float32"))) * block.idf[cols]
            norms = np.sqrt(np.bincount(rows, weights=vals * vals, minlength=n))
            vals = (vals / norms[rows]).astype("float32")  # float32 sums since round 10
            has = lengths > 0
            bounds = np.searchsorted(rows, np.arange(n + 1))
            for t in np.flatnonzero(has).tolist():  # term by term, as the CSR product
                a, b = bounds[t], bounds[t + 1]
                total = np.cumsum(block.coef[cols[a:b]] * vals[a:b, None], axis=0)[-1]
                if block.binary is not None:
                    total += np.cumsum(block.binary[cols[a:b]], axis=0)[-1]
                scores[t] += total
        if tfidf.pieces is not None:  # the subword member (its own test: test_pieces)
            scores += tfidf.pieces.scores([_text(doc) for doc in step])
        scores -= scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        parts.append(e / e.sum(axis=1, keepdims=True))
    return np.concatenate(parts)


def test_tfidf_runs_per_text_sort_are_np_unique_of_the_batch_keys() -> None:
    """text_runs (each text's slice sorted on its own, runs counted over the
    batch) gives np.unique(text x width + column, return_counts=True)."""
    rng = np.random.default_rng(4)
    width = 50
    lengths = rng.integers(0, 40, size=300)
    lengths[[0, 7, 8, 299]] = 0  # empty texts, also first and last
    lengths[1:6] = [2, 1, 1, 3, 4]
    flat = rng.integers(0, width, size=int(lengths.sum())).astype("int32")
    flat[:11] = 9  # one value in texts 1-5: equal across their boundaries
    rows = np.repeat(np.arange(len(lengths)), lengths)
    keys, want_counts = np.unique(rows * width + flat, return_counts=True)
    want_rows, want_cols = np.divmod(keys, width)
    want_indptr = np.searchsorted(want_rows, np.arange(len(lengths) + 1))
    for presorted in (False, True):
        given = flat.copy()
        if presorted:
            offsets = np.concatenate([[0], np.cumsum(lengths)])
            for a, b in pairwise(offsets.tolist()):
                given[a:b].sort()
        cols, counts, indptr = text_runs(given, lengths, presorted)
        assert np.array_equal(cols, want_cols)
        assert np.array_equal(counts, want_counts)
        assert np.array_equal(indptr, want_indptr)


def test_tfidf_probabilities_are_those_before_round_4_bit_for_bit(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    """Per-text sorts, int32 columns, the CSR product with int32 indices, the
    cached pieces and pairs read at once: the same probabilities, bit for bit,
    as the previous code (whose sums were checked against the product, see
    test_speed_paths), for many texts at a time and for a few."""
    tfidf = classifier.model.get_pipe("tfidf")
    assert isinstance(tfidf, TfidfTopics)
    extra = ["", "a", "Abfall Abfall Abfall Abfall", "x-y  z.B. Müll,Müll  Müll", "  ", "Müll"]
    extra += ["Müll", "Abfall Abfall", "Abfall"]  # the same word columns one text after another
    extra += ["\u2603schnee ~~~ schnee\u2603"]  # pieces whose first or last n-grams are unknown
    sample = [*extra, *texts[1::4], *extra]
    docs = [classifier.model.make_doc(t) for t in sample]
    want = _tfidf_probabilities_before(tfidf, docs)
    assert np.array_equal(tfidf.probabilities(docs), want)
    # a cold cache: the pieces and pairs found on the way
    tfidf._cache, tfidf._pairs, tfidf._piece_columns = {}, {}, None
    assert np.array_equal(tfidf.probabilities(docs[:700]), want[:700])
    few = np.concatenate([tfidf.probabilities(docs[i : i + 7]) for i in range(0, 350, 7)])
    assert np.array_equal(few, want[:350])


def test_tfidf_label_values_are_the_cats_label_by_label() -> None:
    labels = ["abfall", "gruen", "verkehr"]
    cats = {"verkehr": 0.25, "abfall": 0.5, "gruen": 0.125, "other": 1.0}
    assert _label_values(cats, labels) == [cats.get(lab, 0.0) for lab in labels]
    del cats["gruen"]  # a missing label counts 0.0
    assert _label_values(cats, labels) == [0.5, 0.0, 0.25]
    assert _label_values({"gruen": 0.75}, ["gruen"]) == [0.75]


# -- places (round 5) --------------------------------------------------------


def test_fuzzy_choices_by_length_give_extract_one_over_all_keys(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    """The keys a word's length can reach the cutoff with, in their order: the
    same key as extractOne over all of them (and the same None)."""
    from rapidfuzz import fuzz, process

    from nlp.places.text import _TOKEN_RE

    g = classifier.gazetteer
    words = {g._fold(w) for t in texts[:3000] for w in _TOKEN_RE.findall(t)}
    keys = [*g._street_keys[::7], *g._name_keys[::3]]
    typos = [k[:3] + k[4:] for k in keys] + [k + "x" for k in keys] + [k[1:] for k in keys]
    sample = sorted(w for w in {*words, *typos, *keys} if len(w) >= 6)
    found = 0
    for streetlike, cutoff, choices in ((True, 90, g._street_keys), (False, 92, g._name_keys)):
        for word in sample:
            want = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
            got = process.extractOne(
                word,
                g._fuzzy_choices(len(word), streetlike, cutoff),
                scorer=fuzz.ratio,
                score_cutoff=cutoff,
            )
            assert (want and want[0]) == (got and got[0]), word
            found += want is not None
    assert found > 500


def _place_texts(classifier: ConcernClassifier, texts: list[str]) -> list[str]:
    g = classifier.gazetteer
    names = sorted({e.name for e in g.entries.values() if " " in e.name})
    several = [*names[::5], "Auf der Mauer", "Am Wasser", "In der Ey"]
    nick = sorted(g.kreis_nicknames)
    crafted = [f"Kübel voll an der {n} 12, bitte leeren" for n in several]
    crafted += [
        f"{p} {n}" for p in ("im", "i de", "in de", "in den", "in", "i", "ins", "em") for n in nick
    ]
    crafted += [
        "Abfall in",
        "Abfall im",
        "Müll i de",
        "in de",
        "im",
        "Im Kreis 4",
        "in de Chreis 5",
    ]
    crafted += ["am Wasser 12", "Am Wasser", "auf der Mauer", "In der Ey 3", "Zum", "An der"]
    return [*texts[::3], *crafted, *(t.lower() for t in crafted), *(t.upper() for t in crafted)]


def test_place_scan_of_the_tokens_that_may_start_a_mention_is_the_full_scan(
    classifier: ConcernClassifier, texts: list[str]
) -> None:
    """find going only to tokens whose word, or whose word and next ones, may
    start a mention (Kreis nicknames after "im"/"i de", names of several words)
    against the scan of every token."""
    g = classifier.gazetteer
    sample = _place_texts(classifier, texts)
    g._inert = {False: {}, True: {}}  # a cold cache too
    fast = [g.find(t) for t in sample]
    g.skip_inert = False  # the instance's own setting; the class keeps True
    try:
        slow = [g.find(t) for t in sample]
    finally:
        del g.skip_inert
    assert fast == slow
    assert sum(map(len, slow)) > 500
    assert sum(m.kind == "kreis" for ms in slow for m in ms) > 20


def test_place_scan_when_a_kreis_word_is_itself_a_name(classifier: ConcernClassifier) -> None:
    """ "i" followed by "de" is looked at whatever its neighbours say when "i"
    alone may be a name (not so in the gazetteer: a copy where it is)."""
    import copy
    import threading

    from nlp.places.model import _Entry

    g = copy.copy(classifier.gazetteer)
    g.entries = dict(g.entries)
    g.entries["i"] = _Entry("landmark", "I", 4, None, (), False, False)
    g._inert = {False: {}, True: {}}
    g._tls = threading.local()
    g._sorted_keys = sorted({*g.entries, *g.outside})
    sample = ["I de Stadt", "i de stadt", "In de Stadt", "I de Vieri", "Abfall I", "I", "i den"]
    fast = [g.find(t) for t in sample]
    g.skip_inert = False
    slow = [g.find(t) for t in sample]
    assert fast == slow
    assert sum(m.name == "I" for ms in slow for m in ms) >= 3
