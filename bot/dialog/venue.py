"""The venue a resident names with the place ("beim Restaurant Xy an der
Langstrasse", "vor dem Kino Corso an der Josefstrasse 12"), kept in the place
staff read.

The place text of a concern whose own words give the place was the gazetteer's
mention only ("Josefstrasse 12", or nothing at all where "Langstrasse" reads as
the Quartier): the venue, often the most precise thing said, was lost to staff
(it was kept only when typed as the answer to "Wo ist das genau?").
"""

from __future__ import annotations

import re

from bot.dialog import spelling
from nlp.places import PlaceResult
from store.repository import place_as_written

# A kind of venue, then its name: one to three capitalised words ("Kino Corso",
# "Restaurant Xy", "Café Zähringer", "Hotel Central Plaza").
_KIND = (
    r"restaurant|ristorante|pizzeria|beiz|café|cafe|caffè|bar|kino|cinema|cinéma|theater|"
    r"théâtre|teatro|hallenbad|freibad|piscine|piscina|hotel|hôtel|albergo|schulhaus|schule|"
    r"école|scuola|kiosk|bäckerei|boulangerie|laden|geschäft|shop|club|museum|musée|museo|"
    r"kirche|église|chiesa|spital|hospital|hôpital|ospedale|apotheke|pharmacie|farmacia|"
    r"gemeinschaftszentrum|gz|bibliothek|library|bibliothèque|biblioteca|turnhalle|migros|"
    r"coop|denner|lidl|aldi|tankstelle"
)
_NAME = r"[A-ZÄÖÜÉÈ][\w'’&.-]*"
VENUE = re.compile(rf"\b(?i:{_KIND})(?:\s+{_NAME}){{1,3}}")
# What may stand between the venue and the place it is at ("an der", "am", "in der").
_BETWEEN = re.compile(
    r"^[\s,]*(?:(?:an|am|auf|bei|beim|in|im|der|dem|den|die|das|at|on|in|the|à|au|de|la|"
    r"del|della|in|a|al|alla|via|rue|ecke)\s+)*$",
    re.IGNORECASE,
)


def with_venue(text: str, place: PlaceResult, written: str | None) -> str | None:
    """`written` (the place of `text`) with the venue `text` names at it: "Kino
    Corso an der Josefstrasse 12", "Restaurant Xy, Idaplatz"; `written` as it is
    when the text names no venue or the place already holds it."""
    for found in VENUE.finditer(text):
        venue = found.group(0).strip()
        if any(venue.casefold() in m.text.casefold() for m in place.mentions):
            return written  # "Hallenbad City" is the place itself
        after = [m for m in place.mentions if m.start >= found.end()]
        nearest = min(after, key=lambda m: m.start, default=None)
        if nearest is not None and _BETWEEN.match(text[found.end() : nearest.start]):
            said = f"{text[found.start() : nearest.start]}{spelling.spelled(nearest)}"
            return place_as_written(said.strip())[:200]
        return place_as_written(f"{venue}, {written}" if written else venue)[:200]
    return written
