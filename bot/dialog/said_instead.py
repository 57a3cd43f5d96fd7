"""A place corrected inside the line: the place after "nein" is the place.

New-user trial o, finding 6: "Die Lampe an der Josefstrasse 12, nein 21 meine ich,
ist kaputt" went out for Josefstrasse 12, "Der Kübel an der Langstrasse 10 nein 100
ist voll" for Langstrasse 10, and "Die Lampe am Idaplatz, nein Moment, am
Bullingerplatz ist kaputt" was asked which of the two it is. The text the place is
read from (`Dialog.about_place`, through `residence.concern_place_text`) leaves out
what the resident took back; the stored text stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from nlp.places import PlaceResult

# What takes the place before back: "nein", "nein Moment", "sorry, ich meine",
# "oder besser", "I mean", "non", "pardon, je veux dire", "anzi", "no, intendo".
_TAKE_BACK = (
    r"(?:nein|nei|nee|nö|äh|ähm|oh|sorry|pardon|excusez|scusa|scusi|no|non|nope|anzi"
    r"|oder\s+besser|besser\s+gesagt|o\s+meglio|plutôt|rather|moment|momentli|warte"
    r"|ich\s+meine|ich\s+mein|i\s+mein|i\s+mean|je\s+veux\s+dire|intendo|volevo\s+dire)"
)
# The words between the two places: take-back words only (and a preposition).
_BETWEEN = re.compile(
    rf"^[\s,;:.!–-]*{_TAKE_BACK}(?:[\s,;:.!–-]+{_TAKE_BACK})*[\s,;:.!–-]*"
    r"(?:(?:an|in|auf|bei|vor)\s+der|am|an|beim|bim|bi\s+de[rm]?|im|at|on|near|à|au|près\s+de"
    r"|al|alla|in)?\s*$",
    re.IGNORECASE,
)
# "Josefstrasse 12, nein 21 (meine ich)": the number after the take-back.
_NUMBER = re.compile(
    rf"(?P<street>[^\W\d_][\w.-]*\s*)(?P<old>\d{{1,4}}(?:\s?[a-z]\b)?)[\s,;:.!–-]*{_TAKE_BACK}"
    rf"(?:[\s,;:.!–-]+{_TAKE_BACK})*[\s,;:.!–-]+(?P<new>\d{{1,4}}(?:\s?[a-z]\b)?)\b"
    r"(?:[\s,]+(?:meine\s+ich|mein\s+i|meinte\s+ich|i\s+mean|je\s+veux\s+dire|intendo))?",
    re.IGNORECASE,
)


def corrected(text: str, place: Callable[[str], PlaceResult]) -> str:
    """`text` without the place the resident took back in the same line; `text`
    itself when nothing was taken back."""
    for mention in place(text).mentions:
        if mention.kind != "address":
            continue
        number = _NUMBER.match(text, mention.start)
        if (
            number is not None
            and number.group("street").strip()
            and mention.text.endswith(number.group("old").strip())
        ):
            return text[: number.start("old")] + number.group("new") + text[number.end() :]
    mentions = sorted(place(text).mentions, key=lambda m: m.start)
    for before, after in pairwise(mentions):
        between = text[before.start + len(before.text) : after.start]
        if _BETWEEN.match(between):
            return text[: before.start] + text[after.start :]
    return text
