"""House numbers: which Kreis an address on a street that crosses Kreise is in.

The city's address points (nlp/data/addresses.csv: street, number, Kreis and
Quartier by point in polygon) are sparse: a street may have points at 3, 41 and
120 only. A number is placed by its neighbours on the same side of the street
(same parity):

- an exact point wins;
- the nearest points below and above it (bracketing) in the same Kreis: that
  Kreis; in different Kreise: the border lies between them, and the number
  stays ambiguous between those two Kreise;
- beyond the first or last known point: that end's Kreis, unless a Kreis of the
  street has no point at all and lies towards that end (``toward`` in
  streets.csv: which end of the known numbering is nearer each Kreis, worked
  out from the geometry by nlp/build_gazetteer.py); then only numbers close to
  the end point count;
- no point on that side: the other side's points, but only where they cover
  every Kreis the street touches (else the street may run along a border, one
  side in each Kreis).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from nlp.places.text import _NUMBER_RE

# Past an open end (a Kreis of the street with no address point lies that way),
# a number this close to the end point is still taken to be in the end's Kreis.
OPEN_END_WINDOW = 24


@dataclass(frozen=True, slots=True)
class AddressHit:
    """Where a house number is: a Kreis, or (``kreis`` None) the Kreise it lies between."""

    kreis: int | None
    quartier: str | None
    candidates: tuple[int, ...] = ()
    # exact, bracketed, end, other_side, split
    rule: str = "exact"


@dataclass(slots=True)
class _Street:
    exact: dict[str, tuple[int, str]] = field(default_factory=dict)
    # per parity: sorted (number, letter, kreis, quartier)
    sides: tuple[list[tuple[int, str, int, str]], list[tuple[int, str, int, str]]] = field(
        default_factory=lambda: ([], [])
    )
    kreise: frozenset[int] = frozenset()
    # Kreis -> "low", "high" or "both": the end of the numbering it lies towards.
    toward: dict[int, str] = field(default_factory=dict)

    def beyond(self, end: str) -> set[int]:
        """The Kreise of the street without any address point that lie towards ``end``."""
        seen = {kreis for kreis, _ in self.exact.values()}
        return {k for k in self.kreise - seen if self.toward.get(k, "both") in (end, "both")}


class AddressIndex:
    """Address points by folded street name, with the bracketing rule above."""

    def __init__(self) -> None:
        self._streets: dict[str, _Street] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._streets

    def add(self, key: str, number: str, kreis: int, quartier: str) -> None:
        street = self._streets.setdefault(key, _Street())
        number = number.lower()
        street.exact[number] = (kreis, quartier)
        m = _NUMBER_RE.match(number)
        if m:
            n = int(m.group(1))
            bisect.insort(street.sides[n % 2], (n, m.group(2), kreis, quartier))

    def remove(self, key: str, number: str) -> tuple[int, str] | None:
        """Take a point out (for leave-one-out measurements); returns its Kreis and Quartier."""
        street = self._streets.get(key)
        number = number.lower()
        if street is None or number not in street.exact:
            return None
        kreis, quartier = street.exact.pop(number)
        m = _NUMBER_RE.match(number)
        if m:
            n = int(m.group(1))
            street.sides[n % 2].remove((n, m.group(2), kreis, quartier))
        return kreis, quartier

    def set_street(self, key: str, kreise: tuple[int, ...], toward: str) -> None:
        """The Kreise the street touches and, for each, the end of the numbering it
        lies towards ("3:low|4:high")."""
        street = self._streets.get(key)
        if street is None:
            return
        street.kreise = frozenset(kreise)
        for part in toward.split("|") if toward else ():
            kreis, _, end = part.partition(":")
            street.toward[int(kreis)] = end

    def numbers(self, key: str) -> list[str]:
        street = self._streets.get(key)
        return sorted(street.exact) if street else []

    def lookup(self, key: str, number: str) -> AddressHit | None:
        """The Kreis of ``number`` on the street, the Kreise it lies between, or None."""
        street = self._streets.get(key)
        if street is None:
            return None
        number = number.lower()
        if number in street.exact:
            kreis, quartier = street.exact[number]
            return AddressHit(kreis, quartier)
        m = _NUMBER_RE.match(number)
        if not m:
            return None
        n, letter = int(m.group(1)), m.group(2)
        side = street.sides[n % 2]
        other = street.sides[1 - n % 2]
        if side:
            return _bracket(side, n, letter, street, other)
        covered = {p[2] for p in other}
        if other and street.kreise and covered >= street.kreise:
            hit = _bracket(other, n, letter, street, [])
            if hit is not None and hit.kreis is not None:
                return AddressHit(hit.kreis, hit.quartier, rule="other_side")
            return hit
        return None


def _bracket(
    side: list[tuple[int, str, int, str]],
    n: int,
    letter: str,
    street: _Street,
    other: list[tuple[int, str, int, str]],
) -> AddressHit | None:
    below, above = _neighbours(side, n, letter)
    if below is not None and above is not None:
        if below[2] == above[2]:
            nearer = below if n - below[0] <= above[0] - n else above
            return AddressHit(below[2], nearer[3], rule="bracketed")
        return AddressHit(None, None, tuple(sorted({below[2], above[2]})), rule="split")
    for end, point in (("low", above), ("high", below)):
        if point is None:
            continue
        if abs(point[0] - n) <= OPEN_END_WINDOW:
            return AddressHit(point[2], point[3], rule="end")
        # Far past this side's last point: a Kreis without points that lies
        # that way, or the other side's points around the number in another
        # Kreis (Hardstrasse: the even side is known from 210 on only), leave
        # the number between the end's Kreis and those.
        maybe = street.beyond(end)
        o_below, o_above = _neighbours(other, n, letter)
        if o_below is not None and o_above is not None:
            maybe |= {o_below[2], o_above[2]}
        if maybe - {point[2]}:
            return AddressHit(None, None, tuple(sorted(maybe | {point[2]})), rule="open_end")
        return AddressHit(point[2], point[3], rule="end")
    return None


def _neighbours(
    side: list[tuple[int, str, int, str]], n: int, letter: str
) -> tuple[tuple[int, str, int, str] | None, tuple[int, str, int, str] | None]:
    """The nearest points below and above number ``n`` on one side of the street."""
    pos = bisect.bisect_left(side, (n, letter))
    return (side[pos - 1] if pos > 0 else None, side[pos] if pos < len(side) else None)
