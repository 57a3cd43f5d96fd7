"""Scanning a text for place mentions: longest phrase first, then compounds and
inflected forms, then fuzzy matching (rapidfuzz) for typos and dialect."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import cast

from rapidfuzz import fuzz, process

from nlp.geo import QuartierMap
from nlp.places.addresses import AddressIndex
from nlp.places.model import Mention, Strength, _Entry
from nlp.places.text import (
    _CONTEXT_WORDS,
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
    _STREETLIKE_RE,
    _STRONG_SUFFIX,
    _TOKEN_RE,
    _UNIT_WORDS,
    _variants,
    fold,
    text_span,
)


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
        # Per token text, whether it can start no mention (``_is_inert``); one
        # table for texts in lower case only, one for texts with capitals.
        self._inert: dict[bool, dict[str, bool]] = {False: {}, True: {}}

    def _fuzzy(self, key: str, streetlike: bool) -> str | None:
        cache_key = ("s:" if streetlike else "n:") + key
        if cache_key in self._fuzzy_cache:
            return self._fuzzy_cache[cache_key]
        choices = self._street_keys if streetlike else self._name_keys
        # Street-like tokens may lose a letter or two ("Josefstrase"); other
        # names only one ("Oerlikn"), else "Grossmueter" becomes "Grossmünster".
        cutoff = 90 if streetlike else 92
        found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        result = found[0] if found else None
        if len(self._fuzzy_cache) < 50_000:
            self._fuzzy_cache[cache_key] = result
        return result

    def find(self, text: str) -> list[Mention]:
        """All place mentions in the text, in order."""
        lowercase = text == text.lower()
        quiet: list[bool] | None = None
        if self.skip_inert:
            inert = self._inert[lowercase]
            words = _TOKEN_RE.findall(text)
            # = [self._quiet(inert, w, lowercase) for w in words], known words read at once
            get: Callable[[str], bool | None] = inert.get
            known = list(map(get, words))
            if None in known:
                quiet = [
                    self._quiet(inert, w, lowercase) if q is None else q
                    for w, q in zip(words, known, strict=True)
                ]
            else:
                quiet = cast(list[bool], known)
            if all(quiet):
                return []  # no token can start a mention
        tokens = [(m.group(0), m.start()) for m in _TOKEN_RE.finditer(text)]
        self._tls.lowercase = lowercase
        self._tls.text = text
        self._tls.folded = [self._fold(t) for t, _ in tokens]
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            if quiet is not None and quiet[i]:
                i += 1
                continue
            consumed = self._match_at(tokens, i, mentions)
            i += max(consumed, 1)
        return mentions

    def _quiet(self, inert: dict[str, bool], word: str, lowercase: bool) -> bool:
        found = inert.get(word)
        if found is None:
            found = self._is_inert(word, self._fold(word), lowercase)
            if len(inert) < 100_000:
                inert[word] = found
        return found

    def _is_inert(self, word: str, low: str, lowercase: bool) -> bool:
        """Whether ``_match_at`` at this token returns 1 and finds nothing, whatever
        the tokens around it: the word starts no Kreis phrase, postal code, name
        (of one word or several), compound or inflected form, and is no typo of a
        name. Walks ``_match_at``'s steps in its order, taking every step that
        depends on the neighbours as a possible match (tests/test_speed_paths.py
        checks ``find`` with and without this shortcut)."""
        if low.rstrip(".") in _KREIS_PREFIX or low in _KREIS_WORD_PREFIX:
            return False
        if _PLZ_RE.match(word.rstrip(".")) or low in self._multi_first:
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
            hit = self._fuzzy(low, bool(_STREETLIKE_RE.search(low)))
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

    def _next_number(self, tokens: list[tuple[str, int]], j: int) -> tuple[str, int] | None:
        """The house number after a street ("12", "12a", "Nr. 12") and the tokens it takes."""
        skip = 0
        if j < len(tokens) and self._tls.folded[j].rstrip(".") in _NUMBER_WORDS:
            skip = 1
        if j + skip < len(tokens):
            tok = tokens[j + skip][0].rstrip(".")
            if _NUMBER_RE.match(tok) and not (len(tok) == 4 and tok in self.postal_codes):
                return tok, 1 + skip
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
                prev2 = re.sub(r"^[dlj](?=[aeiou])", "", prev2)  # d'arriver -> arriver
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
            streetlike = bool(_STREETLIKE_RE.search(low))
            # A lower-case word in a text that uses capitals is an everyday word.
            # A lower-case word in a text with capitals is an everyday word,
            # street-like or not ("untergraben").
            # A short word close to a name ("Büchern" ~ "Buchlern") is more
            # likely an everyday noun than a typo, unless a preposition
            # announces a place ("am Bellvue").
            short_ok = len(low) >= 8 or self._prev_word(tokens, i) in _CONTEXT_WORDS
            cased = word[:1].isupper() or self._tls.lowercase
            if cased and (streetlike or short_ok):
                hit = self._fuzzy(low, streetlike)
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
        return self._prev_word(tokens, i) in _CONTEXT_WORDS

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
            if hit is not None and (hit.kreis is not None or entry.kreis is None):
                out.append(
                    Mention(
                        f"{surface} {number}",
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
