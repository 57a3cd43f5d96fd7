"""A fire named by its place: "Kellerbrand an der Langstrasse 10!", "Wohnungsbrand",
"Küchenbrand im 3. Stock", gsw "Chällerbrand", or "Brand im Keller", "Feuer in der
Küche". A strong rule of nlp.urgent.rules (its kind is a fire).

Only a compound whose head names a place, a thing that burns or a kind of fire is one:
"Sonnenbrand", "Markenbrand", "Weinbrand", "Feuerbrand" (a disease of fruit trees),
"Brandschutz", "Brandmauer", "Brandenburg" and the Brandschenkestrasse are none. A fire
that is only referred to is none either: "nach dem Kellerbrand", "wegen dem
Küchenbrand", "wäg emne Chuchibrand", "Schaden vom Wohnungsbrand", "Angst vor einem
Dachstockbrand", "es gab einen Zimmerbrand" (the past of a date, "letzte Woche", is the
rules' own guard).
"""

from __future__ import annotations

import re

# Places and things where a fire breaks out, as the head of a compound ("Keller-brand",
# "Tiefgarage-n-brand") and after "Brand im / in der" (de, gsw).
_PLACES = (
    r"keller|chäller|wohnung|wohnig|haus|huus|gebäude|dach|dachstock|estrich|hinterhof|küche"
    r"|kuchi|chuchi|zimmer|stube|garage|stall|scheune|schüür|balkon|laube|lager|büro|laden"
    r"|restaurant|beiz|fabrik|halle|werkstatt|schule|schuel|kirche|hotel|spital|heim"
    r"|container|auto|fahrzeug|velo|töff|motorrad|lastwagen|lkw|bus|zug|mulde|kübel"
    r"|chübel|abfall|müll|papierkorb|kamin|wald|flur|wiese|busch|hecke|böschung"
)
# Kinds of fire: "Grossbrand", "Schwelbrand", "Vollbrand", "Fettbrand", "Ölbrand".
_KINDS = r"gross|schwel|voll|fett|öl|mott"
# The compound: a head, its joint ("Wohnung-s-", "Küche-n-"), then "brand" at its end.
_COMPOUND = re.compile(
    r"(?:" + _PLACES + "|" + _KINDS + r")(?:s|n|en|es)?br(?:a|ä)nd(?:e|es|s|en)?\b"
)
# "Brand im Keller", "Feuer in der Küche", "Brand im Schlafzimmer" (not gsw "Füür im Dach",
# trouble: "s isch Füür im Dach wäg em Neubau").
_IN_PLACE = re.compile(
    r"\b(?:feuer|brand)\s+(?:im|in\s+der|in\s+einem|in\s+einer|in\s+den|auf\s+dem|uf\s+em"
    r"|i\s+de|i\s+dr|i\s+dere|im\s+en|in\s+ere)\s+\w*?(?:" + _PLACES + r")\w*"
)
# The words before a fire that is only referred to: a cause, an aftermath, a fear, the past.
_REFERRED = re.compile(
    r"\b(?:nach|seit|sit|wegen|wäg|weg|vom|von|vo|bei|beim|bim|infolge|trotz|vor|gegen|für"
    r"|gefahr|risiko|gab|gäbe|hatte|hatten|war|waren|gsi|after|since|risk|of)"
    r"(?:\s+(?:de[mnrs]?|die|das|d|s|e|em|emne|ere|es|en|ein|eine[mnrs]?|unser\w*|üs\w*"
    r"|eu\w*|ihr\w*|mein\w*|min\w*|letzt\w*|grosse\w*|schwere\w*|the|a))?\s+$"
)

_WORD = re.compile(r"[\w-]+")


def fire_named(low: str) -> re.Match[str] | None:
    """The first fire a lower-cased text names by its place ("kellerbrand", "brand im
    keller") that is not only referred to ("nach dem Kellerbrand")."""
    if "brand" not in low and "bränd" not in low and "feuer" not in low:
        return None  # what both patterns need (the common case: neither)
    for pattern in (_COMPOUND, _IN_PLACE):
        for match in pattern.finditer(low):
            start = match.start()
            if pattern is _COMPOUND:  # the compound's whole word
                while start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
                    start -= 1
                match = _WORD.match(low, start) or match
            if not _REFERRED.search(low, max(0, start - 40), start):
                return match
    return None
