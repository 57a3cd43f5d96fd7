"""Place recognition: from free text (and optional coordinates) to Kreis and Quartier.

The gazetteer is data (nlp/data/): streets and address points derived from the
city's open data, and a hand-kept places.toml of landmarks, dialect names and
places outside the city. Matching works on tokens folded for case, umlauts and
hyphens, tries the longest phrase first, and falls back to fuzzy matching
(rapidfuzz) for street-like tokens and longer place names, so typos and Swiss
German spellings ("Josefstross", "Schwamedinge") still land.

Evidence is ranked: coordinates > street with house number > landmark or
Quartier > unambiguous street or "Kreis 4" > postal code. A street that spans
several Kreise is narrowed by any other evidence (a house number, a landmark,
a postal code); if nothing narrows it, the result is ambiguous and lists the
candidate Kreise so the dialog can ask.
"""

from __future__ import annotations

import csv
import re
import threading
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

from rapidfuzz import fuzz, process

from nlp.geo import QuartierMap

DATA_DIR = Path(__file__).parent / "data"

_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*\.?", re.UNICODE)
_NUMBER_RE = re.compile(r"^(\d{1,4})([a-z]?)$", re.IGNORECASE)
_PLZ_RE = re.compile(r"^\d{4}$")
_MAX_PHRASE = 4
# A house number this close to a known address point on the same side of the
# street (same parity) is taken to be in the same Kreis.
_NUMBER_WINDOW = 24

# Street suffixes residents write, in dialect or shorthand, folded to one form.
_SUFFIX_RE = re.compile(
    r"(?:strasse|strase|strass|str|stras|strosse|stross|strooss|strooss|straass|strasa|strase)$"
)
_STRONG_SUFFIX = re.compile(r"(?:strasse|gasse|weg|platz|quai|allee)$")
_STREETLIKE_RE = re.compile(
    r"(?:strasse|gasse|weg|platz|quai|allee|brucke|steig|rain|halde|ring|steg|graben|anlage|park)$"
)
_CONTEXT_WORDS = frozenset(
    [
        "in",
        "im",
        "i",
        "ir",
        "de",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "bi",
        "bim",
        "bei",
        "beim",
        "zur",
        "zum",
        "zu",
        "am",
        "an",
        "vom",
        "von",
        "nach",
        "ab",
        "bis",
        "vor",
        "hinter",
        "neben",
        "um",
        "ums",
        "gegenuber",
        "richtung",
        "quartier",
        "kreis",
        "chreis",
        "nahe",
        "near",
        "at",
        "from",
        "to",
        "by",
        "schulhaus",
        "schuelhuus",
        "schulhauses",
        "quartiertreff",
        "gz",
        "kirchgemeindehaus",
        "siedlung",
        "friedhof",
        "badi",
        "hallenbad",
        "sportanlage",
        "alterszentrum",
        "gare",
        "bahnhof",
        "z",
        "tramhaltestelle",
        "haltestelle",
        "station",
        "tramstation",
        "stop",
    ]
)
# "in Zug", "nach Baden": the only words that make an everyday word ("der Zug",
# "baden") a town outside the city.
_OUTSIDE_CONTEXT = frozenset({"in", "nach", "z", "bei", "bi", "richtung", "à", "to"})
# "aus Basel", "vo Dübedorf", "from Winterthur": where someone comes from.
_ORIGIN_WORDS = frozenset({"aus", "vo", "von", "us", "from"})
_UNIT_WORDS = frozenset(
    [
        "fr",
        "franken",
        "chf",
        "stutz",
        "euro",
        "eur",
        "leute",
        "personen",
        "menschen",
        "meter",
        "m",
        "km",
        "mal",
        "uhr",
        "jahre",
        "tage",
        "wochen",
        "minuten",
        "stunden",
        "kilo",
        "kg",
        "franke",
    ]
)
# "nous venons d'arriver de Lausanne": French "de" after a verb of coming.
_FRENCH_FROM = frozenset(
    [
        "arriver",
        "arrive",
        "arrives",
        "viens",
        "venons",
        "venez",
        "vient",
        "venu",
        "venue",
        "venus",
        "venues",
        "demenage",
        "demenages",
        "demenagee",
    ]
)
_SCHOOL_KEY = re.compile(r"(schulhaus|schuelhuus|schulanlage|ecole)")
# Tokens that may be a compound or an inflected place name.
_MAY_INFLECT = re.compile(r"[-–'’]|\w{4,}(?:es|s|n)$")
_KREIS_PREFIX = frozenset({"kreis", "chreis", "kr", "kr.", "district", "stadtkreis"})
_KREIS_WORD_PREFIX = frozenset({"im", "in", "i", "ins", "em"})


def fold(text: str) -> str:
    """Fold a name for matching: lower case, ß→ss, umlauts and their ae/oe/ue forms to the
    base vowel, accents off, hyphens, apostrophes, dots and spaces removed."""
    s = text.lower().replace("ß", "ss")
    s = s.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    s = s.translate(_ACCENTS)
    s = re.sub(r"[\s\-'’.]", "", s)
    return _SUFFIX_RE.sub("strasse", s)


_ACCENTS = str.maketrans("éèêàâîôûç", "eeeaaiouc")


class Strength(IntEnum):
    POSTAL_CODE = 1
    KREIS = 3
    STREET = 3
    NAME = 4
    ADDRESS = 5
    COORDINATES = 6


@dataclass(frozen=True, slots=True)
class Mention:
    """One place mention found in a text."""

    text: str
    # quartier, kreisname, landmark, street, address, kreis, postal_code, outside, coordinates
    kind: str
    kreis: int | None
    quartier: str | None = None
    candidates: tuple[int, ...] = ()
    strength: int = 0
    start: int = 0


@dataclass(slots=True)
class PlaceResult:
    kreis: int | None = None
    quartier: str | None = None
    outside_city: bool = False
    ambiguous: bool = False
    candidates: list[int] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def places(self) -> list[str]:
        return [m.text for m in self.mentions]


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str
    name: str
    kreis: int | None
    quartier: str | None
    candidates: tuple[int, ...]
    context: bool
    is_street: bool


class Gazetteer:
    """The place index; build once with Gazetteer.load() and share."""

    def __init__(
        self,
        entries: dict[str, _Entry],
        addresses: dict[str, dict[str, tuple[int, str]]],
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

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> Gazetteer:
        qmap = QuartierMap(data_dir / "geo" / "quartiere.geojson")
        qname = {a.qnr: a.quartier for a in qmap.areas_by_qnr.values()}
        entries: dict[str, _Entry] = {}
        multi_first: set[str] = set()

        def note_words(name: str) -> None:
            words = _TOKEN_RE.findall(name)
            if len(words) > 1:
                multi_first.add(fold(words[0]))

        with (data_dir / "streets.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                kreise = tuple(int(k) for k in row["kreise"].split("|"))
                qnrs = [int(q) for q in row["qnrs"].split("|") if q]
                name = row["street"]
                key = fold(name)
                note_words(name)
                suffixed = bool(_STREETLIKE_RE.search(key))
                entries[key] = _Entry(
                    kind="street",
                    name=name,
                    kreis=kreise[0] if len(kreise) == 1 else None,
                    quartier=qname[qnrs[0]] if len(qnrs) == 1 else None,
                    candidates=kreise if len(kreise) > 1 else (),
                    # A name with no street suffix ("Am Wasser", "Im Sack") is an
                    # everyday phrase: it counts only with a house number.
                    context=not suffixed,
                    is_street=True,
                )

        addresses: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
        with (data_dir / "addresses.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                addresses[fold(row["street"])][row["number"]] = (
                    int(row["kreis"]),
                    qname[int(row["qnr"])],
                )

        places = tomllib.loads((data_dir / "places.toml").read_text(encoding="utf-8"))

        def add(name: str, entry: _Entry) -> None:
            key = fold(name)
            note_words(name)
            old = entries.get(key)
            # Landmarks and Quartiere override a same-named street entry, but the
            # street knowledge is kept for house-number lookups (addresses).
            entries[key] = _Entry(
                entry.kind,
                entry.name,
                entry.kreis,
                entry.quartier,
                entry.candidates,
                entry.context,
                is_street=old.is_street if old else False,
            )

        for name, spec in places["quartiere"].items():
            entry = _Entry(
                "quartier", name, spec["kreis"], name, (), spec.get("context", False), False
            )
            for n in [name, *spec.get("aliases", [])]:
                add(n, entry)
        for name, kreis in places["kreisnamen"].items():
            add(name, _Entry("kreisname", name, kreis, None, (), False, False))
        for name, spec in places["landmarks"].items():
            entry = _Entry(
                "landmark",
                name,
                spec.get("kreis"),
                spec.get("quartier"),
                tuple(spec.get("candidates", ())),
                spec.get("context", False),
                False,
            )
            for n in [name, *spec.get("aliases", [])]:
                add(n, entry)

        for name, spec in places.get("schools", {}).items():
            entry = _Entry(
                "landmark",
                f"Schulhaus {name}",
                spec["kreis"],
                spec.get("quartier"),
                (),
                False,
                False,
            )
            for prefix in (
                "Schulhaus",
                "Schulhauses",
                "Schuelhuus",
                "Schulanlage",
                "Schulhausplatz",
                "école",
            ):
                add(f"{prefix} {name}", entry)

        outside: dict[str, _Entry] = {}
        outside_plz: set[str] = set()
        for name, spec in places["outside"].items():
            entry = _Entry("outside", name, None, None, (), spec.get("context", False), False)
            for n in [name, *spec.get("aliases", [])]:
                outside[fold(n)] = entry
                note_words(n)
            outside_plz.update(spec.get("plz", []))
        postal_codes = {str(k): int(v) for k, v in places["postal_codes"].items()}
        kreis_words = {fold(k): int(v) for k, v in places["kreis_words"].items()}
        not_places = frozenset(fold(w) for w in places.get("not_places", {}).get("words", []))
        for key in not_places:
            entries.pop(key, None)
        return cls(
            entries,
            dict(addresses),
            kreis_words,
            outside,
            outside_plz,
            postal_codes,
            qmap,
            not_places,
            frozenset(multi_first),
        )

    # -- matching ---------------------------------------------------------

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

    def _address(self, key: str, number: str) -> tuple[int, str] | None:
        """Kreis and Quartier of a house number: exact point, else the nearest
        points on the same side of the street if they agree."""
        points = self.addresses.get(key)
        if not points:
            return None
        if number.lower() in points:
            return points[number.lower()]
        m = _NUMBER_RE.match(number)
        if not m:
            return None
        n = int(m.group(1))
        near = []
        for num, value in points.items():
            nm = _NUMBER_RE.match(num)
            if nm:
                k = int(nm.group(1))
                if k % 2 == n % 2 and abs(k - n) <= _NUMBER_WINDOW:
                    near.append((abs(k - n), value))
        if not near:
            return None
        near.sort(key=lambda x: x[0])
        kreise = {v[0] for _, v in near[:3]}
        return near[0][1] if len(kreise) == 1 else None

    def find(self, text: str) -> list[Mention]:
        """All place mentions in the text, in order."""
        tokens = [(m.group(0), m.start()) for m in _TOKEN_RE.finditer(text)]
        self._tls.lowercase = text == text.lower()
        self._tls.text = text
        self._tls.folded = [self._fold(t) for t, _ in tokens]
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            consumed = self._match_at(tokens, i, mentions)
            i += max(consumed, 1)
        return mentions

    def _fold(self, token: str) -> str:
        key = self._fold_cache.get(token)
        if key is None:
            key = fold(token)
            if len(self._fold_cache) < 100_000:
                self._fold_cache[token] = key
        return key

    def _prev_word(self, tokens: list[tuple[str, int]], i: int) -> str:
        return self._tls.folded[i - 1] if i > 0 else ""

    def _next_number(self, tokens: list[tuple[str, int]], j: int) -> str | None:
        if j < len(tokens):
            tok = tokens[j][0].rstrip(".")
            if _NUMBER_RE.match(tok) and not (len(tok) == 4 and tok in self.postal_codes):
                return tok
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
        number = self._next_number(tokens, i + n) if entry.is_street else None
        if number is not None:
            hit = self._address(key, number)
            if hit is not None:
                out.append(
                    Mention(
                        f"{surface} {number}",
                        "address",
                        hit[0],
                        hit[1],
                        strength=Strength.ADDRESS,
                        start=start,
                    )
                )
                return n + 1
        strength = Strength.STREET if entry.kind == "street" else Strength.NAME
        out.append(
            Mention(
                surface,
                entry.kind,
                entry.kreis,
                entry.quartier,
                entry.candidates,
                strength=strength,
                start=start,
            )
        )
        return n + (1 if number is not None else 0)

    # -- resolution -------------------------------------------------------

    def resolve(self, text: str, lat: float | None = None, lon: float | None = None) -> PlaceResult:
        """Kreis, Quartier and the evidence for a text and optional coordinates."""
        mentions = self.find(text)
        result = PlaceResult(mentions=mentions)
        if lat is not None and lon is not None:
            area = self.quartier_map.locate(lat, lon)
            coord = Mention(
                f"{lat:.5f},{lon:.5f}",
                "coordinates",
                area.kreis if area else None,
                area.quartier if area else None,
                strength=Strength.COORDINATES,
            )
            result.mentions = [coord, *mentions]
            if area is None:
                result.outside_city = True
                return result
            result.kreis, result.quartier = area.kreis, area.quartier
            return result

        placed = [m for m in mentions if m.kreis is not None]
        ambiguous = [m for m in mentions if m.kreis is None and m.candidates]
        outside = [m for m in mentions if m.kind == "outside"]
        if outside and (
            (not placed and not ambiguous)
            or outside[0].start < min(m.start for m in placed + ambiguous)
            or any(_directly_before(m, outside[0], text) for m in placed)
        ):
            # "In Dübendorf an der Grenze zu Schwamendingen", "Bahnhofstrasse in
            # Dietikon": the concern is outside the city.
            result.outside_city = True
            return result
        if placed:
            best = max(placed, key=lambda m: (m.strength, -m.start))
            # An ambiguous street next to weaker evidence: let the street's
            # candidates decide between conflicting weak mentions.
            if best.strength <= Strength.KREIS and ambiguous:
                cands = set(ambiguous[0].candidates)
                agreeing = [m for m in placed if m.kreis in cands]
                if agreeing:
                    best = max(agreeing, key=lambda m: (m.strength, -m.start))
            result.kreis = best.kreis
            result.quartier = best.quartier
            if result.quartier is None:
                same = [m for m in placed if m.kreis == best.kreis and m.quartier]
                if same:
                    result.quartier = same[0].quartier
            return result
        if ambiguous:
            cands = set(ambiguous[0].candidates)
            for other in ambiguous[1:]:
                if cands & set(other.candidates):
                    cands &= set(other.candidates)
            if len(cands) == 1:
                result.kreis = cands.pop()
                return result
            result.ambiguous = True
            result.candidates = sorted(cands)
            return result
        return result


def _directly_before(street: Mention, place: Mention, text: str) -> bool:
    """Whether `place` follows `street` as "<street> in <place>" (a street of that name there)."""
    between = text[street.start + len(street.text) : place.start].strip().lower()
    return between in {"in", "z", "bei", "à", "a"}


def _variants(word: str) -> list[str]:
    """Lookup keys for a token that did not match as it stands: the parts of a
    hyphenated compound ("Hardplatz-Gebiet") and forms without a genitive or
    dative ending ("Hardplatzes", "Lindenplatzes")."""
    keys: list[str] = []
    if "'" in word or "’" in word:  # French elision: "d'Oerlikon", "l'Enge"
        keys.append(fold(re.split(r"['’]", word, maxsplit=1)[1]))
    parts = re.split(r"[-–]", word.rstrip("."))
    for k in range(len(parts) - 1, 0, -1):
        keys.append(fold("".join(parts[:k])))
    key = fold(word)
    for ending in ("es", "s", "n"):
        if key.endswith(ending) and len(key) - len(ending) >= 5:
            keys.append(key[: -len(ending)])
    return keys


def text_span(tokens: list[tuple[str, int]]) -> str:
    return " ".join(t for t, _ in tokens).rstrip(".")
