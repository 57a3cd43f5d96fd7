"""A range of house numbers: "Langstrasse 200-204", "200–204", "200 bis 204",
"200/202" (new-user trial k, finding 8). The first number is the house number
the address points place; the place shown keeps the range as written. Before,
"200-204" (one token) was no number at all: the street's default Kreis was
taken (Kreis 4 for the Langstrasse, where 200 is in Kreis 5), or the resident
was told the number lies where Kreise meet."""

from __future__ import annotations

import re

# One token: "200-204", "12a-14" (the tokenizer keeps a hyphen inside a word).
_RANGE_TOKEN = re.compile(r"^(\d{1,4}[a-z]?)-(\d{1,4})[a-z]?$", re.IGNORECASE)
# After the first number's token: "–204", "/202", " bis 204" (or "- 204").
_RANGE_TAIL = re.compile(r"\s*(?:[-–—/]|bis)\s*(\d{1,4})[a-z]?\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# A range is a few houses along the street: its end lies a little above its start
# ("Nr. 12-9" or "12-300" is something else).
MAX_SPAN = 40


def _is_range(first: str, last: str) -> bool:
    m = _DIGITS.match(first)
    start = int(m.group(0)) if m else 0
    return start < int(last) <= start + MAX_SPAN


def first_of_range(token: str) -> str | None:
    """The first number of a range written as one token ("200-204"), else None."""
    m = _RANGE_TOKEN.match(token)
    if m is None or not _is_range(m.group(1), m.group(2)):
        return None
    return m.group(1)


def range_shown(text: str, token: tuple[str, int], number: str) -> str:
    """How the house number is shown: the range as written when the number
    token (text, start) is a range or a range follows it ("200 bis 204"), else
    the number; spaces in it are kept to one."""
    word, start = token
    if first_of_range(word.rstrip(".")) is not None:
        return word.rstrip(".")
    if word.rstrip(".") != number:
        return number
    tail = _RANGE_TAIL.match(text, start + len(word.rstrip(".")))
    if tail is None or not _is_range(number, tail.group(1)):
        return number
    written = tail.group(0)
    return number + (" " if written[:1].isspace() else "") + " ".join(written.split())
