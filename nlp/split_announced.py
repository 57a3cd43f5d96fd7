"""A message that announces several concerns: "Zwei Sachen: …", "two things: …".

The resident says there are several concerns, so `nlp.split.split_concerns` takes a
plain "und" between two different topics as a boundary, as a cue is (new-user trial
i, finding 1: "Zwei Sachen: die Strassenlampe … brennt nicht mehr, und auf dem
Trottoir liegen Glasscherben" was one concern, the glass lost). The part after it
may also open with where it is ("und auf dem Trottoir liegen Glasscherben"); a verb
("und stinkt") still goes on with the same concern. Two parts of the same topic are
two concerns when each names a place of its own (`places_of`, new-user trial j,
finding 2). The announcement itself is a connector: a split message's first part
is shown and filed without it (new-user trial j, finding 15: «Zwöi Sache: de Chübel
am Idaplatz isch voll»).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nlp.places import PlaceResult

# The places a part names, by name ("Idaplatz", "Langstrasse"): see `places_by`.
PlacesOf = Callable[[str], frozenset[str]]
# The mentions that name a place of a part's own; a Kreis or postal code is an area.
_NAMED_KINDS = frozenset(["address", "street", "landmark", "quartier", "kreisname"])


def places_by(place: Callable[[str], PlaceResult]) -> PlacesOf:
    """`places_of` for `split_concerns` from a place recogniser (Dialog.place,
    ConcernClassifier.place): the names of the places a part names."""

    def places_of(part: str) -> frozenset[str]:
        named = (m for m in place(part).mentions if m.kind in _NAMED_KINDS)
        return frozenset((m.name or m.text).casefold() for m in named)

    return places_of


# "Zwei Sachen: …", "two things: …", "deux choses", "due cose".
_ANNOUNCED = re.compile(
    r"\b(?:zwei|zwöi|zwo|drei|drü|2|3|two|three|deux|trois|due|tre)\s+"
    r"(?:sachen|sache|dinge|anliegen|probleme|punkte|meldungen|things|issues|problems|matters"
    r"|choses|problèmes|points|cose|problemi|segnalazioni)\b",
    re.IGNORECASE,
)
# The announcement with its colon, opening the message or a sentence ("Zwei Sachen:",
# "Ich habe zwei Anliegen:", "Deux choses :"); "zwei Sachen, die mich stören" is none.
_OPENING = re.compile(
    r"(?:^|(?<=[.!?,]\s))(?:(?:ich\s+(?:habe|hätte|hab)|i\s+(?:ha|hätt|hett)|wir\s+haben"
    r"|i\s+have|i['’]ve\s+got|we\s+have|j['’]ai|nous\s+avons|ho|abbiamo)\s+)?"
    rf"(?:{_ANNOUNCED.pattern})\s*[:–-]\s*",
    re.IGNORECASE,
)
# After such an announcement a part may also open with where it is ("und auf dem
# Trottoir liegen Glasscherben"); a verb ("und stinkt") still goes on with the same.
_PLACE_FIRST = re.compile(
    r"(?:auf|uf|im|in|am|an|a|bei|beim|bim|vor|hinter|neben|näbe|on|at|near|sur|dans|devant"
    r"|au|sul|sulla|nel|nella|al|alla|davanti)\s+\w",
    re.IGNORECASE,
)


def announces_several(text: str) -> bool:
    """The message says it has several concerns ("Zwei Sachen:", "two things:")."""
    return _ANNOUNCED.search(text) is not None


def without_announcement(part: str) -> str:
    """The first part of a split message without the announcement ("Zwei Sachen: de
    Chübel …" -> "de Chübel …"); the part as it is when it has none, or nothing else."""
    found = _OPENING.search(part)
    if found is None or not part[found.end() :].strip():
        return part
    return part[: found.start()] + part[found.end() :]


def opens_with_place(part: str) -> bool:
    """The part opens with where it is ("auf dem Trottoir …", "beim Idaplatz …")."""
    return _PLACE_FIRST.match(part) is not None


def own_places(current: str, following: str, places_of: PlacesOf | None) -> bool:
    """Each part names a place, and not the same: two concerns of one topic
    (new-user trial j, finding 2: two places in one concern made its Kreis unknown)."""
    if places_of is None:
        return False
    before, after = places_of(current), places_of(following)
    return bool(before) and bool(after) and before.isdisjoint(after)
