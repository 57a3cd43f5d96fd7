"""The topic pipeline's lexeme getters (nlp/lex_getters.py): faster, the same values."""

from __future__ import annotations

import sys

import spacy
from spacy.attrs import IDS
from spacy.lang import lex_attrs

from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
from nlp.lex_getters import FALSE_FOR_LETTERS, speed_up

_ODD = [
    " ",
    ".",
    "a.",
    ".a",
    "www.stadt-zuerich.ch",
    "http://x",
    "https://",
    "stadt.ch",
    "a@b.ch",
    "x@y",
    "12",
    "+41",
    "-3,5",
    "1/2",
    "½",
    "²",
    "٣",
    "''",
    "``",
    "«",
    "»",
    "(",
    ")",
    "„",
    "“",
    "$",
    "€",
    "z.B.",
    "Nr.",
    "4a",
    "e-mail",
    "Kreis4",
    "ÄÖÜäöüß",
    "ǅ",
    "Ⅻ",
    "ª",
    "々",
    "\u0345",
]


def _letters() -> list[str]:
    """Every code point that is a letter, and the corpus's words of letters."""
    points = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isalpha()]
    words = {w for f in (TRAIN_FILE, TEST_FILE) for r in read_records(f) for w in r.text.split()}
    return points + sorted(w for w in words if w.isalpha())


def test_the_wrapped_getters_are_spacys_false_for_every_string_of_letters() -> None:
    letters = _letters()
    assert len(letters) > 100_000
    for attr, getter in FALSE_FOR_LETTERS.items():
        assert not any(map(getter, letters)), attr


def test_every_lexeme_gets_the_attributes_spacy_gives_it(classifier: ConcernClassifier) -> None:
    vocab = classifier.model.vocab
    getters = vocab.lex_attr_getters
    for attr in FALSE_FOR_LETTERS:  # the topic pipeline's tokenizer wrapped them
        assert getters[attr] is not FALSE_FOR_LETTERS[attr]
        assert getters[attr].__wrapped__ is FALSE_FOR_LETTERS[attr]  # type: ignore[attr-defined]
    words = [*_ODD, *_letters()[::7]]
    for attr, getter in FALSE_FOR_LETTERS.items():
        wrapped = getters[attr]
        assert [wrapped(w) for w in words] == [getter(w) for w in words], attr
    # a text's new words: each token's lexeme as a plain German vocabulary makes it
    plain = spacy.blank("de").vocab
    text = "Abfall beim Bahnhof Wipkingen, siehe www.zueri.ch oder a@b.ch: 12 Säcke «voll»!"
    doc = classifier.model.make_doc(text)
    names = ["like_url", "like_num", "like_email", "is_quote", "is_left_punct", "is_right_punct"]
    for token in doc:
        want = plain[token.text]
        assert [getattr(token, n) for n in names] == [getattr(want, n) for n in names]
    assert any(t.like_num for t in doc) and any(t.is_left_punct for t in doc)
    assert vocab["www.zueri.ch"].like_url and vocab["a@b.ch"].like_email  # (normalise drops links)


def test_only_spacys_own_getters_are_wrapped() -> None:
    """English knows number words ("one" is like a number): its getter stays."""
    english = spacy.blank("en")
    like_num = english.vocab.lex_attr_getters[IDS["LIKE_NUM"]]
    assert like_num is not lex_attrs.like_num and like_num("one")
    speed_up(english.vocab)
    assert english.vocab.lex_attr_getters[IDS["LIKE_NUM"]] is like_num
    assert english.vocab["one"].like_num
    # wrapping twice wraps once
    german = spacy.blank("de")
    speed_up(german.vocab)
    once = dict(german.vocab.lex_attr_getters)
    speed_up(german.vocab)
    assert german.vocab.lex_attr_getters == once
    # another pipeline's vocabulary is not touched
    assert spacy.blank("de").vocab.lex_attr_getters[IDS["LIKE_URL"]] is lex_attrs.like_url
