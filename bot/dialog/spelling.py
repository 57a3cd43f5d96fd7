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
    if street.strip().casefold() == mention.name.casefold():
        return mention.text
    if SequenceMatcher(None, street.strip().casefold(), mention.name.casefold()).ratio() < SIMILAR:
        return mention.text  # not the street's name written another way: left as it is
    return f"{mention.name} {number.group(1)}" if number else mention.name


def respelled(text: str, place: PlaceResult) -> str:
    """`text` with each street it names in the gazetteer's spelling."""
    for mention in place.mentions:
        if mention.text and mention.text in text:
            text = text.replace(mention.text, spelled(mention))
    return text
