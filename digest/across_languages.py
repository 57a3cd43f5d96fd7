"""Reports in different languages about the same thing at the same place: "Der
Abfallkübel am Idaplatz ist übervoll" and "Il cestino all'Idaplatz è pieno da giorni".

Key words cannot match across languages ("cestino"/"Kübel"), so the cluster said
"2 Meldungen" under three bin reports at the Idaplatz, the Italian one left out
(new-user trial m, finding 13). For two concerns in different languages the topic
(compared before, `digest.clusters`) and the spot decide: the same place named (the
place texts' words equal: a square, a landmark, a street with its house number), or
coordinates at most `SPOT_M` apart. The same Quartier is not enough: it is an area
with many bins. Within one language the words still decide ("Glascontainer am
Idaplatz kaputt" is another problem than "Der Abfallkübel am Idaplatz ist übervoll"
at the same place).

Such a link must not chain what the words keep apart: with the broken glass
container and the two full bins at the Idaplatz, the Italian bin report would
otherwise join all four. So a link across languages joins whole groups (the groups
the words made, `joins`): a group joins the one biggest group it is linked to when
that one is bigger, or when the two are linked to each other only; when two groups
it is linked to are equally big, it cannot tell which, and joins none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Protocol

SPOT_M = 100.0

_WORD = re.compile(r"\w+")
# Prepositions and articles a place text may keep ("beim Idaplatz", "vor dem Coop").
_NOT_PLACE = frozenset(
    " ".join(
        [
            "am an beim bei bim bi im in der die das dem den vor hinter neben auf zur zum",
            "at the near on au à la le les al all alla nel nella sul sulla",
        ]
    ).split()
)


class Located(Protocol):
    @property
    def language(self) -> str: ...
    @property
    def place_text(self) -> str | None: ...
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


def spot_words(place_text: str | None) -> frozenset[str]:
    """The words that name the place ("beim Idaplatz" -> {"idaplatz"})."""
    words = _WORD.findall((place_text or "").casefold())
    return frozenset(w for w in words if w not in _NOT_PLACE)


def same_thing_across_languages(a: Located, b: Located, distance_m: float | None = None) -> bool:
    """`a` and `b` (of the same topic) are written in different languages and name
    the same spot. `distance_m`: how far apart they are, when both have coordinates."""
    if a.language == b.language:
        return False
    here, there = spot_words(a.place_text), spot_words(b.place_text)
    if here and here == there:
        return True
    return distance_m is not None and distance_m <= SPOT_M


def joins(
    group_of: Mapping[int, int], size: Mapping[int, int], links: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The groups to join: `group_of[i]` is the group of concern i, `size[g]` how many
    concerns group g has, `links` the pairs of concerns linked across languages."""
    near: dict[int, set[int]] = {}
    for i, j in links:
        a, b = group_of[i], group_of[j]
        if a != b:
            near.setdefault(a, set()).add(b)
            near.setdefault(b, set()).add(a)
    result = []
    for a, others in near.items():
        biggest = max(size[b] for b in others)
        top = [b for b in others if size[b] == biggest]
        if len(top) == 1 and (biggest > size[a] or near[top[0]] == {a}):
            result.append((a, top[0]))
    return result
