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
from dataclasses import dataclass, field

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
    # Emergency emoji alone ("🚒🔥🔥"): a plea, as "Hilfe" alone is.
    "🆘": " emoji_sos ",
    "🚒": " emoji_sos ",
    "🚑": " emoji_sos ",
    "🚓": " emoji_sos ",
    "🚨": " emoji_sos ",
    "🔥": " emoji_sos ",
}
_WORD = re.compile(r"emoji_[a-z]+|[a-z0-9]+(?:'[a-z0-9]+)*")
_UMLAUT_PAIRS = re.compile(r"(?<=[aou])e")
_STRETCH = re.compile(r"([a-z])\1{2,}")
_FINAL_DOUBLE = re.compile(r"([aeiou])\1\b")


def fold(text: str) -> str:
    """Lower case, umlauts and accents folded, emoji named; punctuation kept."""
    if text.isascii():  # no accents, emoji or compatibility forms to fold
        text = text.lower().replace("`", "'")
    else:
        text = unicodedata.normalize("NFKC", text).lower()
        text = text.replace("’", "'").replace("`", "'").replace("´", "'").replace("ß", "ss")
        for emoji, word in _EMOJI_WORDS.items():
            text = text.replace(emoji, word)
        text = unicodedata.normalize("NFD", text)
        if not text.isascii():
            text = text.translate(_MARKS)
    # "grüezi" -> "gruezi" and "grueezi" -> "gruezi": drop the e of ae/oe/ue.
    text = _UMLAUT_PAIRS.sub("", text)
    text = _STRETCH.sub(r"\1", text)
    return _FINAL_DOUBLE.sub(r"\1", text)


class _Marks(dict[int, int | None]):
    """str.translate's table deleting every combining mark (accents after NFD),
    filled in character by character as they are met (code points only)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def words(text: str) -> list[str]:
    """The folded words of a text (punctuation and decoration dropped)."""
    return _WORD.findall(fold(text))


# A blank-separated piece with an ASCII letter or digit (str.split's blanks are \s).
_PLAIN_PIECE = re.compile(r"\S*[A-Za-z0-9]\S*")


def words_within(text: str, limit: int) -> list[str] | None:
    """`words(text)`, or None when there are more than `limit` of them; a long
    text is answered without folding: every blank-separated piece with an ASCII
    letter or digit keeps at least one word through `fold` (which lowers, drops
    accents, an e after a/o/u and repeated letters, and only adds blanks), so
    the number of such pieces is a lower bound of the number of words."""
    if len(text) > 2 * limit and len(_PLAIN_PIECE.findall(text)) > limit:
        return None
    tokens = words(text)
    return tokens if len(tokens) <= limit else None


def raw_word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


# --- phrase patterns -------------------------------------------------------

_PATTERN_TOKEN = re.compile(r"\(|\)\??|\||[^\s()|]+")


def _render(tokens: list[str], pos: int, vocabulary: set[str]) -> tuple[str, int]:
    """Render a sequence up to a closing parenthesis; returns (regex, next position).
    Adds every word the regex can match to `vocabulary`."""
    alternatives: list[str] = []
    current: list[str] = []
    while pos < len(tokens):
        tok = tokens[pos]
        if tok == "(":
            inner, pos = _render(tokens, pos + 1, vocabulary)
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
        vocabulary.update(folded.split(" "))
        piece = re.escape(folded + " ")
        current.append(f"(?:{piece})?" if optional else piece)
        pos += 1
    alternatives.append("".join(current))
    return "|".join(alternatives), pos


def compile_patterns(
    patterns: Iterable[str], vocabulary: set[str] | None = None
) -> re.Pattern[str]:
    """One regex matching any of the patterns over words joined by single spaces
    with a trailing space ("guten tag "); the words it can match are added to
    `vocabulary`."""
    vocabulary = set() if vocabulary is None else vocabulary
    rendered = []
    for pattern in patterns:
        regex, _ = _render(_PATTERN_TOKEN.findall(pattern), 0, vocabulary)
        rendered.append(f"(?:{regex})")
    return re.compile("|".join(rendered))


@dataclass(frozen=True, slots=True)
class Piece:
    label: str
    lang: str | None
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """Labelled phrase patterns; `cover` explains a whole word list with them.

    The patterns are also kept as one regex whose alternative k (capturing group
    k + 1) is `regexes[k]`: a fullmatch of it finds the first pattern, in order,
    that matches the whole chunk, in one call. `vocabulary` holds every word a
    pattern can match; a message with another word is covered by nothing."""

    regexes: tuple[tuple[str, str | None, re.Pattern[str]], ...]
    vocabulary: frozenset[str]
    combined: re.Pattern[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        combined = "|".join(f"({regex.pattern})" for _, _, regex in self.regexes)
        object.__setattr__(self, "combined", re.compile(combined))

    @classmethod
    def build(cls, table: Mapping[str, Mapping[str, Sequence[str]]]) -> PhraseSet:
        """`table[label][lang]` is a list of patterns; lang "any" means unknown."""
        regexes = []
        vocabulary: set[str] = set()
        for label, by_lang in table.items():
            for lang, patterns in by_lang.items():
                regex = compile_patterns(patterns, vocabulary)
                regexes.append((label, None if lang == "any" else lang, regex))
        return cls(tuple(regexes), frozenset(vocabulary))

    def cover(self, tokens: Sequence[str]) -> list[Piece] | None:
        """Split `tokens` (words of `words`) into the fewest phrases that together
        are the whole message, or None when some word belongs to no phrase."""
        vocabulary = self.vocabulary
        for tok in tokens:
            if tok not in vocabulary:
                return None  # no chunk with this word matches any pattern
        n = len(tokens)
        starts = [0]
        for tok in tokens:
            starts.append(starts[-1] + len(tok) + 1)
        joined = " ".join(tokens) + " "
        fullmatch = self.combined.fullmatch
        regexes = self.regexes
        best: list[list[Piece] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            prefix = best[i]
            if prefix is None:
                continue
            for j in range(n, i, -1):
                m = fullmatch(joined, starts[i], starts[j])
                if m is None:
                    continue
                label, lang, _ = regexes[m.lastindex - 1]  # type: ignore[operator]
                current = best[j]
                if current is None or len(prefix) + 1 < len(current):
                    best[j] = [*prefix, Piece(label, lang, tuple(tokens[i:j]))]
        return best[n]
