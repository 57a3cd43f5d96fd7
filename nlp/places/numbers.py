"""A house number written apart from its street: "d Lampe vor em Huus Nr. 12 a de
Josefstrass", "Nummer 40 an der Weststrasse" (new-user trial h, finding 5: the
number was lost and EWZ got the Josefstrasse without it). A number with a word
("Nr.", "Nummer", "Hausnummer", "Haus-Nr.") anywhere in the text belongs to the one
street the text names, when that street has no number of its own directly after it.

Not a house number: a line ("Tram Nr. 4", "Bus Nr. 32"), a Kreis, a flat, a lamp
post or a bin ("Kandelaber Nr. 12"), a concern ("Meldung Nr. 2"); a number the
street's address points cannot place is left alone too.
"""

from __future__ import annotations

import re

from nlp.places.addresses import AddressIndex
from nlp.places.model import Mention, Strength
from nlp.places.text import fold

_NUMBER = re.compile(
    r"(?:(?<=\s)|^)(?P<before>[^\W\d_]+[.:]?\s+)?"
    r"(?:haus-?n(?:umme)?r\.?|n(?:umme)?r\.?|nummer|number|numéro|numero|n°)"
    r"\s*(?P<n>\d{1,4})(?:(?P<letter>[a-z])\b)?(?!\s*(?:[.,]\d|\d))",
    re.IGNORECASE,
)
# A word before "Nr." that makes the number something else than a house's.
_NOT_A_HOUSE = re.compile(
    r"(?:tram|bus|linie|line|route|kreis|chreis|zimmer|wohnung|whg|stock|etage|gleis|perron"
    r"|kabine|parkplatz|platz|box|lampe|laterne|kandelaber|leuchte|mast|container|tonne|kübel"
    r"|robidog|bank|baum|hydrant|meldung|meldig|anliegen|auftrag|ticket|fall|case|rechnung"
    r"|konto|telefon|tel|handy|kunde|kunden|kundennummer|seite|page|artikel|punkt)\w*",
    re.IGNORECASE,
)
# After the street, the number that is its own: "Josefstrasse 12", "Josefstr. Nr. 12".
_OWN_NUMBER = re.compile(r"\s*(?:(?:haus)?n(?:umme)?r\.?|no\.?)?\s*\d", re.IGNORECASE)


def pair_number(text: str, mentions: list[Mention], addresses: AddressIndex) -> list[Mention]:
    """`mentions` with the one street turned into its address when the text gives
    the house number apart from it ("Nr. 12 a de Josefstrass"); else as they are."""
    streets = [m for m in mentions if m.kind in ("street", "address")]
    if len(streets) != 1 or streets[0].kind != "street":
        return mentions
    street = streets[0]
    name = street.name
    if not name:
        return mentions
    after = text[street.start + len(street.text) :]
    if _OWN_NUMBER.match(after):
        return mentions  # the street has its own number (one the address points lack)
    numbers = {
        (m.group("n") + (m.group("letter") or "")).lower()
        for m in _NUMBER.finditer(text)
        if not (m.group("before") and _NOT_A_HOUSE.fullmatch(m.group("before").strip(" .:")))
    }
    if len(numbers) != 1:
        return mentions
    number = numbers.pop()
    hit = addresses.lookup(fold(name), number)
    if hit is None or (hit.kreis is None and street.kreis is not None):
        return mentions  # as the matcher does with "Josefstrasse 12"
    address = Mention(
        f"{street.text} {number}",
        "address",
        hit.kreis,
        hit.quartier,
        hit.candidates,
        strength=Strength.ADDRESS,
        start=street.start,
        name=name,
    )
    return [address if m is street else m for m in mentions]
