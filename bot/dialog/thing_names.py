"""The same thing in other words: "Abfalleimer" for "Kübel", "rubbish bin" for "bin".

New-user trial p, left from finding 7: "Der Abfalleimer am Idaplatz quillt über"
right after "Der Kübel am Idaplatz ist voll" went out shares no word with it, so
`reported_again` (which wants a word of the same thing) filed it again. Residents
name the everyday things of their concerns in several words; each family here is
one thing, in the bot's languages, by the words it is called (a compound ends with
one: "Strassenlaterne", "Mülleimer", "Papierkorb").

Only names of a thing: "voll"/"quillt über" say what is wrong, and another thing at
the same place ("ein altes Sofa", "Glasscherben", a lamp after a bin) is in no
family or in another one, and is filed.
"""

from __future__ import annotations

import re

# Each family: the words one thing goes by (a word of a text is of the family when it
# is one of them or, for those of five letters or more, ends with one).
_FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(words.split())
    for words in (
        # a litter bin
        "kübel chübel eimer tonne papierkorb abfallbehälter güselchübel güselkübel"
        " bin bins dustbin trashcan wastebasket"
        " poubelle poubelles corbeille corbeilles"
        " cestino cestini bidone bidoni pattumiera secchione",
        # a street lamp
        "lampe lampen laterne laternen leuchte kandelaber strassenbeleuchtung"
        " lamp lamps streetlight streetlights streetlamp streetlamps lamppost"
        " lampadaire lampadaires réverbère réverbères"
        " lampione lampioni",
        # a bench
        "sitzbank bänkli parkbank bench benches banc bancs panchina panchine",
    )
)
# Two-word names of one thing ("trash can", "litter bin"), read as one word.
_PAIRS = re.compile(
    r"\b(?:trash|garbage|rubbish|litter|waste)\s+(?:can|bin)s?\b|\bstreet\s+lamps?\b",
    re.IGNORECASE,
)
_PAIR_WORD = {"can": "bin", "cans": "bin", "lamp": "lamp", "lamps": "lamp"}
_WORD = re.compile(r"\w+")


def same_kind(text: str, before: str) -> bool:
    """`text` names a thing of a family `before` names too (see above)."""
    one, two = _families(text), _families(before)
    return bool(one & two)


def names_a_thing(text: str) -> bool:
    """`text` names a thing of a family ("der Kübel", "il cestino", "the lamp")."""
    return bool(_families(text))


# A word's families by its name: the families whose words include it (`_WHOLE`), and
# those of a name of five letters or more it ends with (`_ENDS`: its endings of
# `_SHORTEST` to `_LONGEST` letters looked up, not every name of every family tried
# on every word of a text, which was the dialog's most called line).
_WHOLE: dict[str, frozenset[int]] = {}
_ENDS: dict[str, frozenset[int]] = {}
for _i, _family in enumerate(_FAMILIES):
    for _w in _family:
        _WHOLE[_w] = _WHOLE.get(_w, frozenset()) | {_i}
        if len(_w) >= 5:
            _ENDS[_w] = _ENDS.get(_w, frozenset()) | {_i}
_SHORTEST = 5
_LONGEST = max(len(w) for w in _ENDS)


def _families(text: str) -> set[int]:
    text = _PAIRS.sub(lambda m: _PAIR_WORD.get(m.group().split()[-1].casefold(), "bin"), text)
    found: set[int] = set()
    for word in _WORD.findall(text.casefold()):
        found |= _of_word(word)
    return found


def _of_word(word: str) -> frozenset[int]:
    """The families `word` is of: one of their names, or ending with one of five
    letters or more."""
    found = _WHOLE.get(word, frozenset())
    size = len(word)
    for start in range(max(0, size - _LONGEST), size - _SHORTEST + 1):
        ends = _ENDS.get(word[start:])
        if ends is not None:
            found = found | ends
    return found
