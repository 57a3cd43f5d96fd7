"""A burst pipe or a big water leak is water in the house, not a fire, a gas leak, an
explosion or a person in the water.

The model flags a burst pipe in every language ("Wasserrohrbruch im Keller" 0.90, "il y
a une fuite d'eau énorme dans la cave" 0.90, "perdita d'acqua enorme" 0.73, "burst
pipe, water everywhere in the basement" 0.66), as its corpus does (a burst pipe with
water flowing is urgent: water reaches the wiring), but its likeliest kind was the
German one only: "flood_electric"; the French got "fire" or "gas" (its "fuite" is a gas
leak's word too), the English "explosion" (a pipe that "burst"), and the text's own kind
was a drowning ("eau", "Wasser"). A text that names a water leak gets "flood_electric"
when the model's kind is one the text does not name, or a drowning where no person is
named; a fire or a person in the water the text names stays.
"""

from __future__ import annotations

import re

from nlp.urgent.person_state import _NAMES_A_PERSON
from nlp.urgent.weapon_kind import names_kind

FLOOD = "flood_electric"
DROWNING = "drowning"
# A burst pipe, a water leak, a flooded cellar, in the five languages.
_LEAK = re.compile(
    r"\w*rohrbruch|\b(?:wasser)?(?:rohr|leitung)\w*\s+(?:\w+\s+){0,2}?(?:geplatzt|gebrochen|bricht"
    r"|platzt|leck)|\bwasserleck|\bwasserschaden|\bleck\b"
    r"|\b(?:burst|broken|leaking)\s+(?:water\s+)?(?:pipe|main)s?|\bpipes?\s+(?:has\s+|have\s+)?"
    r"(?:burst|broke|broken|leaking)|\bwater\s+(?:main|leak)|\bleak(?:s|ing)?\b"
    r"|\bfuites?\s+d['’]eau|\btuyaux?\s+(?:\w+\s+){0,2}?(?:éclaté|percé|cassé|rompu|fuit)"
    r"|\bdégâts?\s+des\s+eaux|\binondée?s?\b"
    r"|\bperdit[ae]\s+d['’]acqua|\btub[oi]\s+(?:\w+\s+){0,2}?(?:rott[oi]|scoppiat[oi]|spaccat[oi]"
    r"|perde|rotto)|\ballag(?:a|ata|ato|ano|ate|ati)\b"
    r"|\b(?:keller|cellar|basement|cave|cantina)\s+(?:\w+\s+){0,2}?(?:überschwemmt|unter\s+wasser"
    r"|flooded|flooding|inondée?)"
)
# Kinds a water leak is not, unless the text names them.
_NOT_A_LEAK = frozenset(
    {"fire", "smoke", "gas", "explosion", "chemical", "tree_down", "tram_child", "hot_car",
     "weapon", "burglar", "dog_attack", DROWNING}
)  # fmt: skip


def water_leak(low: str) -> bool:
    """Whether a lower-cased text names a burst pipe or a water leak."""
    return _LEAK.search(low) is not None


def leak_kind(low: str, kind: str | None) -> str | None:
    """The kind of a lower-cased text flagged as `kind`: "flood_electric" for a water leak
    the model gave a kind the text does not name (a drowning: with no person named)."""
    if kind not in _NOT_A_LEAK or not water_leak(low):
        return kind
    if kind == DROWNING:
        return kind if _NAMES_A_PERSON.search(low) else FLOOD
    return kind if names_kind(low, kind) else FLOOD
