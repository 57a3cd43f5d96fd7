"""A resident who changes their mind: "abbrechen", "nein doch nicht, vergiss es",
"lass es sein", "never mind", "laisse tomber", "lascia perdere" take the open
concern back when the message says nothing else."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)

# "abbrechen", "nein doch nicht, vergiss es": the resident changed their mind.
_CALL_OFF = (
    r"abbrechen|abbruch|stopp?|vergiss (es|das)|vergessen sie (es|das)|vergesst (es|das)|"
    r"lass(en sie)? (es|das)( sein| bleiben)?|hat sich erledigt|cancel|forget (it|about it)|"
    r"never ?mind|annule[rz]?|laisse[zr]? tomber|oublie[zr]?( ça| ca)?|annulla(te|re)?|"
    r"lascia(te)? (perdere|stare)"
)
# Not "non importa": at a place question it says "no matter where" (new-user check
# after trial f: "La lampada è rotta", "non importa" threw the lamp away).
CALL_OFF = re.compile(rf"\b({_CALL_OFF})\b", re.IGNORECASE)
# Words around it that say no more ("nein", "doch nicht", "sorry", "bitte").
_AROUND_CALL_OFF = re.compile(
    r"\b(nein|nei|no|non|nope|doch nicht|lieber nicht|ach|oh|ah|äh|ok|okay|also|dann|"
    r"bitte|danke|merci|grazie|thanks|sorry|entschuldigung|pardon|scusi|scusa|"
    r"eigentlich|egal|please|alors|allora|well|actually|en fait|in realtà|es|das|ist|"
    r"schon gut|wieder|mal|einfach|just|it|all)\b",
    re.IGNORECASE,
)


def calls_off(text: str) -> bool:
    """The whole message takes the open concern back, and says nothing else."""
    if CALL_OFF.search(text) is None:
        return False
    rest = _AROUND_CALL_OFF.sub(" ", CALL_OFF.sub(" ", text))
    return _WORDS.search(rest) is None
