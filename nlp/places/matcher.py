"""Scanning a text for place mentions: longest phrase first, then compounds and
inflected forms, then fuzzy matching (rapidfuzz) for typos and dialect."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Callable
from typing import cast

from rapidfuzz import fuzz, process

from nlp.geo import QuartierMap
from nlp.places.addresses import AddressIndex
from nlp.places.model import Mention, Strength, _Entry
from nlp.places.ranges import first_of_range, range_shown
from nlp.places.text import (
    _CONTEXT_WORDS,
    _ELIDED_CONTEXT,
    _FRENCH_FROM,
    _KREIS_PREFIX,
    _KREIS_WORD_PREFIX,
    _MAX_PHRASE,
    _MAY_INFLECT,
    _NUMBER_RE,
    _NUMBER_WORDS,
    _ORIGIN_WORDS,
    _OUTSIDE_CONTEXT,
    _PLZ_RE,
    _SCHOOL_KEY,
    _STRONG_SUFFIX,
    _UNIT_WORDS,
    _variants,
    fold,
    streetlike,
    text_span,
    token_re,
)

_START = re.Match.start

# What a token's word alone says about a mention starting there (Matcher._word_state):
_QUIET = 0  # none, whatever the tokens around it
_LOUD = 1  # maybe
_NEAR = 2  # none, unless the next tokens make a Kreis nickname or a name of several words
_NEAR_LOUD = 3  # "i", "in": none unless "de" or "den" follows, then maybe


def _ratio_bound(m: int, n: int) -> float:
    """The highest fuzz.ratio two strings of lengths m and n can have."""
    return 100.0 * (1.0 - abs(m - n) / (m + n)) if m + n else 100.0


class Matcher:
    """Scanning a text for place mentions; Gazetteer adds loading and resolution."""

    # Skip tokens that can start no mention without scanning them (a shortcut
    # with the same result; tests turn it off to compare).
    skip_inert = True

    def __init__(
        self,
        entries: dict[str, _Entry],
        addresses: AddressIndex,
        kreis_words: dict[str, int],
        outside: dict[str, _Entry],
        outside_plz: set[str],
        postal_codes: dict[str, int],
        quartier_map: QuartierMap,
        not_places: frozenset[str] = frozenset(),
        multi_first: frozenset[str] = frozenset(),
    ) -> None:
        self.entries = entries
        self.addresses = addresses
        self.kreis_words = kreis_words
        # Dialect nicknames ("Vieri", "Föifer"), not plain numbers ("zwei").
        self.kreis_nicknames = frozenset(
            w for w in kreis_words if w.endswith(("i", "er")) and w not in {"zwei", "drei"}
        )
        self.outside = outside
        self.outside_plz = outside_plz
        self.postal_codes = postal_codes
        self.quartier_map = quartier_map
        self.not_places = not_places
        # Folded first tokens of names of several words: only there is a
        # phrase longer than one token worth looking up.
        self._multi_first = multi_first
        self._fold_cache: dict[str, str] = {}
        # The tokens of the text being scanned, per thread: the dialog runs in
        # worker threads and one Gazetteer serves them all.
        self._tls = threading.local()
        # Street-like tokens are matched against every name (streets and
        # landmarks: "Lindeplatz"), other words against landmark and Quartier names.
        self._street_keys = [k for k, e in entries.items() if not e.context and len(k) >= 8]
        # School names are matched exactly only ("Schulhäuser" is no school).
        self._name_keys = [
            k
            for k, e in entries.items()
            if e.kind != "street" and not e.context and len(k) >= 7 and not _SCHOOL_KEY.match(k)
        ]
        self._fuzzy_cache: dict[str, str | None] = {}
        # Per (street-like, word length): the keys long or short enough to reach
        # the cutoff, in their order (``_fuzzy_choices``).
        self._choices: dict[tuple[bool, int], list[str]] = {}
        # Per token text, what it alone says about a mention there (``_word_state``);
        # one table for texts in lower case only, one for texts with capitals.
        self._inert: dict[bool, dict[str, int]] = {False: {}, True: {}}
        # Every key, sorted: does some name begin with these letters (``_begins_key``)
        self._sorted_keys = sorted({*entries, *outside})

    def _fuzzy(self, key: str, streetlike: bool) -> str | None:
        cache_key = ("s:" if streetlike else "n:") + key
        if cache_key in self._fuzzy_cache:
            return self._fuzzy_cache[cache_key]
        # Street-like tokens may lose a letter or two ("Josefstrase"); other
        # names only one ("Oerlikn"), else "Grossmueter" becomes "Grossmünster".
        cutoff = 90 if streetlike else 92
        choices = self._fuzzy_choices(len(key), streetlike, cutoff)
        found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        result = found[0] if found else None
        if len(self._fuzzy_cache) < 50_000:
            self._fuzzy_cache[cache_key] = result
        return result

    def _fuzzy_choices(self, length: int, streetlike: bool, cutoff: int) -> list[str]:
        """The keys a word of `length` letters may reach `cutoff` with, in the
        order of all keys: fuzz.ratio is 100 * (1 - d / (m + n)) for lengths m, n
        and an Indel distance d >= |m - n|, so a key whose length alone keeps it
        below the cutoff cannot be the best match (nor tie with it), and
        extractOne over the others returns the same key (a quarter of the
        street keys for a word of 10 letters; 3-4 times faster)."""
        found = self._choices.get((streetlike, length))
        if found is None:
            keys = self._street_keys if streetlike else self._name_keys
            found = [k for k in keys if _ratio_bound(length, len(k)) >= cutoff - 0.01]
            self._choices[(streetlike, length)] = found
        return found

    def find(self, text: str) -> list[Mention]:
        """All place mentions in the text, in order."""
        lowercase = text == text.lower()
        pattern = token_re(text)
        words: list[str] = pattern.findall(text)
        states: list[int] = []
        if self.skip_inert:
            cache = self._inert[lowercase]
            # = [self._state(cache, w, lowercase) for w in words], known words read at once
            get: Callable[[str], int | None] = cache.get
            known = list(map(get, words))
            if None in known:
                states = [
                    self._state(cache, w, lowercase) if q is None else q
                    for w, q in zip(words, known, strict=True)
                ]
            else:
                states = cast(list[int], known)
            if not any(states):
                return []  # no token can start a mention
        # = [self._fold(w) for w in words], known words read at once
        known_folds = list(map(self._fold_cache.get, words))
        if None in known_folds:
            folded = [
                self._fold(w) if f is None else f for w, f in zip(words, known_folds, strict=True)
            ]
        else:
            folded = cast(list[str], known_folds)
        if self.skip_inert:
            # The tokens where _match_at may find something.
            todo = [
                i
                for i, state in enumerate(states)
                if state == _LOUD or (state and self._loud_here(state, i, folded))
            ]
            if not todo:
                return []
        else:
            todo = list(range(len(words)))
        # = [(m.group(0), m.start()) for m in pattern.finditer(text)]: findall
        # gives each match's group 0 (the pattern has no groups)
        tokens = list(zip(words, map(_START, pattern.finditer(text)), strict=True))
        self._tls.lowercase = lowercase
        self._tls.text = text
        self._tls.folded = folded
        mentions: list[Mention] = []
        i = 0
        for j in todo:  # = while i < len(tokens), skipping the tokens not in todo
            if j >= i:
                consumed = self._match_at(tokens, j, mentions)
                i = j + max(consumed, 1)
        return mentions

    def _state(self, cache: dict[str, int], word: str, lowercase: bool) -> int:
        found = cache.get(word)
        if found is None:
            found = self._word_state(word, self._fold(word), lowercase)
            if len(cache) < 100_000:
                cache[word] = found
        return found

    def _word_state(self, word: str, low: str, lowercase: bool) -> int:
        """What the word alone says about ``_match_at`` at its token (_QUIET,
        _LOUD, _NEAR, _NEAR_LOUD; see there)."""
        alone = self._is_inert_alone(word, low, lowercase)
        if low in ("i", "in"):
            return _NEAR if alone else _NEAR_LOUD
        if low in _KREIS_WORD_PREFIX or low in self._multi_first:
            return _NEAR if alone else _LOUD
        return _QUIET if alone else _LOUD

    def _loud_here(self, state: int, i: int, folded: list[str]) -> bool:
        """Whether ``_match_at`` may find something at token i, whose word is
        _NEAR or _NEAR_LOUD: a Kreis nickname after "im", "i de" (its first
        steps), a name of several words starting here (the phrases it looks up
        join the folded tokens, so a key must begin with this token's and the
        next one's), else what the word alone says."""
        low = folded[i]
        nxt = folded[i + 1] if i + 1 < len(folded) else None
        if low in _KREIS_WORD_PREFIX:
            j = i + 1
            if nxt in ("de", "den"):
                j += 1
            elif low in ("i", "in"):
                return False  # _match_at returns 1 right away
            if j < len(folded) and folded[j] in self.kreis_nicknames:
                return True
        if state == _NEAR_LOUD:
            return True
        return low in self._multi_first and nxt is not None and self._begins_key(low + nxt)

    def _begins_key(self, prefix: str) -> bool:
        """Whether a key of the entries or of the places outside begins with `prefix`."""
        keys = self._sorted_keys
        k = bisect_left(keys, prefix)
        return k < len(keys) and keys[k].startswith(prefix)

    def _is_inert_alone(self, word: str, low: str, lowercase: bool) -> bool:
        """Whether ``_match_at`` at this token returns 1 and finds nothing, whatever
        the tokens around it, leaving aside its Kreis words ("im Vieri") and names
        of several words (``_loud_here`` looks at those): the word starts no
        "Kreis 4", postal code, name, compound or inflected form, and is no typo
        of a name. Walks ``_match_at``'s steps in its order, taking every step
        that depends on the neighbours as a possible match (tests/test_speed_paths.py
        and test_speed_shortcuts.py check ``find`` with and without the shortcuts)."""
        if low.rstrip(".") in _KREIS_PREFIX:
            return False
        if _PLZ_RE.match(word.rstrip(".")):
            return False
        if low and (low in self.entries or low in self.outside):
            return False
        if low in self.not_places:
            return True
        for key in _variants(word) if _MAY_INFLECT.search(word) else ():
            if key in self.outside and not self.outside[key].context:
                return False
            entry = self.entries.get(key)
            if entry is not None and (not entry.context or fold(word).endswith("quartier")):
                return False
        if len(low) >= 6 and not low.isdigit() and (word[:1].isupper() or lowercase):
            # Fuzzy matching: as if a preposition came before (short words too).
            hit = self._fuzzy(low, streetlike(low))
            if hit is not None and not self.entries[hit].context:
                return False
        return True

    def _fold(self, token: str) -> str:
        key = self._fold_cache.get(token)
        if key is None:
            key = fold(token)
            if len(self._fold_cache) < 100_000:
                self._fold_cache[token] = key
        return key

    def _prev_word(self, tokens: list[tuple[str, int]], i: int) -> str:
        return self._tls.folded[i - 1] if i > 0 else ""

    def _context_before(self, tokens: list[tuple[str, int]], i: int) -> bool:
        """Whether the token before i is a preposition or article that announces
        a place: a word of ``_CONTEXT_WORDS`` or an elided "l'", "d'", "dell'"."""
        prev = self._prev_word(tokens, i)
        if prev in _CONTEXT_WORDS:
            return True
        return prev in _ELIDED_CONTEXT and tokens[i - 1][0][-1:] in ("'", "’")

    def _next_number(self, tokens: list[tuple[str, int]], j: int) -> tuple[str, int] | None:
        """The house number after a street ("12", "12a", "Nr. 12") and the tokens it takes."""
        skip = 0
        if j < len(tokens) and self._tls.folded[j].rstrip(".") in _NUMBER_WORDS:
            skip = 1
        if j + skip < len(tokens):
            tok = tokens[j + skip][0].rstrip(".")
            if _NUMBER_RE.match(tok) and not (len(tok) == 4 and tok in self.postal_codes):
                return tok, 1 + skip
            first = first_of_range(tok)
            if first is not None:
                return first, 1 + skip  # "Langstrasse 200-204": the house number is 200
        return None

    def _match_at(self, tokens: list[tuple[str, int]], i: int, out: list[Mention]) -> int:
        word, start = tokens[i]
        low = self._tls.folded[i]

        # "Kreis 4", "Chreis 4", "Kreis vier", "district 4"
        if low.rstrip(".") in _KREIS_PREFIX and i + 1 < len(tokens):
            nxt = fold(tokens[i + 1][0]).rstrip(".")
            kreis = int(nxt) if nxt.isdigit() else self.kreis_words.get(nxt)
            if kreis is not None and 1 <= kreis <= 12:
                surface = f"{word} {tokens[i + 1][0]}"
                out.append(Mention(surface, "kreis", kreis, strength=Strength.KREIS, start=start))
                return 2
        # "im Vieri", "i de Föifi": nicknames only ("in zwei Jahren" is no Kreis).
        if low in _KREIS_WORD_PREFIX:
            j = i + 1
            if j < len(tokens) and self._tls.folded[j] in {"de", "den"}:
                j += 1
            elif low in {"i", "in"}:
                return 1
            if j < len(tokens):
                w = self._tls.folded[j]
                if w in self.kreis_nicknames:
                    kreis = self.kreis_words[w]
                    surface = " ".join(t for t, _ in tokens[i : j + 1])
                    out.append(
                        Mention(surface, "kreis", kreis, strength=Strength.KREIS, start=start)
                    )
                    return j + 1 - i

        # Postal codes: city codes are weak evidence, others mean outside the city.
        plain = word.rstrip(".")
        if _PLZ_RE.match(plain):
            return self._postal_code(plain, tokens, i, out)

        # Longest phrase first (up to four tokens).
        longest = min(_MAX_PHRASE, len(tokens) - i) if low in self._multi_first else 1
        for n in range(longest, 0, -1):
            phrase_tokens = tokens[i : i + n]
            key = "".join(self._tls.folded[i : i + n])
            if not key:
                continue
            entry = self.entries.get(key)
            if entry is not None:
                if self._accept(entry, phrase_tokens, tokens, i, n):
                    return self._emit(entry, key, text_span(phrase_tokens), tokens, i, n, out)
                continue
            out_entry = self.outside.get(key)
            if out_entry is not None:
                prev = self._prev_word(tokens, i)
                prev2 = self._prev_word(tokens, i - 1) if i > 1 else ""
                if prev in _ORIGIN_WORDS or (prev == "de" and prev2 in _FRENCH_FROM):
                    # "wir kommen aus Basel": where the person is from.
                    return n
                if not out_entry.context or (
                    phrase_tokens[0][0][:1].isupper() and prev in _OUTSIDE_CONTEXT
                ):
                    out.append(Mention(text_span(phrase_tokens), "outside", None, start=start))
                    return n

        if low in self.not_places:
            return 1
        # Compounds and inflections: "Saatlenstrasse-Ende", "Hardplatzes".
        for key in _variants(word) if _MAY_INFLECT.search(word) else ():
            if key in self.outside and not self.outside[key].context:
                out.append(Mention(word.rstrip("."), "outside", None, start=start))
                return 1
            entry = self.entries.get(key)
            if entry is not None and (not entry.context or fold(word).endswith("quartier")):
                return self._emit(entry, key, word.rstrip("."), tokens, i, 1, out)

        # Fuzzy: street-like tokens against streets, longer words against names.
        if len(low) >= 6 and not low.isdigit():
            is_street = streetlike(low)
            # A lower-case word in a text that uses capitals is an everyday word.
            # A lower-case word in a text with capitals is an everyday word,
            # street-like or not ("untergraben").
            # A short word close to a name ("Büchern" ~ "Buchlern") is more
            # likely an everyday noun than a typo, unless a preposition
            # announces a place ("am Bellvue").
            short_ok = len(low) >= 8 or self._context_before(tokens, i)
            cased = word[:1].isupper() or self._tls.lowercase
            if cased and (is_street or short_ok):
                hit = self._fuzzy(low, is_street)
                if hit is not None:
                    entry = self.entries[hit]
                    if not entry.context:
                        return self._emit(entry, hit, word.rstrip("."), tokens, i, 1, out)
        return 1

    def _postal_code(
        self, plz: str, tokens: list[tuple[str, int]], i: int, out: list[Mention]
    ) -> int:
        start = tokens[i][1]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        prev = self._prev_word(tokens, i)
        if fold(nxt).rstrip(".") in _UNIT_WORDS or prev.rstrip(".") in _UNIT_WORDS:
            return 1  # an amount ("3000 Franken", "CHF 4000"), not a postal code
        if plz in self.postal_codes:
            kreis = self.postal_codes[plz]
            out.append(
                Mention(plz, "postal_code", kreis, strength=Strength.POSTAL_CODE, start=start)
            )
            return 1
        nxt_key = fold(nxt)
        if nxt_key in self.outside:
            out.append(Mention(f"{plz} {nxt}", "outside", None, start=start))
            return 2
        # Alone, only a code of the Zürich area counts ("8600"); "4000" is more
        # often an amount than Basel.
        if plz in self.outside_plz and plz.startswith("8"):
            out.append(Mention(plz, "outside", None, start=start))
        return 1

    def _accept(
        self,
        entry: _Entry,
        phrase_tokens: list[tuple[str, int]],
        tokens: list[tuple[str, int]],
        i: int,
        n: int,
    ) -> bool:
        first = phrase_tokens[0][0]
        if (
            entry.kind == "street"
            and first.islower()
            and not self._tls.lowercase
            and not _STRONG_SUFFIX.search(self._tls.folded[i + n - 1])
        ):
            # A lower-case "untergraben" in a text with capitals is a verb.
            return False
        if not entry.context:
            return True
        if entry.is_street and self._next_number(tokens, i + n) is not None:
            return True
        if entry.kind == "street":
            return False
        # Everyday words count only capitalised and after a preposition or
        # article, or as a heading ("Enge: ...").
        if not (first[:1].isupper() or self._tls.lowercase):
            return False
        if i == 0 and i + n < len(tokens):
            text: str = self._tls.text
            rest = text[tokens[i + n - 1][1] + len(tokens[i + n - 1][0]) :]
            return rest.startswith((":", ","))
        return self._context_before(tokens, i)

    def _emit(
        self,
        entry: _Entry,
        key: str,
        surface: str,
        tokens: list[tuple[str, int]],
        i: int,
        n: int,
        out: list[Mention],
    ) -> int:
        start = tokens[i][1]
        found = self._next_number(tokens, i + n) if entry.is_street else None
        strength = Strength.STREET if entry.kind == "street" else Strength.NAME
        consumed = n
        if found is not None:
            number, taken = found
            consumed = n + taken
            hit = self.addresses.lookup(key, number)
            # A street shadowed by a Quartier of its name ("Langstrasse 150", between
            # points in Kreis 4 and 5): the number says it is the street (trial q, § 7).
            shadowed = entry.kind != "street"
            if hit is not None and (hit.kreis is not None or entry.kreis is None or shadowed):
                shown = range_shown(self._tls.text, tokens[i + consumed - 1], number)
                out.append(
                    Mention(
                        f"{surface} {shown}",
                        "address",
                        hit.kreis,
                        hit.quartier,
                        hit.candidates,
                        strength=Strength.ADDRESS,
                        start=start,
                        name=entry.name,
                    )
                )
                return consumed
        out.append(
            Mention(
                surface,
                entry.kind,
                entry.kreis,
                entry.quartier,
                entry.candidates,
                strength=strength,
                start=start,
                name=entry.name,
            )
        )
        return consumed
