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
from collections.abc import Iterable
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
    return _best(required_sets(items))


def required_sets(items: Any) -> list[frozenset[str]]:
    """Sets of strings such that every match of the parsed sequence contains one
    string of each set (one set per mandatory part of the sequence)."""
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
    return options


_CACHE_LIMIT = 200_000


def trie_pattern(strings: Iterable[str]) -> str | None:
    """A pattern that finds where any of `strings` occurs, written as a trie
    ("bra(?:nd|nn)" for "brand", "brann"): the engine follows one branch per
    character instead of trying every string at every position ("a|b|c" over
    ~600 stems: 27 us a word, the trie: 2 us). A string that another one starts
    with ends the branch (where the longer occurs, the shorter does). None
    without strings."""
    root: dict[str, Any] = {}
    for s in strings:
        node = root
        for c in s:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        parts = [re.escape(c) + emit(child) for c, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(root) if root else None


# Texts whose bits are kept: the detector reads a batch (1,000 texts) in two loops
# (idioms and pleas, then the rules); a longer batch only finds fewer.
_TEXTS_KEPT = 4096


class _WordIndex:
    """Which strings (without whitespace) a word contains, as the bits of an int,
    for the strings of every Substrings and Alternation together: a text's bits
    are its words' bits or-ed, each word's found once and cached, and a
    Substrings asks whether the text's bits meet its own. The detector asks
    several of them about the same text (idioms, pleas, the strong and extra
    stems, the hints, the alternatives to search): the recent texts' bits are
    kept."""

    def __init__(self) -> None:
        self.bits: dict[str, int] = {}  # string -> its bit
        self.strings: list[str] = []  # bit number -> string
        # The strings as a trie: letter -> node; a node's "" holds the bits of the
        # string ending there.
        self._trie: dict[str, Any] = {}
        self._any: re.Pattern[str] | None = None  # where does a word hold a string first
        self.words: dict[str, int] = {}
        # Text -> bits; replaced as a whole when full (a thread may recompute, never
        # read another text's).
        self._texts: dict[str, int] = {}

    def register(self, strings: Iterable[str]) -> int:
        """The bits of `strings` (new ones get new bits; built at import, so the
        word and text caches, which lack the new bits, are dropped)."""
        new = [s for s in dict.fromkeys(strings) if s not in self.bits]
        if new:
            for s in new:
                self.bits[s] = 1 << len(self.strings)
                self.strings.append(s)
                node = self._trie
                for c in s:
                    node = node.setdefault(c, {})
                node[""] = self.bits[s]
            self._any = None  # compiled again at the next word (strings come in many calls)
            self.words = {}
            self._texts = {}
        mask = 0
        for s in strings:
            mask |= self.bits[s]
        return mask

    def word_bits(self, word: str) -> int:
        """The bits of the strings that `word` contains: from each position on
        (from the first where one starts), the trie's path along the word."""
        found_any = self._any
        if found_any is None:
            pattern = trie_pattern(self.bits)
            if pattern is None:
                return 0
            found_any = self._any = re.compile(pattern)
        first = found_any.search(word)
        if first is None:
            return 0  # most words (7 in 8) hold none
        bits = 0
        root = self._trie
        n = len(word)
        for i in range(first.start(), n):
            node = root.get(word[i])
            j = i + 1
            while node is not None:
                bits |= node.get("", 0)
                if j == n:
                    break
                node = node.get(word[j])
                j += 1
        return bits

    def text_bits(self, text: str) -> int:
        """The bits of the strings (without whitespace) that `text` contains: a
        string without whitespace occurs in a text exactly when it occurs in one
        of its whitespace-separated words."""
        texts = self._texts
        bits = texts.get(text)
        if bits is not None:
            return bits
        words = self.words
        split = text.split()
        found = list(map(words.get, split))
        bits = 0
        for word, b in zip(split, found, strict=True):
            if b is None:
                b = self.word_bits(word)
                if len(words) < _CACHE_LIMIT:
                    words[word] = b
            bits |= b
        if len(texts) >= _TEXTS_KEPT:
            texts = self._texts = {}
        texts[text] = bits
        return bits

    def forget(self) -> None:
        """Drop the cached words and texts (residents' words: not kept longer
        than the classifier's WORDS_KEPT_S)."""
        self.words = {}
        self._texts = {}

    def strings_of(self, bits: int) -> frozenset[str]:
        """The strings whose bits are set."""
        found = []
        strings = self.strings
        while bits:
            low = bits & -bits
            found.append(strings[low.bit_length() - 1])
            bits ^= low
        return frozenset(found)


_INDEX = _WordIndex()


def _with_pieces(spaced: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """Each string with whitespace and the bits of its pieces ("the way": "the",
    "way"): where it occurs, so does each piece, inside a word."""
    return tuple((s, _INDEX.register(s.split())) for s in spaced)


def _spaced_in(text: str, bits: int, spaced: tuple[tuple[str, int], ...]) -> bool:
    """any(s in text for s, _ in spaced), looking only where the text holds every piece."""
    return any(bits & need == need and s in text for s, need in spaced)


class _Spaced:
    """Strings with whitespace, each with the bits of its pieces (_with_pieces),
    filed under the bit of its longest piece: `found` is _spaced_in, but looks at
    the strings of the key bits the text holds (most texts hold none) instead of
    testing every string's bits (~1 us a call, several calls a text). A string
    the text holds has every piece's bit set, its key's too, so none is missed."""

    def __init__(self, spaced: Iterable[str]) -> None:
        self.items = _with_pieces(spaced)
        self._keys = 0
        self._by_key: dict[int, list[tuple[str, int]]] = {}
        self._always: list[tuple[str, int]] = []  # no pieces (whitespace only): need 0
        for s, need in self.items:
            pieces = s.split()
            if not pieces:
                self._always.append((s, need))
                continue
            key = _INDEX.bits[max(pieces, key=len)]
            self._keys |= key
            self._by_key.setdefault(key, []).append((s, need))

    def __bool__(self) -> bool:
        return bool(self.items)

    def found(self, text: str, bits: int) -> bool:
        """_spaced_in(text, bits, self.items)."""
        keys = bits & self._keys
        by_key = self._by_key
        while keys:
            low = keys & -keys
            for s, need in by_key[low]:
                if bits & need == need and s in text:
                    return True
            keys ^= low
        return any(s in text for s, _ in self._always)


class Substrings:
    """Whether a text contains any of some strings: ``any(s in text for s in
    strings)``, read word by word (see _WordIndex); strings with whitespace are
    looked for in the whole text."""

    def __init__(self, strings: tuple[str, ...] | frozenset[str]) -> None:
        if not all(strings):
            raise ValueError("empty string")
        self.spaced = tuple(s for s in strings if any(c.isspace() for c in s))
        self.plain = frozenset(s for s in strings if s not in self.spaced)
        self.mask = _INDEX.register(sorted(self.plain))
        self._spaced = _Spaced(self.spaced)

    def found_in(self, text: str) -> bool:
        bits = _INDEX.text_bits(text)
        return bool(bits & self.mask) or (bool(self._spaced) and self._spaced.found(text, bits))

    def present(self, text: str) -> frozenset[str]:
        """The strings without whitespace that the text contains."""
        return _INDEX.strings_of(_INDEX.text_bits(text) & self.mask)


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
        self._by_spaced: list[tuple[int, _Spaced]] = []
        for i, (_, strings) in enumerate(self.alternatives):
            for need in strings or ():
                if need in self._words.plain:
                    self._by_string.setdefault(need, []).append(i)
            spaced = tuple(n for n in strings or () if n not in self._words.plain)
            if spaced:
                self._by_spaced.append((i, _Spaced(spaced)))
        # Per alternative, the bits of every set of strings (without whitespace) it
        # needs, not only the most selective one above: "kind ... auf ... tram"
        # needs one of its children, one of "auf, uf, on", and a rail word; an
        # alternative is searched only when the text holds one of each.
        self._musts: list[tuple[int, ...]] = []
        for alt, chosen in self.alternatives:
            sets = [] if chosen is None else required_sets(sre_parse.parse(alt.pattern, alt.flags))
            self._musts.append(
                tuple(
                    _INDEX.register(sorted(one))
                    for one in sets
                    if not any(c.isspace() for s in one for c in s)
                )
            )
        # The same per string bit (nlp.urgent.fastre._WordIndex).
        self._by_bit = {_INDEX.bits[k]: tuple(v) for k, v in self._by_string.items()}

    def search(self, text: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        # The alternatives with no strings, or one of whose strings the text holds,
        # in their order: the others cannot match.
        todo = set(self._always)
        held = _INDEX.text_bits(text)
        bits = held & self._words.mask
        by_bit = self._by_bit
        while bits:  # each string the text holds
            low = bits & -bits
            todo.update(by_bit[low])
            bits ^= low
        for i, spaced in self._by_spaced:
            if i not in todo and spaced.found(text, held):
                todo.add(i)
        alternatives = self.alternatives
        musts = self._musts
        for i in sorted(todo):
            if not all(held & must for must in musts[i]):
                continue  # a part of it has none of its strings here
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


def forget_words() -> None:
    """Empty the word and text caches of the urgent rules' index."""
    _INDEX.forget()
