"""A topic typed instead of chosen: "Abfall", "Thema Verkehr", "es ist eher Lärm", "déchets".

Names come from three places: the German names in the routing table, the
names residents read in the other languages (`bot.texts.TOPIC_NAMES`), and the
synonyms in `nlp/data/topic_names.toml`. Each name also counts by its parts
("Abfall und Sauberkeit" -> "Abfall", "Sauberkeit"). A message is a typed
topic only when every word of it is a topic name or a framing word ("Thema",
"eher", "it's about") and it names exactly one topic.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from nlp.routing import RoutingTable
from nlp.shorttext import PhraseSet, words

DATA = Path(__file__).parent / "data" / "topic_names.toml"
MAX_WORDS = 8
_PARTS = re.compile(r",|\s+(?:und|and|et|e)\s+|/")


def _name_parts(name: str) -> list[str]:
    parts = [name]
    parts.extend(part.strip() for part in _PARTS.split(name) if part.strip())
    return parts


def _displayed_names() -> dict[str, list[str]]:
    """Topic names residents read on buttons, every language (code -> names)."""
    from bot.texts import TOPIC_NAMES  # the names residents see; plain data

    names: dict[str, list[str]] = {}
    for table in TOPIC_NAMES.values():
        for code, name in table.items():
            names.setdefault(code, []).append(name)
    return names


@cache
def _table() -> tuple[PhraseSet, dict[str, str]]:
    """Phrase set over topic codes plus "frame", and single folded words -> code
    for typo matching."""
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    routing = RoutingTable.load()
    displayed = _displayed_names()
    unknown = set(raw["topics"]) - set(routing.topics)
    if unknown:
        raise ValueError(f"{DATA.name}: topics not in the routing table: {sorted(unknown)}")
    by_topic: dict[str, set[str]] = {}
    for code, topic in routing.topics.items():
        names: Iterable[str] = [topic.name, *displayed.get(code, []), *raw["topics"].get(code, [])]
        by_topic[code] = {
            " ".join(words(part)) for name in names for part in _name_parts(name) if words(part)
        }
    owners: dict[str, set[str]] = {}
    for code, names in by_topic.items():
        for name in names:
            owners.setdefault(name, set()).add(code)
    # A word that names two topics ("Verkehr" in "öffentlicher Verkehr" is a
    # whole phrase, fine; a bare word listed under two topics is not) names none.
    table: dict[str, dict[str, list[str]]] = {
        code: {"any": sorted(n for n in names if len(owners[n]) == 1)}
        for code, names in by_topic.items()
    }
    table["frame"] = {"any": raw["frame"]["patterns"]}
    single = {
        name: code
        for code, names in by_topic.items()
        for name in names
        if " " not in name and len(owners[name]) == 1 and len(name) >= 5
    }
    return PhraseSet.build(table), single


_STREET_ENDINGS = ("strasse", "weg", "gasse", "platz", "ring", "rain", "steig", "quai", "halde")


@cache
def _place_names() -> frozenset[str]:
    """Street names and the names of the gazetteer, folded."""
    data = Path(__file__).parent / "data"
    names: set[str] = set()
    with (data / "streets.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names.add(" ".join(words(row["street"])))
    places = tomllib.loads((data / "places.toml").read_text(encoding="utf-8"))
    for section in ("quartiere", "landmarks", "schools"):
        table = places.get(section, {})
        for key, value in table.items():
            names.add(" ".join(words(key)))
            aliases = value.get("aliases", []) if isinstance(value, dict) else []
            names.update(" ".join(words(alias)) for alias in aliases if isinstance(alias, str))
    return frozenset(names)


def _cover_topic(tokens: list[str], phrases: PhraseSet) -> str | None:
    pieces = phrases.cover(tokens)
    if pieces is None:
        return None
    topics = {piece.label for piece in pieces} - {"frame"}
    return topics.pop() if len(topics) == 1 else None


def typed_topic(text: str) -> str | None:
    """The topic code when `text` is essentially just a topic name, else None
    ("Abfall liegt überall am Idaplatz" is a concern, not a topic name)."""
    tokens = words(text)
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    phrases, single = _table()
    found = _cover_topic(tokens, phrases)
    if found is not None or len(tokens) > 4:
        return found
    # One typo in a longer word: "Beleuchtnug", "Abfal"; never a street or place
    # name that happens to look like a topic ("Austrasse", "Parkring").
    if " ".join(tokens) in _place_names() or any(t.endswith(_STREET_ENDINGS) for t in tokens):
        return None
    for i, token in enumerate(tokens):
        if len(token) < 5 or token in single:
            continue
        match = process.extractOne(token, single.keys(), scorer=fuzz.ratio, score_cutoff=85)
        if match is not None:
            fixed = [*tokens[:i], match[0], *tokens[i + 1 :]]
            found = _cover_topic(fixed, phrases)
            if found is not None:
                return found
    return None
