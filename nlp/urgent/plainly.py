"""Emergencies said plainly that the model and the older rules missed (new-user trial r):
a person with a weapon and violence heard next door (nlp.urgent.armed), a person who may
lie harmed behind a door (nlp.urgent.behind_door), water standing in a cellar or a flat
(nlp.urgent.standing_water).

Strong rules, read when nothing else flagged the text, or when the model alone did (then
their kind replaces the model's guess: the neighbour who does not open and the smell
from his flat is no "smoke" or "gas"). The detector's guards hold: the past, a risk, a
drill or fireworks (nlp.urgent.cues.VETO), a question how to report one; standing water
also not in an "if" ("was tun, wenn Wasser im Keller steht?").
"""

from __future__ import annotations

import re

from nlp.urgent.armed import VIOLENCE_KIND, WEAPON_KIND, armed_person, violence_heard
from nlp.urgent.behind_door import behind_door
from nlp.urgent.cues import VETO
from nlp.urgent.how_to import how_to_question
from nlp.urgent.rules import past_marker, past_or_risk
from nlp.urgent.standing_water import KIND as FLOOD_KIND
from nlp.urgent.standing_water import standing_water

_IF = re.compile(
    r"\b(?:wenn|falls|if|in\s+case|au\s+cas\s+où|qualora|nel\s+caso)\b"
    r"|\bsi\s+(?:il|l['’]|la|le|on|de\s+l['’])|\bse\s+(?:c['’]è|l['’]acqua|la|il)\b"
)


def plain_cue(low: str, doubtful: bool) -> tuple[str, str] | None:
    """(cue, kind) of an emergency said plainly in a lower-cased, idiom-free text, or
    None; `doubtful`: the model's score is too low to outweigh a word of the past or of
    another day ("am Samstag")."""
    found = _found(low)
    if found is None:
        return None
    if VETO.search(low) or past_or_risk(low) or (doubtful and past_marker(low)):
        return None
    if how_to_question(low):
        return None
    return found


def _found(low: str) -> tuple[str, str] | None:
    door = behind_door(low)
    if door is not None:
        return door
    weapon = armed_person(low)
    if weapon is not None:
        return weapon, WEAPON_KIND
    blows = violence_heard(low)
    if blows is not None:
        return blows, VIOLENCE_KIND
    water = standing_water(low)
    if water is not None and not _IF.search(low):
        return water, FLOOD_KIND
    return None
