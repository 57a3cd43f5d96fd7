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
    r"also|alsoo|well|so|ok|okay|genau|doch|äh|ähm|eh|ehm|alors|bon|eh\s+bien|allora|beh|dunque)"
    r"\b[\s,;:.!…-]*)+"
    r"(?:(?:aber|sondern|eher|eigentlich|but|rather|actually|mais|plutôt|ma|piuttosto)\b[\s,;:.!…-]*)*",
    re.IGNORECASE,
)


def without_answer_words(text: str, place: PlaceResult) -> str:
    """`text` without the answer words it opens with, when the rest names the place."""
    lead = _LEAD.match(text)
    if lead is None or lead.end() == 0:
        return text
    rest = text[lead.end() :].strip()
    named = any(
        m.text and spelling.spelled(m).casefold() in spelling.respelled(rest, place).casefold()
        for m in place.mentions
    )
    return rest if rest and named else text
