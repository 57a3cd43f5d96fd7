"""Faster lexeme attribute getters with the same values (issue 9, round 10).

spaCy makes a lexeme for each word it has not seen yet and calls its language's
23 attribute getters on it (~7 us a word; the classify bench meets ~7,500 new
words in 10,000 texts). Six of them are False for every word of letters only
(`str.isalpha`: ~95 % of the new words) and cost 0.3-1 us each: each is true
only for a string holding something other than a letter (a digit, "@", ".",
"/", a quote, a bracket or other punctuation). Wrapped here, such a word gets
False at once and every other string goes to spaCy's getter, so every lexeme
gets exactly the attributes it got before (tests/test_lex_getters.py compares
them over every code point and the corpus's words).

Only spaCy's own functions are wrapped: a language whose getter knows words
("one" is like a number in English) keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import IDS
from spacy.lang import lex_attrs
from spacy.vocab import Vocab

# spaCy's getters that no string of letters satisfies, by attribute
FALSE_FOR_LETTERS: dict[int, Callable[[str], bool]] = {
    IDS["LIKE_URL"]: lex_attrs.like_url,  # "http://", "www." or a "." in it
    IDS["LIKE_NUM"]: lex_attrs.like_num,  # digits (and "+-±~,./")
    IDS["LIKE_EMAIL"]: lex_attrs.like_email,  # an "@"
    IDS["IS_QUOTE"]: lex_attrs.is_quote,  # one of a few quote strings
    IDS["IS_LEFT_PUNCT"]: lex_attrs.is_left_punct,
    IDS["IS_RIGHT_PUNCT"]: lex_attrs.is_right_punct,
}


def _false_for_letters(getter: Callable[[str], bool]) -> Callable[[str], bool]:
    def get(text: str) -> bool:
        return False if text.isalpha() else getter(text)

    get.__wrapped__ = getter  # type: ignore[attr-defined]
    return get


def speed_up(vocab: Vocab) -> None:
    """Wrap the vocabulary's getters of FALSE_FOR_LETTERS (once; those of other
    functions are left alone)."""
    # (spaCy's type stubs do not list the attribute)
    getters: dict[int, Callable[[str], object]] | None = getattr(vocab, "lex_attr_getters", None)
    if getters is None:
        return
    for attr, original in FALSE_FOR_LETTERS.items():
        if getters.get(attr) is original:
            getters[attr] = _false_for_letters(original)
