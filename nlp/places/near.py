"""A street and, as its qualifier, a landmark or square near it: "Seefeldstrasse
beim Kreuzplatz", "on Seefeldstrasse near the Kreuzplatz". The resident names
the street the concern is on; the landmark only says where along it. When the
landmark lies in a Kreis next to the street's (the Kreuzplatz, Kreis 7, is where
the Seefeldstrasse, Kreis 8, begins), the street's Kreis is the answer, not a
conflict to ask about (nlp/places/gazetteer.py resolve). Places in Kreise that
do not touch, a Quartier ("Seefeldstrasse in Hottingen") or two streets stay a
conflict."""

from __future__ import annotations

import re

from nlp.places.model import Mention, Strength
from nlp.places.text import fold, token_re


def _phrases(*texts: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w) for w in t.split()) for t in texts)


# Words that make the place after them the street's qualifier ("beim Kreuzplatz"),
# folded like names (umlauts and accents off): German, Swiss German, English,
# French, Italian.
_NEAR = _phrases(
    *("bei", "beim", "bei der", "bei dem", "bei den", "nahe", "nahe der", "nahe dem"),
    *("nahe beim", "nahe bei", "nahe bei der", "nahe vom", "neben", "neben dem", "neben der"),
    *("in der Nähe vom", "in der Nähe von", "in der Nähe des", "in der Nähe der"),
    *("vor", "vor dem", "vor der", "vorem", "vor em", "vor de", "vor dr"),
    *("bim", "bi", "bi de", "bi dr", "bi der", "nöch bim", "nöch bi de", "nach bim"),
    *("i de Nächi vom", "i de Nächi vo", "i dr Nächi vom", "näbem", "näbe", "näbed", "näb de"),
    *("near", "near the", "near to the", "next to", "next to the", "by", "by the"),
    *("close to", "close to the"),
    *("près de", "près du", "près de la", "près des", "à côté de", "à côté du"),
    *("à côté de la", "à côté des"),
    *("vicino a", "vicino al", "vicino alla", "vicino allo", "presso", "presso il"),
    *("presso la", "accanto a", "accanto al", "accanto alla"),
)
_NEAR_LONGEST = max(len(p) for p in _NEAR)
# Words that may stand before those: "ganz in der Nähe vom", "right next to".
_INTENSIFIERS = frozenset(
    {"ganz", "direkt", "gleich", "grad", "kurz", "right", "just", "juste", "tout", "proprio"}
)
# Between the qualifier first and the street after it: "beim Kreuzplatz an der
# Seefeldstrasse", "near the Kreuzplatz on Seefeldstrasse".
_ON_STREET = _phrases(
    "",
    *("an der", "an", "in der", "in", "auf der", "a de", "a dr", "i de", "i dr", "uf de"),
    *("on", "on the", "in the", "at", "at the", "along", "along the"),
    *("sur", "sur la", "dans la", "le long de la", "in via", "via", "sulla", "nella", "lungo"),
)
# Punctuation that ends a sentence or clause: the two places are said apart.
_BREAK_RE = re.compile(r"[.!?;:()]")


def street_by_landmark(
    text: str, placed: list[Mention], neighbours: frozenset[frozenset[int]]
) -> Mention | None:
    """The street mention that decides the Kreis when `text` names it with a
    landmark or square as its qualifier in a neighbouring Kreis; else None.
    Every other strong mention must be that landmark again or lie in the street's Kreis."""
    strong = [m for m in placed if m.strength >= Strength.STREET and m.kreis is not None]
    words = [(w.start(), w.end(), fold(w.group())) for w in token_re(text).finditer(text)]
    for street in strong:
        if street.kind != "street":
            continue
        for mark in strong:
            if mark.kreis == street.kreis or not _is_mark(mark):
                continue
            if frozenset((street.kreis, mark.kreis)) not in neighbours:
                continue
            if any(m.kreis != street.kreis and m.name != mark.name for m in strong):
                continue
            if _qualifies(text, words, street, mark):
                return street
    return None


def _is_mark(m: Mention) -> bool:
    """A landmark, or a square (a street entry named "-platz")."""
    return m.kind == "landmark" or (m.kind == "street" and fold(m.name or "").endswith("platz"))


def _qualifies(
    text: str, words: list[tuple[int, int, str]], street: Mention, mark: Mention
) -> bool:
    """Whether the text says "<street> beim <mark>" or "beim <mark> an der <street>",
    in one clause."""
    street_end = street.start + len(street.text)
    mark_end = mark.start + len(mark.text)
    if street_end <= mark.start:
        gap = [w for s, _, w in words if s >= street_end and s < mark.start]
        if _BREAK_RE.search(text[street_end : mark.start]):
            return False
        while gap and gap[0] in _INTENSIFIERS:
            gap = gap[1:]
        return tuple(gap) in _NEAR
    if mark_end <= street.start:
        between = tuple(w for s, _, w in words if s >= mark_end and s < street.start)
        if between not in _ON_STREET or _BREAK_RE.search(text[mark_end : street.start]):
            return False
        before = [(s, w) for s, _, w in words if s < mark.start][-_NEAR_LONGEST:]
        for n in range(1, len(before) + 1):
            phrase = tuple(w for _, w in before[-n:])
            if phrase in _NEAR and not _BREAK_RE.search(text[before[-n][0] : mark.start]):
                return True
    return False
