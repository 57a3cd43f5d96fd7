"""Someone who says they stand on a bridge, a roof or a railing right now: a crisis.

"Ich stehe gerade auf der Kornhausbrücke" (5 words) was no alarm: the short-text guard
of nlp.urgent.detector wants a word of danger, and a bridge is none. Someone who writes
only that they are on a bridge, a roof or a railing ("I'm standing on the bridge right
now", "je suis sur le pont", "sono sul ponte") may be about to jump: the crisis answer
(Die Dargebotene Hand, 143).

Only the whole line counts: the writer (first person), on (not beside: "Ich bin gerade
an der Hardbrücke" is a whereabouts) such a place, now, and at most a few words more
that say which one ("beim Bahnhof", "über der Limmat"). A line that goes on to a
matter ("Ich stehe gerade auf der Brücke beim Bahnhof, der Kübel ist voll") is an
ordinary report: `edge_opener_rest` gives the matter for the model to read alone
(nlp.urgent.whereabouts), unless it holds a word of a crisis ("… und will nicht mehr").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.urgent.crisis import crisis_words
from nlp.urgent.edges import EDGE

CATEGORY = "suicide"

# The words of a greeting, in the bot's languages: the one list (closing note, item
# 4: bot.dialog.announced and nlp.urgent.how_to had wider and narrower copies).
GREETING_WORDS = (
    r"hallo|hoi|grüezi|gruezi|grüessech|guten\s+tag|guete\s+tag|sali|salü|hi|hello|hey"
    r"|good\s+(?:morning|afternoon|evening)|bonjour|salut|ciao|buongiorno|buonasera"
)
# A greeting before the line ("Hallo, ich bin …"); also nlp.urgent.whereabouts',
# bot.dialog.where_first's and bot.dialog.announced's.
GREETING = rf"(?:(?:{GREETING_WORDS})\W+)?"
# The writer, now there (not "I live", "I wait": someone may wait on a bridge for a friend).
_I_AM = (
    r"(?:ich\s+(?:bin|stehe|steh|sitze|sitz|hocke)|i\s+(?:bi|stah|stoh|hock|sitz)|bin|stehe"
    r"|i\s+am(?:\s+(?:standing|sitting))?|i['’]m(?:\s+(?:standing|sitting))?"
    r"|je\s+suis(?:\s+(?:debout|assise?))?|je\s+me\s+tiens|sono(?:\s+(?:in\s+piedi|sedut[oa]))?"
    r"|mi\s+trovo|sto)"
)
_NOW = (
    r"(?:gerade|grad|grade|jetzt|jetz|momentan|im\s+moment|right\s+now|now|currently"
    r"|actuellement|maintenant|en\s+ce\s+moment|adesso|ora|in\s+questo\s+momento)"
)
# On top of it, with its article.
_ON = (
    r"(?:auf|uf|on|sur|sul|sulla|sullo|su)(?:\s+(?:der|dem|den|de|em|d|the|a|le|la|un|une|il"
    r"|lo|una|un'|l['’]))?\s*"
)
# A bridge (also as a compound's tail: "Kornhausbrücke", "Hardbrugg"), a roof, a railing,
# a ledge (nlp.urgent.edges).
_EDGE = EDGE
# Which one: a few words after a word of place ("beim Bahnhof", "über der Limmat",
# "des Hochhauses", "over the river"); "im Stau" says something else.
_WHICH = (
    r"(?:\s+(?:beim|bei|bim|bi|über|ueber|am|vom|von|vo|des|der|near|by|over|above|of|at"
    r"|près|au-dessus|du|de|des|vicino|sopra|del|della|dello|di)\b(?:\s+[\w.'’/-]+){1,3}?)?"
)
_LINE = re.compile(
    rf"^\W*{GREETING}{_I_AM}(?:\s+{_NOW})?\s+{_ON}(?P<edge>{_EDGE})(?P<which>{_WHICH})"
    rf"(?:,?\s+{_NOW})?\W*$"
)
# The same opener followed by more: it ends at a stop, a comma or a joint.
_OPENER = re.compile(
    rf"^\W*{GREETING}{_I_AM}(?:\s+{_NOW})?\s+{_ON}{_EDGE}(?:\s+[\w.'’/-]+){{0,4}}?"
    rf"(?:,?\s+{_NOW})?(?:\s*[.,;:!]\s*|\s+(?=(?:und|and|et|e|da|do|dort|there|hier|here|ici"
    rf"|qui)\b))"
)

_AND = re.compile(r"^(?:und|and|et|e)\s+")


def on_the_edge(low: str, hints_at_danger: Callable[[str], bool]) -> str | None:
    """The words of a lower-cased line that only says the writer is on a bridge, a roof
    or a railing now; None for anything else (a word of danger in its "which one" part
    is a report: "Ich stehe auf der Brücke beim brennenden Auto")."""
    match = _LINE.match(low.strip())
    if match is None or hints_at_danger(match.group("which")):
        return None
    return match.group(0).strip(" \t.!?,")


def edge_opener_rest(low: str) -> str | None:
    """What follows an opening "ich stehe gerade auf der Brücke beim Bahnhof," in a
    lower-cased text when it is a matter with no word of a crisis ("der Kübel ist
    voll"); None when there is no such opener, nothing follows, or it speaks of a crisis."""
    match = _OPENER.match(low)
    if match is None:
        return None
    rest = _AND.sub("", low[match.end() :].strip(), count=1)  # "e c'è …" scored 0.63, "c'è …" 0.47
    if len(rest.split()) < 2 or crisis_words(rest):
        return None
    return rest
