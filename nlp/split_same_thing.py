"""A part that goes on about a thing of the part before: "… mehrere Kartonschachteln,
die vom Regen schon ganz aufgeweicht sind, …, und die Schachteln sind inzwischen über
das ganze Trottoir verteilt".

The same pile of bulky waste, not a second matter: its boxes are the boxes named
before. `nlp.split.split_concerns` split it off, since the classifier read the
pavement (roads) in the new part and the waste in the first, and the office got two
cards at one address for one matter (new-user trial m, finding 10). A part whose
subject (the noun after its article: "die Schachteln", "the bin", "le conteneur") is
a thing the part before named (the same word, its stem, or the head of a compound
there: "Kartonschachteln") and that names no place of its own goes on with that
concern. A thing at another place is another concern ("… und der Kübel am
Limmatplatz stinkt": `own_places`), and so is another thing ("… und die Lampe
daneben ist kaputt").
"""

from __future__ import annotations

import re

from nlp.split_announced import PlacesOf

# The subject a part opens with: an article or a possessive, then the noun.
_SUBJECT = re.compile(
    r"\W*(?:der|die|das|den|dem|unser|unsere|d|de|s|the|our|this|these|le|la|les|l['’]"
    r"|ce|cette|ces|il|lo|gli|questo|questa|quel|quella)\s*(?<=\s|['’])(\w+)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
# What follows "das"/"the" when it is no noun: "und das ist gefährlich", "and the
# same …", "et le même".
_NO_NOUN = frozenset(
    " ".join(
        [
            "ist sind war waren hat haben wird isch het hät git gibt kann muss",
            "ganze gleiche gleichen selbe same other next is are was were est sont",
            "même autre è sono stesso stessa",
        ]
    ).split()
)
_ENDING = re.compile(r"(?:en|er|es|e|n|s)$")
MIN_NOUN = 3  # "bin", "Velo"
MIN_HEAD = 5  # the head of a compound: "Schachteln" in "Kartonschachteln", not "ein"


def same_thing(current: str, following: str, places_of: PlacesOf | None) -> bool:
    """`following` opens with a thing `current` named and names no place of its own."""
    found = _SUBJECT.match(following)
    if found is None or found.group(1).casefold() in _NO_NOUN:
        return False
    if places_of is not None and not places_of(following) <= places_of(current):
        return False  # the thing at a place of its own: another concern
    noun = found.group(1).casefold()
    return any(_same_word(noun, w) for w in _WORD.findall(current.casefold()))


def _same_word(noun: str, word: str) -> bool:
    if noun == word or _ENDING.sub("", noun) == _ENDING.sub("", word):
        return len(_ENDING.sub("", noun)) >= MIN_NOUN
    return len(noun) >= MIN_HEAD and len(word) > len(noun) and word.endswith(noun)
