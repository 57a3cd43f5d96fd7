"""An ordinary concern, then an emergency, with no cue between: "Die Parkbank … ist kaputt.
Dort liegt ein Mann bewusstlos am Boden!" (new-user trial f, finding 5).

When `nlp.split.split_concerns` is given `urgent_of`, a plain sentence end (`sentence_ends`)
may split too: what comes before it is a concern of its own when it is no plea ("Hilfe,
mein Vater ist gestürzt. …" is one), the classifier is sure of its topic or it asks an
ordinary question ("Wo kann ich Sperrmüll abgeben?"; not one asking for help), and it is
no emergency while what follows is (`emergency_follows`). Whether both parts are concerns
and the one after does not point back or go on is for `nlp.split` to say, as for any
boundary.

A plain "und" before what is there ("Die Lampe … ist kaputt und da liegt ein Mann am Boden
der blutet", "… and there is a man bleeding", "… et il y a un homme qui saigne", "… e c'è
un uomo …") splits too when before it is an ordinary concern the classifier is sure of
and after it an emergency (`emergency_there`; new-user trial q, finding 6). "Es brennt und da
raucht es stark" is one emergency (both sides are), and "a man collapsed and is not
breathing" has no "there".

Neither splits after a part that only says where the writer is ("Ich bin an der
Josefstrasse", "I'm at Idaplatz", "je suis à …", "sono in …": `only_whereabouts`): that
is where the emergency is, not a concern of its own, however sure the classifier is of
the part's topic (a retrained model was 0.75 sure of "Ich bin an der Josefstrasse").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from nlp.smalltalk import smalltalk
from nlp.urgent.hints import HINT_SEARCH
from nlp.urgent.whereabouts import only_whereabouts

# A sentence end followed by a word: in a message with an emergency, what comes before
# it may be a concern of its own. The punctuation stays with the sentence ("Wo kann ich
# Sperrmüll abgeben?" is a question); French sets a space before it ("Où puis-je jeter
# un canapé ? Au secours, …"). `nlp.split` reads a part's first sentence with it too.
SENTENCE_END = re.compile(
    r"(?:(?<=[^\W\d_][.!?])|(?<=[.!?][.!?])|(?<=[^\W\d_]\s[?!]))\s+(?=[^\W\d_])"
)
# A question about an ordinary matter ("Wo kann ich Sperrmüll abgeben?", "Où puis-je
# jeter un vieux canapé?", "Dove posso buttare un vecchio divano?") before an
# emergency is a concern of its own, however unsure the classifier is of its topic
# (French and Italian questions score lower than English and German ones: the U6
# check found them folded into the emergency). Not a question asking for help.
_ORDINARY_QUESTION = re.compile(
    r"^\W*(?:wo|wohin|wann|wie\s+kann|where|when|how\s+(?:can|do)|où|quand|comment|dove"
    r"|quando|come\s+(?:posso|si))\b[^?]*\?$",
    re.IGNORECASE,
)
_ASKS_FOR_HELP = re.compile(
    r"hilf|helf|help|aide|aider|aiut|secours|polizei|police|polizia|ambulan|feuerwehr|pompier"
    r"|sanität|notruf|anruf|call|appeler|chiamare",
    re.IGNORECASE,
)


# A plea before the sentence end belongs to the emergency after it.
_PLEA = re.compile(
    r"\b(?:hilfe|help|sos|au\s+secours|aiuto|notfall|emergency|urgence|emergenza)\b", re.I
)


def sentence_ends(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of each sentence end in `text` that is not its last and touches
    none of the connectors `taken` (a cue, a bullet, a new line already splits there)."""
    return [
        (m.start(), m.end())
        for m in SENTENCE_END.finditer(text)
        if m.end() < len(text) and not any(a <= m.end() and m.start() <= b for a, b in taken)
    ]


def emergency_follows(
    current: str,
    following: str,
    sure: Callable[[str], bool],
    urgent_of: Callable[[str], bool],
) -> bool:
    """`current`, the sentence(s) before a plain sentence end, is an ordinary concern and
    `following` an emergency: split there. `sure(part)`: the classifier is sure of the
    part's topic."""
    if _PLEA.search(current) or says_where_only(current):
        return False  # "Hilfe, mein Vater ist gestürzt. Er bewegt sich nicht": one plea
    asked = _ORDINARY_QUESTION.match(_without_greeting(current)) is not None
    asks = asked and not _ASKS_FOR_HELP.search(current)
    if not sure(current) and not asks:
        return False
    return not urgent_of(current) and urgent_of(following)


def says_where_only(part: str) -> bool:
    """The part only says where the writer is ("Ich bin an der Josefstrasse"): where
    what follows happens, no concern of its own."""
    return only_whereabouts(part.lower(), HINT_SEARCH.found_in)


# "Bonjour, quand …?": a greeting before the question (new-user trial g, finding 7).
_GREETING_FIRST = re.compile(r"^\W*([^,.!?]+)[,.!]\s*(\S.*)$", re.DOTALL)


def _without_greeting(part: str) -> str:
    """The part without a greeting it opens with ("Bonjour, ", "Grüezi! ")."""
    first = _GREETING_FIRST.match(part)
    talk = smalltalk(first.group(1)) if first else None
    return first.group(2) if first and talk is not None and talk.kind == "greeting" else part


# What is there, after a plain "und"/"and"/"et"/"e": "da liegt …", "dort sitzt …", "there
# is …", "il y a …", "c'è …", gsw "det liit …".
_THERE_NOW = re.compile(
    r"^\W*(?:(?:da|dort|dört|det|do|là|lì|li)\s+(?:liegt|liegen|liit|lit|ist|sind|isch|sitzt"
    r"|sitzen|steht|stehen|stoht|hat\s+es|hets|het\s+s|hät\s+s|gibt\s+es|git\s+s|rennt|läuft"
    r"|is|are|il\s+y\s+a|y\s+a|c['’]è|ci\s+sono)"
    r"|there\s+(?:is|are|was|were)|there['’]s|il\s+y\s+a|y\s+a|c['’]è|ci\s+sono)\b",
    re.IGNORECASE,
)


def emergency_there(
    current: str,
    following: str,
    sure: Callable[[str], bool],
    urgent_of: Callable[[str], bool],
) -> bool:
    """`current` and `following`, joined by a plain conjunction, are an ordinary concern
    and an emergency that is there ("… ist kaputt und da liegt ein Mann am Boden"): split
    there. `sure(part)`: the classifier is sure of the part's topic ("Ich bin an der
    Josefstrasse und da liegt …" is one emergency). Not the other way round: after "es
    brennt im Keller", "und da ist überall Rauch" is the same fire, whatever it reads as."""
    if _THERE_NOW.match(following) is None or urgent_of(current) or says_where_only(current):
        return False
    return sure(current) and urgent_of(following)
