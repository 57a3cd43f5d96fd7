"""Searching a long alternation of patterns ("a | b | c ...") quickly, with the
result of the pattern's own search.

Python's regex engine tries every alternative at every position of the text;
the urgent rules have dozens of alternatives, several with bounded word gaps
("(\\s+\\w+){0,6}"), so one search of a report can take a fraction of a
millisecond. `Alternation` splits the pattern at its top-level "|" and works out,
for each alternative, a few strings one of which any match must contain (the
words of a mandatory group such as "(mann|frau|person)"); an alternative whose
strings are all absent from the text cannot match and is not searched.

The result is the pattern's own: its search returns, at the leftmost position
where any alternative matches, the first alternative (in order) that matches
there; here each remaining alternative is searched on its own and the match
that starts first wins, ties going to the earlier alternative. The match
object is the alternative's (group 0 and its span are the pattern's; numbered
groups are not). tests/test_speed_paths.py compares both on the corpora.
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any


def split_top_level(source: str, verbose: bool) -> list[str]:
    """The pattern's top-level alternatives (outside groups and character classes)."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1  # a "]" first in a class is a literal
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        elif c == "#" and verbose:
            end = source.find("\n", i)
            i = n if end < 0 else end
            continue
        i += 1
    parts.append(source[start:])
    return parts


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets that each must be met, the most selective one."""
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def required_strings(items: Any) -> frozenset[str] | None:
    """A set of strings one of which every match of the parsed sequence contains,
    or None when no such set is known."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        found: frozenset[str] | None = None
        if op is sre_c.SUBPATTERN:
            found = required_strings(av[-1])
        elif op is sre_c.BRANCH:
            alts = [required_strings(a) for a in av[1]]
            if alts and all(a is not None for a in alts):
                found = frozenset().union(*(a for a in alts if a is not None))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            found = required_strings(av[2])
        if found:
            options.append(found)
    if run:
        options.append(frozenset(["".join(run)]))
    return _best(options)


_CACHE_LIMIT = 200_000


_NONE: frozenset[str] = frozenset()

# The last text's set of words: the detector asks several Substrings about the
# same text in a row (idioms, pleas, the strong and extra stems, the hints).
# One entry, replaced as a whole (a thread may recompute, never read another's).
_last_words: tuple[str, frozenset[str]] = ("", frozenset())


def word_set(text: str) -> frozenset[str]:
    """frozenset(text.split()), remembered for the last text asked about."""
    global _last_words
    last = _last_words
    if last[0] is text or last[0] == text:
        return last[1]
    words = frozenset(text.split())
    _last_words = (text, words)
    return words


class Substrings:
    """Whether a text contains any of some strings: ``any(s in text for s in
    strings)``, read word by word. A string without whitespace occurs in a text
    exactly when it occurs inside one of the text's whitespace-separated words,
    and what each word contains is cached; strings with whitespace are looked
    for in the whole text."""

    def __init__(self, strings: tuple[str, ...] | frozenset[str]) -> None:
        if not all(strings):
            raise ValueError("empty string")
        self.spaced = tuple(s for s in strings if any(c.isspace() for c in s))
        self.plain = frozenset(s for s in strings if s not in self.spaced)
        self._words: dict[str, frozenset[str]] = {}
        # Whether a word contains any of the strings, in one search (a new word
        # against a few hundred strings: several times faster than `in` each).
        self._any = re.compile("|".join(map(re.escape, sorted(self.plain)))) if self.plain else None
        # Words known to contain one of the strings, and words known not to.
        self._hit: set[str] = set()
        self._miss: set[str] = set()

    def _hits(self, word: str) -> bool:
        """any(s in word for s in self.plain)"""
        return self._any is not None and self._any.search(word) is not None

    def in_word(self, word: str) -> frozenset[str]:
        """The strings without whitespace that the word contains (cached)."""
        found = self._words.get(word)
        if found is None:
            found = frozenset(s for s in self.plain if s in word) if self._hits(word) else _NONE
            if len(self._words) < _CACHE_LIMIT:
                self._words[word] = found
        return found

    def found_in(self, text: str) -> bool:
        words = word_set(text)
        if not words.isdisjoint(self._hit):
            return True
        found = False
        for word in words - self._miss:  # not seen before
            hit = self._hits(word)
            if len(self._hit) + len(self._miss) < _CACHE_LIMIT:
                (self._hit if hit else self._miss).add(word)
            found = found or hit
        return found or any(map(text.__contains__, self.spaced))

    def present(self, text: str) -> frozenset[str]:
        """The strings without whitespace that the text contains."""
        return frozenset().union(*map(self.in_word, word_set(text)))


class Alternation:
    """`search` with the result of `pattern.search` (see the module's docstring)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        verbose = bool(pattern.flags & re.VERBOSE)
        caseless = bool(pattern.flags & re.IGNORECASE)
        self.alternatives: list[tuple[re.Pattern[str], tuple[str, ...] | None]] = []
        for part in split_top_level(pattern.pattern, verbose):
            alt = re.compile(part, pattern.flags)
            needs = None if caseless else required_strings(sre_parse.parse(part, pattern.flags))
            self.alternatives.append((alt, tuple(sorted(needs)) if needs else None))
        # Every alternative's strings, read word by word (see Substrings).
        self._words = Substrings(frozenset(s for _, n in self.alternatives for s in n or ()))
        # Which alternatives each string lets through: a text's few strings name the
        # alternatives to search, instead of a test per alternative.
        self._always = frozenset(i for i, (_, n) in enumerate(self.alternatives) if n is None)
        self._by_string: dict[str, list[int]] = {}
        self._by_spaced: list[tuple[int, tuple[str, ...]]] = []
        for i, (_, strings) in enumerate(self.alternatives):
            for need in strings or ():
                if need in self._words.plain:
                    self._by_string.setdefault(need, []).append(i)
            spaced = tuple(n for n in strings or () if n not in self._words.plain)
            if spaced:
                self._by_spaced.append((i, spaced))

    def search(self, text: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        # The alternatives with no strings, or one of whose strings the text holds,
        # in their order: the others cannot match.
        todo = set(self._always)
        for string in self._words.present(text):
            todo.update(self._by_string.get(string, ()))
        for i, spaced in self._by_spaced:
            if i not in todo and any(map(text.__contains__, spaced)):
                todo.add(i)
        alternatives = self.alternatives
        for i in sorted(todo):
            found = alternatives[i][0].search(text)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if not best.start():
                    break  # nothing starts earlier
        return best

    def search_each(self, text: str) -> re.Match[str] | None:
        """``search`` testing each alternative's strings in turn (tests compare the two)."""
        best: re.Match[str] | None = None
        present = self._words.present(text)
        spaced = self._words.spaced
        for alt, needs in self.alternatives:
            if (
                needs is not None
                and present.isdisjoint(needs)
                and not (spaced and any(map(text.__contains__, set(needs) & set(spaced))))
            ):
                continue
            found = alt.search(text)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if not best.start():
                    break  # nothing starts earlier
        return best
