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

# A kind of venue, capitalised (as a name's first word: "laden" is a verb), then
# its name in one or two capitalised words ("Kino Corso", "Restaurant Xy",
# "Café Zähringer", "Hotel Central Plaza").
_KIND = (
    r"Restaurant|Ristorante|Pizzeria|Beiz|Café|Cafe|Caffè|Bar|Kino|Cinema|Cinéma|Theater|"
    r"Théâtre|Teatro|Hallenbad|Freibad|Piscine|Piscina|Hotel|Hôtel|Albergo|Schulhaus|Schule|"
    r"École|Scuola|Kiosk|Bäckerei|Boulangerie|Laden|Geschäft|Shop|Club|Museum|Musée|Museo|"
    r"Kirche|Église|Chiesa|Spital|Hospital|Hôpital|Ospedale|Apotheke|Pharmacie|Farmacia|"
    r"Gemeinschaftszentrum|GZ|Bibliothek|Library|Bibliothèque|Biblioteca|Turnhalle|Migros|"
    r"Coop|Denner|Lidl|Aldi|Tankstelle"
)
_NAME = r"[A-ZÄÖÜÉÈ][\w'’&.-]*"
VENUE = re.compile(rf"\b({_KIND})((?:\s+{_NAME}){{0,2}})")
# The kinds that name a venue without a name of their own ("beim Coop am Helvetiaplatz").
_ALONE = frozenset({"Migros", "Coop", "Denner", "Lidl", "Aldi"})
# What may stand between the venue and the place it is at ("an der", "am", "in der").
_BETWEEN = re.compile(
    r"^[\s,]*(?:(?:an|am|auf|bei|beim|in|im|der|dem|den|die|das|at|on|the|à|au|de|la|"
    r"del|della|a|al|alla|via|rue|ecke)\s+)*$",
    re.IGNORECASE,
)


def with_venue(text: str, place: PlaceResult, written: str | None) -> str | None:
    """`written` (the place of `text`) with the venue `text` names at it: "Kino
    Corso an der Josefstrasse 12", "Migros Limmatplatz", "Restaurant Xy,
    Idaplatz"; `written` as it is when the text names no venue or the place
    is the venue itself ("Hallenbad City")."""
    for found in VENUE.finditer(text):
        kind, named = found.group(1), found.group(2).strip()
        if not named and kind not in _ALONE:
            continue  # "das Restaurant": no venue of its own
        if any(m.start <= found.start() < m.start + len(m.text) for m in place.mentions):
            return written  # "Hallenbad City" is the place itself
        after = [m for m in place.mentions if m.start >= found.end(1)]
        nearest = min(after, key=lambda m: m.start, default=None)
        # "Migros Limmatplatz", "Kino Corso an der Josefstrasse 12": up to the place.
        if nearest is not None and (
            nearest.start < found.end() or _BETWEEN.match(text[found.end() : nearest.start])
        ):
            said = f"{text[found.start() : nearest.start]}{spelling.spelled(nearest)}"
            return place_as_written(said.strip())[:200]
        venue = found.group(0).strip()
        return place_as_written(f"{venue}, {written}" if written else venue)[:200]
    return written
