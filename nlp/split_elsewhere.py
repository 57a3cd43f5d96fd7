"""The same matter at a second place: "Der Kübel beim Coop am Helvetiaplatz ist voll und
beim Migros Limmatplatz auch", "the bin at Idaplatz is full, and at Limmatplatz too".

Two concerns of the same topic, one per place (new-user trial k, finding 2: as one
concern the two places lay in different Kreise, the bot asked which, and the concern
ended "Ort unbekannt"). The second is the first with its place replaced by the other
("Der Kübel beim Migros Limmatplatz ist voll"): the words the resident left out are
the first part's. When the first part's place cannot be found in its words (a typo),
the message stays one concern, and "beide" at the place question files both.
"""

from __future__ import annotations

import re

from nlp.split_announced import PlacesOf

_PREPOSITION = (
    r"(?:beim|bim|bei|am|an\s+der|an\s+dem|an|im|in\s+der|in|auf\s+dem|auf\s+der|auf|vor\s+dem"
    r"|vor\s+der|vor|at\s+the|at|on|near|in\s+the|au|à\s+la|à|sur|près\s+de|devant|al|alla|in"
    r"|sul|sulla|vicino\s+a|davanti\s+a)"
)
_TOO = r"(?:auch|au|ou|ebenfalls|too|as\s+well|also|aussi|également|anche|pure)"
_AND = r"(?:,\s*(?:(?:und|and|et|e)\s+)?|\s+(?:und|and|et|e|sowie)\s+)"
# "… und beim Migros Limmatplatz auch", "… and at Limmatplatz too", "… und auch am
# Limmatplatz", "… et aussi au Limmatplatz", "… e anche al Limmatplatz": at the end.
_ELSEWHERE = re.compile(
    rf"{_AND}(?:"
    rf"(?P<where>{_PREPOSITION}\s+[^,.;:!?\n]{{2,60}}?)\s+{_TOO}"
    rf"|{_TOO}\s+(?P<where2>{_PREPOSITION}\s+[^,.;:!?\n]{{2,60}}?)"
    r")\s*[.!]*\s*$",
    re.IGNORECASE,
)
# How far a preposition may stand before the place's name ("beim Coop am Helvetiaplatz").
_MAX_WORDS_BEFORE_NAME = 4
_PREPOSITION_AT = re.compile(rf"(?<!\w){_PREPOSITION}\s", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"\s*\d+\s?[a-zA-Z]?\b")


def elsewhere_too(part: str, places_of: PlacesOf | None) -> list[str]:
    """`[part]`, or the part as two concerns when it ends with the same matter at a
    place of its own."""
    m = _ELSEWHERE.search(part)
    if m is None or places_of is None or m.start() == 0:
        return [part]
    where = (m.group("where") or m.group("where2")).strip()
    first = part[: m.start()].rstrip()
    if len(where.split()) > 6:
        return [part]
    here, there = places_of(first), places_of(where)
    if not here or not there or not here.isdisjoint(there):
        return [part]
    span = place_phrase(first, here)
    if span is None:
        return [part]
    second = first[: span[0]] + where + first[span[1] :]
    return [first, second[:1].upper() + second[1:]]


def place_phrase(text: str, names: frozenset[str]) -> tuple[int, int] | None:
    """Where `text` says its place: from the preposition before the name to the end of
    the name (and its house number): "beim Coop am Helvetiaplatz"."""
    folded = text.casefold()
    found = [(folded.find(name), name) for name in names if folded.find(name) >= 0]
    if len(found) != 1:
        return None  # two places before, or the name not as written: leave it
    at, name = found[0]
    end = at + len(name)
    number = _NUMBER_AFTER.match(text, end)
    if number:
        end = number.end()
    for prep in _PREPOSITION_AT.finditer(text, 0, at):
        between = text[prep.end() : at]
        if len(between.split()) <= _MAX_WORDS_BEFORE_NAME and not re.search(r"[,.;:!?]", between):
            return prep.start(), end
    return None
