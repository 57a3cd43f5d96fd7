"""The resident's answer to "which house number or landmark?" for a street that
crosses Kreise.

An answer may be a bare house number ("20", "12a"), a number with a word
("Nr. 120", "Hausnummer 120", "Nummer 7", "bei Nr. 5", "bei der 14"), a number
with its street ("Hausnummer 120 an der Badenerstrasse"), a landmark ("beim
Lochergut"), a Quartier ("Sihlfeld"), or a whole new place. A number is read
against the street asked about; anything that names a place is taken at its word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nlp.places.model import PlaceResult

if TYPE_CHECKING:
    from nlp.places.gazetteer import Gazetteer

_WORD_RE = re.compile(r"\d{1,4}\s?[a-zA-Z]\b|\d+|[^\W\d_]+", re.UNICODE)
_HOUSE_NUMBER = re.compile(r"^(\d{1,4})\s?([a-zA-Z]?)$")
# Words that may come before the number in an answer: "bei der 14", "Nr. 5".
_LEAD_WORDS = frozenset(
    [
        "bei",
        "bi",
        "beim",
        "bim",
        "vor",
        "vorm",
        "an",
        "am",
        "gegenüber",
        "gegenueber",
        "ca",
        "circa",
        "zirka",
        "etwa",
        "ungefähr",
        "ungefaehr",
        "öppe",
        "oppe",
        "so",
        "der",
        "dem",
        "de",
        "die",
        "das",
        "den",
        "d",
        "nr",
        "no",
        "nummer",
        "hausnummer",
        "hausnr",
        "haus",
        "number",
        "house",
        "nummero",
        "numero",
        "n",
        "es",
        "isch",
        "ist",
        "is",
        "it",
        "s",
        "at",
        "near",
        "ich",
        "i",
        "wohne",
        "wohn",
    ]
)
# A street name at the end of what was asked about: "Badenerstrasse 650" -> "Badenerstrasse".
_TRAILING_NUMBER = re.compile(r"\s+\d{1,4}\s?[a-zA-Z]?$")


def resolve_answer(
    gaz: Gazetteer, answer: str, street: str | None, candidates: list[int]
) -> PlaceResult:
    """Kreis and Quartier for ``answer`` given the street asked about.

    - a house number: placed on ``street`` by its address points (ambiguous
      with the Kreise it lies between when the points cannot settle it);
    - a place of its own (street with number, landmark, Quartier, Kreis,
      postal code, outside the city): that place; a landmark or Quartier that
      leaves several Kreise is combined with the street;
    - nothing recognised: an empty result (kreis None, no candidates) with
      ``street`` still set, so the caller can say it did not understand.

    ``candidates`` (the street's Kreise the dialog offered) narrow an ambiguous
    outcome; a clear place outside them is still accepted (the resident may
    have named another place).
    """
    text = answer.strip()
    base = _TRAILING_NUMBER.sub("", street.strip()) if street else None
    canonical = _canonical(gaz, base) if base else None
    if not text:
        return PlaceResult(street=canonical)
    number, rest = _house_number(text)
    if number is None:
        own = gaz.resolve(text)
        if own.outside_city or own.kreis is not None:
            if own.street is None and own.kreis in candidates:
                own.street = canonical
            return own
        if base is None:
            return own
        if not own.mentions:
            # "de grossi Chreuzig", "weiss nöd": the answer names no place;
            # a lone number further in ("ich glaube 14") still counts.
            loose = _lone_number(text)
            if loose is None:
                return PlaceResult(street=canonical)
            number, rest = loose, ""
        else:
            # "am Letten" for the Nordstrasse: both narrow each other.
            combined = gaz.resolve(f"{base}, {text}")
            return _narrow(combined, candidates, canonical)
    if rest and (found := gaz.find(rest)):
        streets = [m for m in found if m.kind in ("street", "address") and m.name]
        if streets:
            # "Hausnummer 120 an der Badenerstrasse": the number belongs to that street.
            named = streets[0]
            result = gaz.resolve(f"{named.name} {number}")
            return _narrow(result, candidates if named.name == canonical else [], named.name)
        if base is None:
            return gaz.resolve(rest)
        return _narrow(gaz.resolve(f"{base} {number}, {rest}"), candidates, canonical)
    if base is None:
        return PlaceResult()
    return _narrow(gaz.resolve(f"{base} {number}"), candidates, canonical)


def _house_number(text: str) -> tuple[str | None, str]:
    """The house number an answer starts with (after words like "bei der", "Nr.") and the rest."""
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        hit = _HOUSE_NUMBER.match(word)
        if hit:
            return hit.group(1) + hit.group(2).lower(), text[m.end() :].strip(" ,.;:-")
        if word.lower() not in _LEAD_WORDS:
            return None, text
    return None, text


def _lone_number(text: str) -> str | None:
    numbers = [
        h.group(1) + h.group(2).lower()
        for m in _WORD_RE.finditer(text)
        if (h := _HOUSE_NUMBER.match(m.group(0)))
    ]
    return numbers[0] if len(numbers) == 1 else None


def _canonical(gaz: Gazetteer, street: str) -> str | None:
    """The gazetteer's name for the street asked about ("Badenerstr." -> "Badenerstrasse")."""
    for m in gaz.find(street):
        if m.name:
            return m.name
    return street


def _narrow(result: PlaceResult, candidates: list[int], street: str | None) -> PlaceResult:
    if result.street is None:
        result.street = street
    if result.ambiguous and candidates:
        common = sorted(set(result.candidates) & set(candidates))
        if len(common) == 1:
            result.kreis, result.ambiguous, result.candidates = common[0], False, []
        elif common:
            result.candidates = common
    return result
