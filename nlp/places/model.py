"""The results of place recognition and the gazetteer's index entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


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
    # The canonical name of the gazetteer entry ("Badenerstrasse" for "Badenerstr.").
    name: str | None = None


@dataclass(slots=True)
class PlaceResult:
    kreis: int | None = None
    quartier: str | None = None
    outside_city: bool = False
    ambiguous: bool = False
    candidates: list[int] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # Places in different Kreise were named (the candidates), none settles it.
    conflict: bool = False
    # The canonical name of the street or square the result is about: the one
    # that crosses Kreise when ambiguous, or the one a house number placed.
    street: str | None = None

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
