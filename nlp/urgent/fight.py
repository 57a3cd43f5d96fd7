"""A fight going on now is an emergency (police 117); fights that recur are a safety concern.

"Vor der Bar gibt es eine Schlägerei" (there is a fight, now) scored 0.26 from the model
and the rules read "Schlägerei" only next to a word of now ("gerade", "!"): the fight
was filed as an ordinary concern. "Jedes Wochenende gibt es Schlägereien vor der Bar",
"Jedes Wochenende prügeln sich Jugendliche vor der Bar" (every weekend, fights) is a
safety concern for the police and the neighbourhood office, not an emergency, and so is
a fight of the past ("Letzte Woche gab es eine Schlägerei", the rules' guards).

`fight_now`: one fight that there is (singular, present): "es gibt eine Schlägerei",
"da ist eine Prügelei", "es hät e Schlägerei", "there is a fight", "a fight has broken
out", "il y a une bagarre", "c'è una rissa". `recurring`: a word of again and again
("jedes Wochenende", "immer wieder", "every weekend", "souvent", "ogni sera") with no
word of now ("gerade", "right now") besides.
"""

from __future__ import annotations

import re

from nlp.urgent.fastre import Substrings

CATEGORY = "violence"

_FIGHT = (
    r"(?:schlägerei|schlegerei|prügelei|prüglerei|keilerei|massenschlägerei|fight|brawl"
    r"|fistfight|bagarre|rixe|rissa|zuffa|scazzottata)"
)
_FIGHT_NOW = re.compile(
    r"\b(?:(?:es\s+)?(?:gibt|git|gits|hat|hät|het|häts|hets)\s+(?:es\s+|s\s+)?(?:da\s+|dort\s+|grad\s+|gerade\s+|jetzt\s+)*"
    r"|(?:da|dort|det|hier|do)\s+(?:ist|isch)\s+(?:grad\s+|gerade\s+|jetzt\s+)*"
    r"|there\s+is\s+(?:\w+\s+)?|there['’]s\s+(?:\w+\s+)?|il\s+y\s+a\s+(?:\w+\s+)?|c['’]è\s+(?:\w+\s+)?)"
    r"(?:eine|e|ä|en|a|an|une|una)\s+(?:\w+\s+)?" + _FIGHT + r"\b"
    r"|\b(?:a|une|una)\s+(?:\w+\s+)?"
    + _FIGHT
    + r"\s+(?:is\s+going\s+on|has\s+(?:just\s+)?broken\s+out"
    r"|broke\s+out|is\s+happening|est\s+en\s+cours|vient\s+d['’]éclater|éclate|a\s+éclaté"
    r"|è\s+scoppiata|in\s+corso)\b"
)
STEMS = (
    "schläger", "schleger", "prügel", "prügler", "keilerei", "fight", "brawl", "bagarre",
    "rixe", "rissa", "zuffa", "scazzott", "schlagen sich", "schlönd sich",
)  # fmt: skip
# Again and again, every so often: no fight going on now.
_RECURRING = re.compile(
    r"\b(?:jede[nrs]?|immer\s+wieder|immer\s+öfter|oft|öfters|öppe|häufig|ständig|dauernd"
    r"|regelmässig|meistens|wochenends|an\s+wochenenden|am\s+wochenende|jeweils|all\s+weekend"
    r"|every|each|often|always|regularly|constantly|frequently|repeatedly|again\s+and\s+again"
    r"|(?:at|on)\s+weekends|chaque|souvent|toujours|régulièrement|tous\s+les|toutes\s+les"
    r"|le\s+week-end|ogni|spesso|sempre|regolarmente|tutti\s+i|tutte\s+le|nei\s+fine\s+settimana"
    r"|schlägereien|schlegereien|prügeleien|fights|brawls|bagarres|rixes|risse)\b"
)
_NOW = re.compile(
    r"\b(?:gerade|grad|grade|jetzt|jetz|soeben|im\s+moment|right\s+now|just\s+now|now"
    r"|en\s+ce\s+moment|maintenant|adesso|ora|in\s+questo\s+momento)\b"
)

_STEMS = Substrings(STEMS)


def fight_now(low: str) -> str | None:
    """The words of one fight going on now in a lower-cased text, or None."""
    if not _STEMS.found_in(low) or recurring(low):
        return None  # (recurring reads the stems too)
    found = _FIGHT_NOW.search(low)
    return None if found is None else found.group(0).strip()


def recurring(low: str) -> bool:
    """A lower-cased text about fights (a brawl, people who fight each other) again and
    again ("jedes Wochenende"), with no word of now besides; a child hit "immer wieder"
    is no brawl."""
    return _STEMS.found_in(low) and _RECURRING.search(low) is not None and _NOW.search(low) is None
