"""Clusters: several concerns about the same thing at the same place.

Two concerns are *linked* when all of these hold:

1. the same topic;
2. the same place: when both have coordinates, at most `RADIUS_M` (300 m)
   apart; otherwise the same Quartier; otherwise (neither has a Quartier)
   the same place text (case and umlauts folded);
3. similar texts (or, written in different languages, the same spot:
   `digest.across_languages`): at least half (`MIN_SIMILARITY`) of the shorter text's key
   words have a match in the other text. Key words are the content words
   (lower case, umlauts folded) without stop words, without the place (place
   text, Quartier, street and square names, numbers: compared in 2. already)
   and without words of state ("kaputt", "seit Tagen"), which different
   problems share. Words match when equal, of the same stem, one the head of
   the other's compound ("Strassenlampe"/"Lampe"), compounds with a common
   head or first part ("Güselchübel"/"Abfallkübel"), or a typo of each other.

A cluster is a connected group of linked concerns (single linkage: A-B and
B-C put A, B and C together) with at least `MIN_SIZE` members. Its label is
the most typical text (the member with the highest summed similarity to the
others; ties: the oldest), shortened, and its place the most common place
text (else the Quartier).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from digest.across_languages import joins, same_thing_across_languages
from digest.textutil import shorten, tidy

RADIUS_M = 300.0
MIN_SIMILARITY = 0.5
MIN_SIZE = 2
LABEL_LENGTH = 80

_WORD = re.compile(r"[a-z0-9]+")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that say nothing about *what* is wrong (German, Swiss German, English,
# French, Italian function words and the usual politeness).
STOP_WORDS = _word_set(
    """
    aber alle allem allen aller alles als also am an and auch auf aus bei beim bin bis bitte
    bereits da dass das dem den der des die dies diese diesem diesen dieser dieses doch dort du
    durch ein eine einem einen einer eines er es etwas euch for fuer ganz gerade gibt grad gruezi
    hallo hat hier hinter im immer in ins is isch ist ja jetzt kann keine koennen koennten man mal
    mehr mein meine mich mir mit nach nicht noch nur ob oder schon sehr seit sich sie sind so
    sollte the there this to um und uns unser unsere unter viel vom von vor war waere was weil
    wenn wer werden wie wieder wir wird with zu zum zur zwischen le la les des une est il
    per che non della sono danke merci grazie please guten tag bonjour ueber ueberall
    """
)


def fold(text: str) -> str:
    """Lower case, umlauts as ae/oe/ue, other accents dropped."""
    lowered = text.lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold(text)) if len(w) > 2 and w not in STOP_WORDS]


_PLACE_WORD = re.compile(r"(strasse|platz|gasse|weg|quai|bruecke|ring|steig|rain|\d+)$")
_ENDING = re.compile(r"(en|er|es|e|n|s)$")

# How things are, not what they are: shared by different problems at one place
# ("Glascontainer kaputt", "Lampe kaputt"), so they do not link concerns.
STATE_WORDS = _word_set(
    """
    kaputt defekt defekte defekter kaputte voll schon wieder seit tagen wochen monaten gestern
    heute morgen abend nacht problem probleme gefaehrlich gefaehrliche schlimm dringend leider
    bitte mehr gross grosse grosser klein kleine neu neue alt alte geht funktioniert
    """
)


@lru_cache(maxsize=4096)
def place_words(*places: str | None) -> frozenset[str]:
    return frozenset(w for p in places if p for w in content_words(p))


@lru_cache(maxsize=32_768)
def key_words(text: str, places: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words that say what the concern is about: content words without
    the place (the concern's place text and Quartier, street and square
    names, house numbers: the place is compared on its own, and a shared
    "Helvetiaplatz" says nothing about whether it is the same problem) and
    without words of state ("kaputt", "seit Tagen")."""
    return tuple(
        dict.fromkeys(
            w
            for w in content_words(text)
            if w not in places and w not in STATE_WORDS and not _PLACE_WORD.search(w)
        )
    )


def _grams(word: str) -> frozenset[str]:
    padded = f"_{word}_"
    return frozenset(padded[i : i + 4] for i in range(len(padded) - 3))


@lru_cache(maxsize=65_536)
def words_match(a: str, b: str) -> bool:
    """The same word: equal, the same stem ("Velos"/"Velo", "Lampen"/"Lampe"),
    one the head of the other's compound ("Strassenlampe"/"Lampe",
    "Abfallkübel"/"Kübel"), compounds sharing a head of 5 letters or a first
    part of 6 ("Güselchübel"/"Abfallkübel", "Abfallkübel"/"Abfalleimer"), or
    a typo of it (character 4-grams, Dice >= 0.6)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.endswith(short):
        return True
    if (a[:6] == b[:6] and len(short) >= 6) or (a[-5:] == b[-5:] and len(short) >= 5):
        return True
    if _ENDING.sub("", a) == _ENDING.sub("", b):
        return True
    ga, gb = _grams(a), _grams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb)) >= 0.6


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter text's key words that the other text has too."""
    if not a or not b:
        return 0.0
    short, long = sorted((a, b), key=len)
    matched = sum(1 for w in short if any(words_match(w, v) for v in long))
    return matched / len(short)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_000 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class Candidate:
    """What clustering needs of a concern."""

    reference: str
    topic: str | None
    text: str
    quartier: str | None
    place_text: str | None
    lat: float | None
    lon: float | None
    arrived_at: datetime
    language: str = "de"  # the resident's: `digest.across_languages`


@dataclass(frozen=True, slots=True)
class Found:
    members: tuple[Candidate, ...]  # oldest first
    label: str
    place: str


# RADIUS_M in degrees of latitude, and of longitude at Zürich (47.4° N), with a margin
_DLAT = RADIUS_M / 111_000 * 1.05
_DLON = RADIUS_M / 75_000 * 1.05


def same_place(a: Candidate, b: Candidate) -> bool:
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        if abs(a.lat - b.lat) > _DLAT or abs(a.lon - b.lon) > _DLON:
            return False  # cheap test first: far apart
        return distance_m(a.lat, a.lon, b.lat, b.lon) <= RADIUS_M
    if a.quartier or b.quartier:
        return a.quartier == b.quartier
    return bool(a.place_text and b.place_text and fold(a.place_text) == fold(b.place_text))


def _place_pairs(group: list[Candidate]) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) at the same place (`same_place`), without comparing
    every pair: candidates are bucketed by Quartier (or place text), and
    located ones also on a grid of RADIUS_M cells for neighbours across
    Quartier lines."""
    buckets: dict[str, list[int]] = {}
    grid: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(group):
        key = c.quartier or ("~" + fold(c.place_text) if c.place_text else f"#{i}")
        buckets.setdefault(key, []).append(i)
        if c.lat is not None and c.lon is not None:
            grid.setdefault((int(c.lat // _DLAT), int(c.lon // _DLON)), []).append(i)
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        for a, i in enumerate(members):
            for j in members[a + 1 :]:
                if same_place(group[i], group[j]):
                    seen.add((i, j))
    for (y, x), members in grid.items():
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for i in members:
                    for j in grid.get((y + dy, x + dx), ()):
                        if i < j and (i, j) not in seen and same_place(group[i], group[j]):
                            seen.add((i, j))
    return iter(sorted(seen))


def find_clusters(candidates: Sequence[Candidate]) -> list[Found]:
    """Clusters among the candidates, biggest first (then oldest first)."""
    by_topic: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.topic is not None and c.text:
            by_topic.setdefault(c.topic, []).append(c)
    found: list[Found] = []
    for group in by_topic.values():
        found.extend(_clusters_of_topic(group))
    found.sort(key=lambda f: (-len(f.members), f.members[0].arrived_at, f.members[0].reference))
    return found


def _clusters_of_topic(group: list[Candidate]) -> list[Found]:
    feats = [key_words(c.text, place_words(c.place_text, c.quartier)) for c in group]
    parent = list(range(len(group)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sims: dict[tuple[int, int], float] = {}
    across: list[tuple[int, int]] = []
    for i, j in _place_pairs(group):
        sim = similarity(feats[i], feats[j])
        sims[i, j] = sim
        if sim >= MIN_SIMILARITY:
            parent[root(j)] = root(i)
        elif _across_languages(group[i], group[j]):
            across.append((i, j))
    if across:  # whole groups, after the words: digest.across_languages
        group_of = {i: root(i) for i in range(len(group))}
        for a, b in joins(group_of, Counter(group_of.values()), across):
            parent[root(a)] = root(b)
    components: dict[int, list[int]] = {}
    for i in range(len(group)):
        components.setdefault(root(i), []).append(i)
    # typicality: the summed similarity to the other members of its cluster
    score = [0.0] * len(group)
    for (i, j), sim in sims.items():
        if root(i) == root(j):
            score[i] += sim
            score[j] += sim
    result = []
    for members in components.values():
        if len(members) < MIN_SIZE:
            continue
        members.sort(key=lambda i: (group[i].arrived_at, group[i].reference))
        best = members[0]
        for i in members[1:]:
            if score[i] > score[best]:
                best = i  # ties: the oldest stays
        result.append(
            Found(
                members=tuple(group[i] for i in members),
                label=shorten(tidy(group[best].text), LABEL_LENGTH),
                place=_common_place([group[i] for i in members]),
            )
        )
    return result


def _across_languages(a: Candidate, b: Candidate) -> bool:
    apart = None
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        apart = distance_m(a.lat, a.lon, b.lat, b.lon)
    return same_thing_across_languages(a, b, apart)


def _common_place(members: list[Candidate]) -> str:
    texts = Counter(tidy(m.place_text) for m in members if m.place_text)
    if texts:
        return shorten(texts.most_common(1)[0][0], 60)
    quartiere = Counter(m.quartier for m in members if m.quartier)
    return quartiere.most_common(1)[0][0] if quartiere else ""
