"""A second matter at a place of its own after "und": "de Chübel am Helvetiaplatz isch
übervoll und bi de Bushaltestell Stauffacher liit überall Glas", "il cestino a Idaplatz
è pieno e anche a Bullingerplatz c'è vetro rotto".

The clause after the conjunction opens with where it is and then says what is there;
the part before names a place of its own and says something there too. Two concerns,
whatever their topics: the same topic at two places is two concerns as well (new-user
trial l, finding 5: as one concern the second place was lost). The rule is one of
clause structure and holds in every language: "The bin at Helvetiaplatz is full and
at the Stauffacher bus stop there is glass everywhere" splits too.

A message that merely names two places stays one concern: "Der Kübel zwischen
Idaplatz und Bullingerplatz ist voll" (the part after "und" opens with no place
word), "Der Kübel am Idaplatz und beim Bullingerplatz ist voll" (the part before says
nothing but its place), "… und beim Limmatplatz auch" (the part after says nothing
but its place: `nlp.split_elsewhere` takes that one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.split_announced import PlacesOf, own_places
from nlp.split_elsewhere import place_phrase

# What opens the clause after the conjunction: a preposition of place (de, gsw, en,
# fr, it), maybe with an article, then the place within a few words.
_OPENING = re.compile(
    r"(?:bei|beim|bim|bi|am|an|im|in|auf|uf|vor|hinter|neben|näbe|ab|vom|vo"
    r"|at|on|near|by|in|outside"
    r"|au|aux|à|sur|dans|devant|près\s+de"
    r"|a|al|alla|allo|ai|alle|all['’]|in|nel|nella|sul|sulla|davanti\s+a|vicino\s+a)"
    r"(?=[\s'’])",
    re.IGNORECASE,
)
# How many words the place's name may stand after the opening preposition
# ("bi de Bushaltestell Stauffacher").
_MAX_WORDS_TO_NAME = 4
# What each part must say besides its place: content words (`says` counts them).
MIN_WORDS_BESIDES_PLACE = 2


def opens_place_clause(
    current: str,
    following: str,
    places_of: PlacesOf | None,
    says: Callable[[str], int],
) -> bool:
    """`following` opens with a place of its own and says what is there, and `current`
    names another place and says something there: two matters at two places.
    `says(text)` is the number of content words in `text`."""
    if places_of is None or not own_places(current, following, places_of):
        return False
    rest = _after_opening_place(following, places_of(following))
    if rest is None or says(rest) < MIN_WORDS_BESIDES_PLACE:
        return False
    return says(_without_places(current, places_of(current))) >= MIN_WORDS_BESIDES_PLACE


def _after_opening_place(part: str, names: frozenset[str]) -> str | None:
    """What `part` says after the place it opens with ("bi de Bushaltestell Stauffacher
    liit überall Glas" -> " liit überall Glas"); None when it opens otherwise."""
    opening = _OPENING.match(part.lstrip())
    if opening is None:
        return None
    text = part.lstrip()
    folded = text.casefold()
    ends = [folded.find(n) + len(n) for n in names if folded.find(n) >= opening.end()]
    if not ends:
        return None
    end = min(ends)
    if len(text[opening.end() : end].split()) > _MAX_WORDS_TO_NAME:
        return None
    return text[end:]


def _without_places(part: str, names: frozenset[str]) -> str:
    """`part` without where it is ("Der Kübel am Idaplatz ist voll" -> "Der Kübel  ist
    voll"): the place phrase when it can be found, else the names."""
    span = place_phrase(part, names)
    if span is not None:
        return part[: span[0]] + part[span[1] :]
    for name in names:
        part = re.sub(re.escape(name), " ", part, flags=re.IGNORECASE)
    return part
