"""A fire hydrant is a thing of the water supply, not a fire.

"La borne d'incendie fuit" (a fire hydrant leaking) raised the fire alarm: the rules read
"incendie" (a fire) as a fire now, as they would read "fire" in "the fire hydrant is
leaking" or "Feuer" in "Feuerhydrant". A hydrant's name is read as one word, "hydrant",
before the rules and the model read the text (`neutral_hydrant`), and a text about a
hydrant that leaks, spurts water, is broken or in the way is no emergency once the
hydrant, its water and its leak are set aside and no word of danger or hint of one is
left and no rule reads a danger in what is left (`hydrant_matter`): "Der Hydrant leckt",
"l'idrante perde acqua". A fire next to a
hydrant stays a fire ("Es brennt neben dem Hydranten"), and so does the hydrant's water
where a rule reads a danger in it ("Der Hydrant spritzt Wasser in den Sicherungskasten").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.urgent.cues import search_extra_strong
from nlp.urgent.fastre import Substrings
from nlp.urgent.rules import rule_cue

# The names of a hydrant: German, Swiss German, English, French, Italian.
_NAMES = re.compile(
    r"\b(?:(?:feuer|füür|lösch(?:wasser)?|wasser|unterflur|überflur)[-\s]?)?hydrant\w*"
    r"|\bfire\s*(?:hydrant|plug)s?\b|\bhydrants?\b"
    r"|\b(?:borne|bouche|poteau)s?\s+(?:d['’]\s*)?(?:incendie|hydrante|à\s+incendie)\b"
    r"|\bbornes?[-\s]fontaines?\b|\bhydrantes?\b"
    r"|\bidrant[ei](?:\s+(?:antincendio|antincendi))?\b|\bbocch(?:etta|e)\s+(?:antincendio|idrant\w*)\b"
)
STEMS = ("hydrant", "fire plug", "firepl", "borne", "bouche", "poteau", "idrant", "bocch")
# What a hydrant does that is no danger: it leaks, spurts, is broken, stands in the way.
_LEAK = re.compile(
    r"\b(?:leckt|leck|undicht|tropft|tröpfelt|verliert|spritzt|sprudelt|läuft|lauft|rinnt"
    r"|tropfet|schprützt|kaputt|defekt|beschädigt|umgefahren|schief|aus|offen|offe"
    r"|leak\w*|drip\w*|spray\w*|spurt\w*|gush\w*|broken|damaged|running|open"
    r"|fuit|fuite|coule|perd|goutte|cassée?|endommagée?|ouverte?"
    r"|perde|perdita|gocciola|spruzza|rott[oa]|danneggiat[oa]|apert[oa])\b"
)
_WATER = re.compile(r"\b(?:wasser|water|eau|acqua)\b")

_STEMS = Substrings(STEMS)
# A fountain is a thing of the water supply too: "de Brunne bim Schuelhuus lauft nöd" (it
# does not run), "der Brunnen leckt" are matters for the water supply, not emergencies.
_FOUNTAIN = re.compile(
    r"\b(?:\w*brunnen|\w*brunne|\w*brünneli|fountains?|fontaines?|fontan[ae]|fontanell[ae])\b"
)
FOUNTAIN_STEMS = ("brunn", "brünneli", "fountain", "fontaine", "fontan")
_FOUNTAIN_STEMS = Substrings(FOUNTAIN_STEMS)
# Not running: the negation goes with the leak words ("lauft nöd", "läuft nicht mehr").
_NOT = re.compile(r"\b(?:nicht|nöd|nid|nüm|nümme|not|pas|plus|non|più|mehr|meh)\b")


def neutral_hydrant(low: str) -> str:
    """The lower-cased text with each name of a hydrant read as "hydrant" ("la borne
    d'incendie" holds no fire); the very same object when it names none."""
    if not _STEMS.found_in(low) or _NAMES.search(low) is None:
        return low
    return _NAMES.sub("hydrant", low)


def hydrant_matter(
    low: str, danger: Callable[[str], bool], any_hint: Callable[[str], bool]
) -> bool:
    """A lower-cased text about a hydrant or a fountain that leaks, runs, does not run or
    is broken, with no word of danger
    (`danger`) or hint of one (`any_hint`) left besides: "Der Hydrant leckt"."""
    if "hydrant" not in low and not water_thing(low):
        return False
    if "hydrant" in low:
        kept = _LEAK.sub(" ", _NAMES.sub(" ", low))
        rest = _WATER.sub(" ", kept)
        # Where the hydrant's water goes stays: "Der Hydrant spritzt Wasser in den
        # Sicherungskasten" is water in the electrics, as a fountain's is (below).
        if search_extra_strong(kept) is not None:
            return False
    else:  # a fountain's water stays: "das Wasser läuft in den Sicherungskasten"
        rest = _NOT.sub(" ", _LEAK.sub(" ", _FOUNTAIN.sub(" ", low)))
    return not danger(rest) and not any_hint(rest) and rule_cue(rest)[0] is None


def water_thing(low: str) -> bool:
    """Whether a lower-cased text names a hydrant (read as "hydrant") or a fountain."""
    return "hydrant" in low or (_FOUNTAIN_STEMS.found_in(low) and _FOUNTAIN.search(low) is not None)
