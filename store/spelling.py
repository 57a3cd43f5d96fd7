"""Places as the city writes them (said back to the resident, on the staff
card, in the digest)."""

from __future__ import annotations

import re


def swiss_spelling(text: str) -> str:
    """Swiss Standard German writes no "ß"."""
    return text.replace("ß", "ss")


# "Via Zurlindenstrasse 12": the Italian word for street before a Zürich street's name.
_VIA = re.compile(
    r"^\s*(?:in\s+)?via\s+(?=\w+(?:strasse|gasse|weg|platz|quai|allee|rain|steig|graben)\b)",
    re.IGNORECASE,
)


def place_as_written(text: str) -> str:
    """A place written by a resident as the city writes it: "Josefstrasse 12"
    for "Josefstraße 12", "Zurlindenstrasse 12" for "Via Zurlindenstrasse 12"."""
    return _VIA.sub("", swiss_spelling(text))
