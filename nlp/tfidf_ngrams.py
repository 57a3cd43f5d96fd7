"""The TF-IDF component's n-grams (nlp/tfidf.py), exactly as scikit-learn's
TfidfVectorizer makes them (tests/test_tfidf.py compares): the "word" analyzer
with its default token pattern and word n-grams, and the "char_wb" analyzer."""

from __future__ import annotations

import re

# scikit-learn's default token pattern: words of two characters or more
TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")


def word_ngrams(text: str, n: int) -> list[str]:
    """Lower-case words of two characters or more and their n-grams up to n
    (scikit-learn's "word" analyzer with its default token pattern)."""
    words = TOKEN_RE.findall(text.lower())
    grams = list(words)
    for k in range(2, n + 1):
        grams += [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    return grams


def char_wb_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """Character n-grams inside each whitespace-separated word padded with a
    space, lower case (scikit-learn's "char_wb" analyzer)."""
    grams: list[str] = []
    for word in text.lower().split():
        padded = f" {word} "
        size = len(padded)
        for n in range(lo, hi + 1):
            if size <= n:
                grams.append(padded)  # the whole padded word, once
                break
            grams += [padded[i : i + n] for i in range(size - n + 1)]
    return grams
