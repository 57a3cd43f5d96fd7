"""Normalisation and phrase matching for short messages (small talk, yes/no, topic names).

Folding makes spelling variants meet: lower case, umlauts written either way
("grüezi" / "gruezi" / "grueezi" all become "gruzi"), accents dropped ("sì" =
"si"), stretched letters shortened ("hallooo" = "hallo"), and a few emoji become
words (👍 -> "emoji_yes"). Phrase lists in the data files are folded the same
way, so only consistency matters, not the look of the folded form.

A phrase pattern is words separated by spaces; `(a|b c)` is a choice (each
choice may be several words) and a trailing `?` makes a word or a group
optional: `wie (funktioniert|geht) das hier?`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

_EMOJI_WORDS = {
    "👍": " emoji_yes ",
    "👌": " emoji_yes ",
    "✅": " emoji_yes ",
    "🆗": " emoji_yes ",
    "✔": " emoji_yes ",
    "👎": " emoji_no ",
    "❌": " emoji_no ",
    "🚫": " emoji_no ",
    "👋": " emoji_wave ",
    "🙏": " emoji_thanks ",
    "🤷": " emoji_shrug ",
}
_WORD = re.compile(r"emoji_[a-z]+|[a-z0-9]+(?:'[a-z0-9]+)*")
_UMLAUT_PAIRS = re.compile(r"(?<=[aou])e")
_STRETCH = re.compile(r"([a-z])\1{2,}")
_FINAL_DOUBLE = re.compile(r"([aeiou])\1\b")


def fold(text: str) -> str:
    """Lower case, umlauts and accents folded, emoji named; punctuation kept."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("`", "'").replace("´", "'").replace("ß", "ss")
    for emoji, word in _EMOJI_WORDS.items():
        text = text.replace(emoji, word)
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    # "grüezi" -> "gruezi" and "grueezi" -> "gruezi": drop the e of ae/oe/ue.
    text = _UMLAUT_PAIRS.sub("", text)
    text = _STRETCH.sub(r"\1", text)
    return _FINAL_DOUBLE.sub(r"\1", text)


def words(text: str) -> list[str]:
    """The folded words of a text (punctuation and decoration dropped)."""
    return _WORD.findall(fold(text))


def raw_word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


# --- phrase patterns -------------------------------------------------------

_PATTERN_TOKEN = re.compile(r"\(|\)\??|\||[^\s()|]+")


def _render(tokens: list[str], pos: int) -> tuple[str, int]:
    """Render a sequence up to a closing parenthesis; returns (regex, next position)."""
    alternatives: list[str] = []
    current: list[str] = []
    while pos < len(tokens):
        tok = tokens[pos]
        if tok == "(":
            inner, pos = _render(tokens, pos + 1)
            closing = tokens[pos - 1]
            current.append(f"(?:{inner})" + ("?" if closing == ")?" else ""))
            continue
        if tok in (")", ")?"):
            alternatives.append("".join(current))
            return "|".join(alternatives), pos + 1
        if tok == "|":
            alternatives.append("".join(current))
            current = []
            pos += 1
            continue
        optional = tok.endswith("?") and len(tok) > 1
        word = tok[:-1] if optional else tok
        folded = " ".join(words(word)) if not word.startswith("emoji_") else word
        if not folded:
            raise ValueError(f"pattern word {word!r} folds to nothing")
        piece = re.escape(folded + " ")
        current.append(f"(?:{piece})?" if optional else piece)
        pos += 1
    alternatives.append("".join(current))
    return "|".join(alternatives), pos


def compile_patterns(patterns: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of the patterns over words joined by single spaces
    with a trailing space ("guten tag ")."""
    rendered = []
    for pattern in patterns:
        regex, _ = _render(_PATTERN_TOKEN.findall(pattern), 0)
        rendered.append(f"(?:{regex})")
    return re.compile("|".join(rendered))


@dataclass(frozen=True, slots=True)
class Piece:
    label: str
    lang: str | None
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """Labelled phrase patterns; `cover` explains a whole word list with them."""

    regexes: tuple[tuple[str, str | None, re.Pattern[str]], ...]

    @classmethod
    def build(cls, table: Mapping[str, Mapping[str, Sequence[str]]]) -> PhraseSet:
        """`table[label][lang]` is a list of patterns; lang "any" means unknown."""
        regexes = []
        for label, by_lang in table.items():
            for lang, patterns in by_lang.items():
                regexes.append((label, None if lang == "any" else lang, compile_patterns(patterns)))
        return cls(tuple(regexes))

    def cover(self, tokens: Sequence[str]) -> list[Piece] | None:
        """Split `tokens` into the fewest phrases that together are the whole
        message, or None when some word belongs to no phrase."""
        n = len(tokens)
        starts = [0]
        for tok in tokens:
            starts.append(starts[-1] + len(tok) + 1)
        joined = " ".join(tokens) + " "
        best: list[list[Piece] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            prefix = best[i]
            if prefix is None:
                continue
            for j in range(n, i, -1):
                chunk = joined[starts[i] : starts[j]]
                for label, lang, regex in self.regexes:
                    if regex.fullmatch(chunk):
                        candidate = [*prefix, Piece(label, lang, tuple(tokens[i:j]))]
                        current = best[j]
                        if current is None or len(candidate) < len(current):
                            best[j] = candidate
                        break
        return best[n]
