"""A hole in the road, when the topic model cannot tell: the Tiefbauamt's topic.

The routing contract gives potholes and damaged pavements to `strasse` (Tiefbauamt).
The corpus says it mostly in German; its French and Italian rows are few and spell a
pothole one way ("nid-de-poule"), so the topic model is unsure of other ways of saying
it: "Il y a un grand trou dans la chaussée à Wipkingen" came out as waste (abfall
0.29: "chaussée" stands in street cleaning, "grand" in the parks' rows) and the
resident was offered waste, building and parks; "Il y a un nid de poule dans la rue"
(no hyphens) as environment (umwelt 0.44: "poule", a hen). When the model is not
confident (below the routing table's min_confidence) and the message names a hole and
a road surface, `strasse` comes first and the others follow in the model's order;
as for a neighbour's noise (nlp.neighbour_noise) the confidence stays the model's, so
the concern still goes to the coordination office for triage unless the resident
chooses. A confident reading stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ROAD_TOPIC = "strasse"

# A hole, a pothole (German, Swiss German, English, French, Italian).
_HOLE = re.compile(
    r"\b(?:schlaglöcher|schlagloch|loch|löcher|lööcher|pothole|potholes|hole|holes"
    r"|nids?[\s-]+de[\s-]+poules?|trou|trous|buca|buche|buco|buchi)\b",
    re.IGNORECASE,
)
# A road surface: a street, its carriageway or pavement, its asphalt, a cycle path (not a
# street named: "Loch im Zaun an der Josefstrasse" is no hole in the road).
_SURFACE = re.compile(
    r"\b(?:strasse|strassen|strass|fahrbahn|trottoir\w*|gehweg\w*|asphalt\w*|belag"
    r"|velo(?:weg|streifen)|road|roads|street|streets|pavement|sidewalk|tarmac|cycle\s+path"
    r"|chaussée|chaussee|rue|route|bitume|asphalte|enrobé|piste\s+cyclable"
    r"|strada|strade|asfalto|marciapiede|carreggiata|manto\s+stradale|pista\s+ciclabile)\b",
    re.IGNORECASE,
)


def speaks_of(text: str) -> bool:
    """The message names a hole and a road surface."""
    return _HOLE.search(text) is not None and _SURFACE.search(text) is not None


def candidates(
    text: str, ranked: Sequence[tuple[str, float]], sure: float
) -> Sequence[tuple[str, float]]:
    """`ranked` (topics and probabilities, likeliest first) as it is, or, for a hole in
    the road the model is not sure of (its likeliest below `sure`), `strasse` first and
    the others after it in their order."""
    if not ranked or ranked[0][1] >= sure or ranked[0][0] == ROAD_TOPIC or not speaks_of(text):
        return ranked
    road = [(code, p) for code, p in ranked if code == ROAD_TOPIC]
    return road + [(code, p) for code, p in ranked if code != ROAD_TOPIC] if road else ranked
