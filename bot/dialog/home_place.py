"""A personal social matter is asked where the resident lives, not where "it" is.

"ich brauche hilfe, ich kann meine miete nicht mehr zahlen und habe angst meine
wohnung zu verlieren" was asked "Wo ist das genau? Schreiben Sie Strasse und
Hausnummer …", and "Ja" then "Bitte nennen Sie die Strasse mit Hausnummer …"
(new-user trial r, finding 10). A social matter (topic "soziales": personal
hardship, debt, family problems) happens to a person, not at a street. The contract
(routing.md) routes it to the Soziale Dienste by topic; its Kreis only decides which
coordination office sees it (and, in the city, which social centre is near): so the
bot asks, kindly, in which Kreis or Quartier the resident lives, says no address is
needed, and "Weiss ich nicht" stays the way out.
"""

from __future__ import annotations

from store.models import Concern

PERSONAL_TOPICS = frozenset({"soziales"})
# The place questions with a variant for a personal matter (bot/texts/chatter.py).
_HOME = frozenset({"ask_place", "ask_place_again", "place_yes_hint"})


def personal(concern: Concern) -> bool:
    """A personal social matter (never an emergency: that is asked where at once)."""
    return not concern.urgent and concern.topic in PERSONAL_TOPICS


def key(concern: Concern, asked: str) -> str:
    """The text key for the place question `asked`: where they live, for a personal matter."""
    if asked not in _HOME or not personal(concern):
        return asked
    return "place_yes_hint_home" if asked == "place_yes_hint" else f"{asked}_home"
