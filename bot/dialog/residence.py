"""Where the resident lives is not always where the concern is.

"Ich wohne an der Weinbergstrasse 30, aber das Problem ist am Idaplatz: der
Kübel ist voll" is about the Idaplatz (Kreis 3), not the home (Kreis 6); the
place recognizer, reading the whole text, took the address with its house
number (trial 2026-12-06 c). The clause that says where the resident lives
("ich wohne an der …", "I live on …", "j'habite …", "abito in …") is left out
when the place is read, as long as the rest names a place of its own. When it
names none ("Ich wohne an der Josefstrasse 12, vor dem Haus ist ein
Schlagloch"), the home is the best place there is and stays; but not when the
rest names a place by a name the gazetteer does not know ("Ich wohne an der
Zurlindenstrasse. Der Spielplatz im Bullingerhof ist total verdreckt": the
concern is at the Bullingerhof, and the bot asks where that is; new-user trial
k, finding 9, where the home street's Kreis was taken without a question).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.dialog import said_instead
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
# "im Bullingerhof", "beim Erismannhof", "at Zurlindenhof", "au Bullingerhof": a
# name with a place's ending after a preposition ("im Hinterhof", "beim Spielplatz"
# are everyday words: `known` tells them apart).
_NAMED_PLACE = re.compile(
    r"\b(?i:im|beim|bim|vom|zum|am|(?:i|bi|in|bei|auf|uf|vor|hinter|neben)\s+de[mnr]?|at|in|near"
    r"|behind|by|au|dans\s+l[ae]|près\s+du|nel|al|presso\s+il|vicino\s+al)"
    r"\s+(?i:the\s+|le\s+|la\s+|il\s+|l['’]\s*)?"
    r"([A-ZÄÖÜ][a-zäöüéè]{2,}(?i:hof|park|areal|siedlung|matte|wiese|anlage|garten|gut))\b"
)


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


def unknown_place(text: str, known: Callable[[str], bool]) -> str | None:
    """A place `text` names by a name that is no everyday word (`known`: a word
    of the topic model's training texts), e.g. "Bullingerhof"; else None."""
    for m in _NAMED_PLACE.finditer(text):
        word = m.group(1).casefold()
        if not known(word) and not any(map(known, _one_edit(word))):
            return m.group(1)
    return None


_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüé"


def _one_edit(word: str) -> set[str]:
    """`word` with one letter dropped, swapped, changed or added: "Hitnerhof" is a
    typo of the everyday "Hinterhof", not a name."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(a + b[1:] for a, b in cuts if b),
        *(a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1),
        *(a + c + b[1:] for a, b in cuts if b for c in _LETTERS),
        *(a + c + b for a, b in cuts for c in _LETTERS),
    }


def concern_place_text(
    text: str, place: Callable[[str], PlaceResult], known: Callable[[str], bool] | None = None
) -> str:
    """`text` without the clauses about the resident's home when the rest names
    a place (one the gazetteer knows, or, with `known`, a name it does not
    know); otherwise `text` as it is. `place` is the place recognizer. A place
    taken back in the same line ("Josefstrasse 12, nein 21") is left out first."""
    text = said_instead.corrected(text, place)
    if not HOME.search(text):
        return text
    rest = without_home(text)
    if not rest:
        return text
    if _named(place(rest)) or (known is not None and unknown_place(rest, known)):
        return rest
    return text
