"""nlp.shorttext's shortcuts give what the plain forms give (fold, words, cover)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from nlp import shorttext
from nlp.shorttext import PhraseSet, Piece, fold, words, words_within

TRICKY = [
    "Grüezi mitenand",
    "GRÜESSECH",
    "grueezi",
    "Hallooo!!!",
    "it`s OK",
    "Merci vielmal 🙏",
    "👍",
    "ok 👌✅",
    "Sì, grazie",
    "Ça va? C’est `bon´",
    "Strasse / Straße",
    "üe üee oe ae",
    "e\u0301te\u0301",  # accents as combining marks
    "ｆｕｌｌｗｉｄｔｈ Ｔｅｘｔ",  # compatibility forms (NFKC)
    "K\u212a \u0130stanbul",  # Kelvin sign, dotted capital I
    "a\u00a0b\u2003c\u3000d",  # non-breaking and other blanks
    "1\u20dd 2",  # an enclosing mark (combining class 0)
    "-- ... !!! ???",
    "",
    "Der Kübel am Idaplatz ist übervoll, bitte leeren. Danke!",
    " ".join(["Wort"] * 16),
    " ".join(["Wort"] * 17),
    " ".join(["Wört"] * 17),  # pieces without an ASCII letter: words are folded
    " ".join(["-"] * 40) + " hallo",
    " ".join(["ää"] * 30),
    "x " * 20 + "👍 " * 3,
]


def _plain_fold(text: str) -> str:
    """fold as it was written before its ASCII shortcut and translate table."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("`", "'").replace("´", "'").replace("ß", "ss")
    for emoji, word in shorttext._EMOJI_WORDS.items():
        text = text.replace(emoji, word)
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?<=[aou])e", "", text)
    text = re.sub(r"([a-z])\1{2,}", r"\1", text)
    return re.sub(r"([aeiou])\1\b", r"\1", text)


@pytest.mark.parametrize("text", TRICKY)
def test_fold_is_the_plain_fold(text: str) -> None:
    assert fold(text) == _plain_fold(text)


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("limit", [1, 2, 3, 8, 16])
def test_words_within_is_words_up_to_the_limit(text: str, limit: int) -> None:
    tokens = words(text)
    assert words_within(text, limit) == (tokens if len(tokens) <= limit else None)


def _plain_cover(phrases: PhraseSet, tokens: list[str]) -> list[Piece] | None:
    """cover as it was written before the combined regex and the vocabulary."""
    n = len(tokens)
    best: list[list[Piece] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        prefix = best[i]
        if prefix is None:
            continue
        for j in range(n, i, -1):
            chunk = " ".join(tokens[i:j]) + " "
            for label, lang, regex in phrases.regexes:
                if regex.fullmatch(chunk):
                    candidate = [*prefix, Piece(label, lang, tuple(tokens[i:j]))]
                    current = best[j]
                    if current is None or len(candidate) < len(current):
                        best[j] = candidate
                    break
    return best[n]


PHRASES = PhraseSet.build(
    {
        "first": {"de": ["passt (schon)?", "guten (tag|morgen)"], "any": ["ok"]},
        "second": {"de": ["passt", "schon gut", "tag"], "en": ["good (morning)?"]},
        "filler": {"any": ["und", "nochmals", "bitte?", "gut"]},
    }
)


@pytest.mark.parametrize(
    "text",
    [
        "passt",  # in two lists: the first list's pattern
        "passt schon",
        "passt schon gut",
        "schon gut",
        "guten tag und good morning",
        "tag tag ok",
        "ok passt schon gut",
        "good morning bitte",
        "guten abend",  # "abend" is in no pattern
        "und",
        "tag passt nochmals und ok schon gut good",
        "",
    ],
)
def test_cover_is_the_plain_cover(text: str) -> None:
    tokens = words(text)
    assert PHRASES.cover(tokens) == _plain_cover(PHRASES, tokens)


def test_first_list_wins_and_fewest_pieces() -> None:
    assert PHRASES.cover(["passt"]) == [Piece("first", "de", ("passt",))]
    assert PHRASES.cover(["schon", "gut"]) == [Piece("second", "de", ("schon", "gut"))]
    assert PHRASES.cover(["passt", "schon"]) == [Piece("first", "de", ("passt", "schon"))]
    # Two ways in two pieces: the one found first (the longer phrase later) stays.
    assert PHRASES.cover(["passt", "schon", "gut"]) == [
        Piece("first", "de", ("passt",)),
        Piece("second", "de", ("schon", "gut")),
    ]
    assert PHRASES.cover(["guten", "abend"]) is None
    assert PHRASES.vocabulary >= {"passt", "schon", "guten", "tag", "morgen", "ok", "good"}
