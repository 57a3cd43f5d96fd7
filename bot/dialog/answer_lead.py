"""The words that open an answer, not the place: "Ja, aber beim Helvetiaplatz",
"Nein, Helvetiaplatz", "Also beim Idaplatz", "Yes, but at Helvetiaplatz",
"Oui, mais à la Helvetiaplatz", "Sì, ma al Helvetiaplatz". The place found is
right; only the place label kept them, and /meine showed "Ja, aber beim…"
(new-user trial n, finding 10). They are left out of the label when what
follows them still names the place.
"""

from __future__ import annotations

import re

from bot.dialog import spelling
from nlp.places import PlaceResult

_LEAD = re.compile(
    r"^\W*(?:(?:ja|jo|jaa|jap|jää|yes|yeah|yep|oui|sì|si|nein|nei|nee|nö|no|nope|non|"
    r"also|alsoo|well|so|ok|okay|genau|doch|äh|ähm|eh|ehm|alors|bon|eh\s+bien|allora|beh|dunque|"
    r"sorry|sorri|pardon|entschuldigung|oops|ups|désolé|désolée|scusa|scusi)"
    r"\b[\s,;:.!…-]*)+"
    r"(?:(?:aber|sondern|eher|eigentlich|but|rather|actually|mais|plutôt|ma|piuttosto)\b[\s,;:.!…-]*)*",
    re.IGNORECASE,
)
# The frame of a place said as a sentence: "das ist an der …", "es isch gsi bim …",
# "it was at …", "c'était au …", "era in via …" (new-user trial r, finding 8: the
# label was "das ist an der Zurlindenstrasse"). The preposition goes after it
# (`spelling.without_lead`).
_FRAME = re.compile(
    r"^\W*(?:(?:das|es|des|s|it|that|this|questo)\s+(?:ist|isch|esch|war|wär|is|was|è|era)|"
    r"(?:it|that)['’]s|c['’](?:est|était|etait)|s['’]\s*(?:isch|esch)|è|era|si\s+trova)\b"
    r"(?:\s+(?:gsi|gsii|gewesen))?[\s,;:.!…-]*",
    re.IGNORECASE,
)


def bare(text: str) -> str:
    """`text` without the answer words and the sentence frame it opens with."""
    lead = _LEAD.match(text)
    rest = text[lead.end() :] if lead is not None else text
    frame = _FRAME.match(rest)
    return (rest[frame.end() :] if frame is not None else rest).strip()


def without_answer_words(text: str, place: PlaceResult) -> str:
    """`text` without the answer words and the sentence frame it opens with
    ("Nein, das ist an der Zurlindenstrasse": "an der Zurlindenstrasse"), when
    the rest names the place."""
    rest = bare(text)
    if rest == text.strip():
        return text
    named = any(
        m.text and spelling.spelled(m).casefold() in spelling.respelled(rest, place).casefold()
        for m in place.mentions
    )
    return rest if rest and named else text
