"""A weapon the text names is the kind of an alarm whose model kind the text does not name.

"someone has a gun at the tram stop" was flagged by the model alone (0.74) as a fallen
tree ("tree_down"): the model's likeliest kind is believed where the text names nothing
against it (nlp.urgent.kind), and the text's own kind was a child on the tracks (the
tram stop, now a place: nlp.urgent.category). As nlp.urgent.lying_person.lying_kind does
for a person lying: when the text names a weapon (a gun, a knife, "armé") and the
model's kind is one the text does not name, the kind is "weapon" (staff read "Waffe";
the resident gets 117 as for any kind). A kind the text names stays: "Ein Mann mit einem
Messer ist eingebrochen" (burglar), "er hat ein Messer und will nicht mehr leben"
(suicide).
"""

from __future__ import annotations

from nlp.urgent.category import CATEGORIES

WEAPON = "weapon"
# A weapon is violence: the model's "violence" for a text with a knife stays.
_AKIN = frozenset({WEAPON, "violence"})
_PATTERNS = tuple((name, pattern) for name, pattern in CATEGORIES)


def names_kind(low: str, kind: str) -> bool:
    """Whether a lower-cased text holds a cue of `kind` (nlp.urgent.category)."""
    return any(name == kind and pattern.search(low) for name, pattern in _PATTERNS)


def weapon_kind(low: str, kind: str | None) -> str | None:
    """The kind of a lower-cased text flagged as `kind`: "weapon" when the text names a
    weapon and not `kind`, else `kind`."""
    if kind is None or kind in _AKIN or names_kind(low, kind):
        return kind
    return WEAPON if names_kind(low, WEAPON) else kind
