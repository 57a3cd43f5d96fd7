"""Where the resident lives is not always where the concern is.

"Ich wohne an der Weinbergstrasse 30, aber das Problem ist am Idaplatz: der
Kübel ist voll" is about the Idaplatz (Kreis 3), not the home (Kreis 6); the
place recognizer, reading the whole text, took the address with its house
number (trial 2026-12-06 c). The clause that says where the resident lives
("ich wohne an der …", "I live on …", "j'habite …", "abito in …") is left out
when the place is read, as long as the rest names a place of its own. When it
names none ("Ich wohne an der Josefstrasse 12, vor dem Haus ist ein
Schlagloch"), the home is the best place there is and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.places import PlaceResult

HOME = re.compile(
    r"\b(?:ich\s+wohne|wir\s+wohnen|i\s+wohne|mir\s+wohn(?:ed|e)|i\s+live|we\s+live|"
    r"j['’]\s?habite|nous\s+habitons|abito|abitiamo)\b",
    re.IGNORECASE,
)
# The home clause ends at a punctuation mark or a conjunction ("…, aber das
# Problem ist …", "… and the lamp …"); an abbreviation's dot ("Josefstr. 12")
# may end it early, which is harmless: only where a mention starts counts.
_CLAUSE_END = re.compile(
    r"[,;:!?()]|\.(?=\s)|\s(?:aber|but|mais|ma|doch|jedoch|und|and|et|e|wo|where|où|dove)\s",
    re.IGNORECASE,
)
HOME_WORDS = 8  # a home clause is short; further on, a place is the concern's


def home_spans(text: str) -> list[tuple[int, int]]:
    """Where the text says where the resident lives: (start, end) of each clause."""
    spans = []
    for m in HOME.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        words = text[m.end() : stop].split()
        if len(words) > HOME_WORDS:
            stop = m.end() + len(" ".join(words[:HOME_WORDS])) + 1
        spans.append((m.start(), stop))
    return spans


def _named(place: PlaceResult) -> bool:
    return place.kreis is not None or bool(place.candidates) or place.outside_city


def without_home(text: str) -> str:
    """`text` without the clauses about the resident's home."""
    rest = text
    for start, end in reversed(home_spans(text)):
        rest = f"{rest[:start]} {rest[end:]}"
    return " ".join(rest.split())


def concern_place_text(text: str, place: Callable[[str], PlaceResult]) -> str:
    """`text` without the clauses about the resident's home when the rest names
    a place; otherwise `text` as it is. `place` is the place recognizer."""
    if not HOME.search(text):
        return text
    rest = without_home(text)
    return rest if rest and _named(place(rest)) else text
