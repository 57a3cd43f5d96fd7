"""A neighbour's noise, when the topic model cannot tell: the topics that take noise.

The routing contract gives noise to two topics: Umwelt- und Gesundheitsschutz
(`umwelt`: noise, of building sites and businesses) and the Stadtpolizei
(`sicherheit`: nightly disturbance of the peace); the corpus files a neighbour's
heat pump under the first, a neighbour's party at night under the second. The
topic model is unsure of some ways of saying it: "My neighbour has been making
noise for days at Langstrasse 100" came out as traffic (0.24: a three-digit house
number reads as traffic, "neighbour" as neighbourhood life), and the resident was
offered "Traffic, parking and cycling" first. When the model is not confident
(below the routing table's min_confidence) and the message speaks of a neighbour
and of noise, the candidates are those two topics, likelier first; whichever it
is, the confidence stays the model's, so the concern still goes to the
coordination office for triage unless the resident chooses. A confident reading
stands ("Dolendeckel klappert laut, Nachbarn wachen auf" is the Tiefbauamt's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.neighbours import NEIGHBOUR

NOISE_TOPICS = ("sicherheit", "umwelt")

# A neighbour (a person, as a whole word: nlp.neighbours) or the home next door
# ("Lärm aus der Nachbarwohnung"); not the "Nachbarschaft", the "Nachbarort", the
# "Nachbargemeinde", the "Nachbarquartier" or a "neighbourhood": "Die Tram im
# Nachbarquartier ist so laut" is no neighbour's noise.
_NEIGHBOUR = re.compile(
    r"\b(?:" + NEIGHBOUR + r"|nachbar(?:s)?(?:wohnung|wohnungen|haus|häuser|huus|balkon)\b"
    r"|next[\s-]door|vicini"
    r"|(?:mio|mia|miei|mie|il|i|la|le|nostr[oaie]|su[oaie]|dei|del|della)\s+vicin[oaie]\b)",
    re.IGNORECASE,
)
# "laut" alone may be "according to" ("Laut Internet …"): an inflected or stressed
# form, or "so/sehr/zu laut", is noise.
_NOISE = re.compile(
    r"\b(?:lärm\w*|\w+lärm|krach\w*|ruhestörung\w*|ruhestörig|luut\w*|lärmig\w*"
    r"|laute[nrsm]?|lauter|(?:so|sehr|zu|extrem|mega|voll)\s+laut|noise\w*|noisy|loud\w*"
    r"|racket|bruit\w*|bruyant\w*|tapage\w*|rumor\w*|chiasso|baccano|schiamazz\w*)\b",
    re.IGNORECASE,
)


def speaks_of(text: str) -> bool:
    """The message speaks of a neighbour and of noise."""
    return _NEIGHBOUR.search(text) is not None and _NOISE.search(text) is not None


def candidates(
    text: str, ranked: Sequence[tuple[str, float]], sure: float
) -> Sequence[tuple[str, float]]:
    """`ranked` (topics and probabilities, likeliest first) as it is, or, for a
    neighbour's noise the model is not sure of (its likeliest below `sure`), the
    noise topics alone, likelier first."""
    if not ranked or ranked[0][1] >= sure or not speaks_of(text):
        return ranked
    noise = [(code, p) for code, p in ranked if code in NOISE_TOPICS]
    return noise if len(noise) == len(NOISE_TOPICS) else ranked
