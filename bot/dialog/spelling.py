"""A street or a named place as the gazetteer writes it: "Zurlindnstrasse 12" typed is recognised
as the Zurlindenstrasse and shown (confirmation, staff card, digest) as
"Zurlindenstrasse 12". The resident's own text stays as written."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from nlp.places import PlaceResult
from nlp.places.model import Mention

_NUMBER = re.compile(r"\s*(\d{1,4}\s?[a-z]?)\s*$", re.IGNORECASE)
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
        return mention.text  # not the street's name written another way: left as it is
    return f"{mention.name} {number.group(1)}" if number else mention.name


def respelled(text: str, place: PlaceResult) -> str:
    """`text` with each street it names in the gazetteer's spelling."""
    for mention in place.mentions:
        if mention.text and mention.text in text:
            text = text.replace(mention.text, spelled(mention))
    return text


# "bim Bucheggplatz", "Am Limmatplatz", "beim Idaplatz": the place without the word
# that led to it, as the confirmation shows it (new-user trial i, finding 13).
_LEADING = re.compile(
    r"^(?:am|an\s+der|an\s+dem|a\s+de|ad|bim|beim|bei\s+der|bei\s+dem|bi\s+de|bi|im|i\s+de"
    r"|in\s+der|vor\s+der|vor\s+dem|vorem|near|at|by|à\s+la|au|près\s+de|vicino\s+a|alla|al"
    r"|presso)\s+(?=\S)",
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
