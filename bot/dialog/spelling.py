"""A street or a named place as the gazetteer writes it: "Zurlindnstrasse 12" typed is recognised
as the Zurlindenstrasse and shown (confirmation, staff card, digest) as
"Zurlindenstrasse 12". The resident's own text stays as written.

Shown back to the resident (`shown`), the place is the name the gazetteer knows, in
its own letter case and without the preposition before it: "IDAPLATZ", "bim
idaplatz" read "Idaplatz" (new-user trial i, finding 13)."""

from __future__ import annotations

import re
import tomllib
from difflib import SequenceMatcher
from functools import cache

from nlp.places import DATA_DIR, PlaceResult, fold
from nlp.places.model import Mention

# The house number at the end, or a range of them ("200-204", "120 bis 122").
_NUMBER = re.compile(
    r"\s*(\d{1,4}\s?[a-z]?(?:\s*(?:[-–—/]|bis)\s*\d{1,4}[a-z]?)?)\s*$", re.IGNORECASE
)
SIMILAR = 0.75  # a misspelling or an abbreviation of the name, not another place


def spelled(mention: Mention) -> str:
    """The mention in the gazetteer's spelling, its house number kept."""
    if mention.kind not in {"address", "street", "landmark"} or not mention.name:
        return mention.text
    number = _NUMBER.search(mention.text)
    street = mention.text[: number.start()] if number else mention.text
    if street.strip() == mention.name:
        return mention.text
    if street.strip().casefold() == mention.name.casefold():
        # "IDAPLATZ", "josefstrasse 12": the city's capitals (new-user trial i, finding 13).
        return f"{mention.name} {number.group(1)}" if number else mention.name
    if SequenceMatcher(None, street.strip().casefold(), mention.name.casefold()).ratio() < SIMILAR:
        # "bei der schmiede": a landmark's other name, as the data spells it ("Schmiede";
        # new-user trial q, finding 11); anything else left as it is.
        alias = _aliases().get(fold(street.strip())) if mention.kind == "landmark" else None
        return alias if alias is not None and not number else mention.text
    return f"{mention.name} {number.group(1)}" if number else mention.name


@cache
def _aliases() -> dict[str, str]:
    """The landmarks' other names as places.toml spells them, by their folded form."""
    data = tomllib.loads((DATA_DIR / "places.toml").read_text(encoding="utf-8"))
    return {
        fold(alias): alias
        for spec in data.get("landmarks", {}).values()
        for alias in spec.get("aliases", [])
    }


def respelled(text: str, place: PlaceResult) -> str:
    """`text` with each street it names in the gazetteer's spelling."""
    for mention in place.mentions:
        if mention.text and mention.text in text:
            text = text.replace(mention.text, spelled(mention))
    return text


# "bim Bucheggplatz", "Am Limmatplatz", "beim Idaplatz": the place without the word
# that led to it, as the confirmation shows it (new-user trial i, finding 13).
_LEADING = re.compile(
    r"^(?:(?:nein|nei|no|non)\W+)?"  # "nein, am Limmatplatz" at the offered place (trial J)
    r"(?:am|an\s+der|an\s+dem|a\s+de|ad|bim|beim|bei\s+der|bei\s+dem|bi\s+de|bi|im|i\s+de"
    r"|in\s+der|vor\s+der|vor\s+dem|vorem|near|at|by|à\s+la|au|près\s+de|vicino\s+a|alla|al"
    r"|presso|in\s+front\s+of|devant|davanti\s+a[l]?|in\s+via|via)\s+"
    # "vor dem Haus Josefstrasse 12": the house is the address's
    r"(?:(?:the\s+|la\s+|il\s+)?(?:haus|huus|house|building|maison|immeuble|casa|palazzo)\s+)?(?=\S)",
    re.IGNORECASE,
)


def without_lead(text: str, place: PlaceResult) -> str:
    """`text` without a leading preposition when what follows names the place."""
    lead = _LEADING.match(text)
    if lead is None:
        return text
    rest = text[lead.end() :]
    named = any(m.text and spelled(m).casefold() in rest.casefold() for m in place.mentions)
    return rest if named else text


def named(mention: Mention) -> str:
    """`spelled`, and a name typed in another letter case ("IDAPLATZ", "idaplatz") as
    the gazetteer writes it ("Idaplatz")."""
    written = spelled(mention)
    if written != mention.text or not mention.name:
        return written
    number = _NUMBER.search(mention.text)
    street = mention.text[: number.start()] if number else mention.text
    if street.strip().casefold() != mention.name.casefold():
        return written
    return f"{mention.name} {number.group(1)}" if number else mention.name


# Before the place: a preposition with its article ("bim", "Am", "an der", "a de",
# "near the", "près de", "vicino al"); "Am Wasser 55" is a street, found as a whole.
_BEFORE = re.compile(
    r"^\s*(?:bim|beim|bi(?:\s+(?:de[mnr]?|em))?|bei(?:\s+(?:der|dem|den))?|am|an(?:\s+(?:der|dem|de))?|"
    r"a\s+de[mnr]?|ad|uf(?:\s+(?:de[mnr]?|em))?|auf(?:\s+(?:der|dem))?|im|in(?:\s+(?:der|dem))?|"
    r"i(?:\s+de[mnr]?)?|vor(?:\s+(?:der|dem|de))?|vorem|neben(?:\s+(?:der|dem))?|"
    r"near(?:\s+the)?|at(?:\s+the)?|by(?:\s+the)?|next\s+to(?:\s+the)?|on(?:\s+the)?|"
    r"près\s+d[eu](?:\s+la)?|à(?:\s+la)?|au|vers(?:\s+l[ae])?|devant(?:\s+l[ae])?|"
    r"vicino\s+a(?:l|lla)?|al|alla|presso(?:\s+(?:il|la))?|davanti\s+a(?:l|lla)?)\s+",
    re.IGNORECASE,
)


def shown(given: str, place: PlaceResult) -> str | None:
    """The place a resident gave, as shown back to them: the name it was
    recognised as, in the gazetteer's spelling and without the preposition before
    it ("bim Bucheggplatz" -> "Bucheggplatz"); what else they wrote stays ("bim
    Migros Limmatplatz" -> "Migros Limmatplatz"). None when it names no street
    or place the gazetteer knows."""
    found = [
        m
        for m in place.mentions
        if m.kind in {"address", "street", "landmark"} and m.name and m.text and m.text in given
    ]
    if not found:
        return None
    best = max(found, key=lambda m: m.strength)  # the first of the strongest
    start = given.index(best.text)
    before, after = given[:start], given[start + len(best.text) :]
    lead = _BEFORE.match(before)
    if lead is not None:
        before = before[lead.end() :]
    return f"{before}{named(best)}{after}".strip() or given
