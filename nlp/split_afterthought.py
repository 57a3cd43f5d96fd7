"""An afterthought at the end of a message: "…, ach ja und die Strassenlampe dort ist
auch kaputt", "…, oh and the streetlight there is broken too".

The resident remembers another matter. `nlp.split.split_concerns` takes the marker
("ach ja", "übrigens", "oh and", "by the way", "au fait", "ah e") as a strong boundary,
and the clause after it opens a new concern when it is one of its own (a confident,
different topic), also when it says where with "dort"/"there" (that names the place,
it does not point back to the same matter: new-user trial k, finding 3, the lamp was
lost in one concern about a man sleeping in the park).

A filler left at the end of a part by a split ("Der Kübel am Idaplatz ist voll, ah",
"The bins are overflowing, oh") goes (trial k, finding 13).
"""

from __future__ import annotations

import re

# The markers, each with the conjunction that may follow it ("ach ja und", "oh and").
_MARKERS = (
    r"(?:ach|ah|oh|aah)\s*,?\s+(?:ja|jo|yes|yeah|oui|sì|si)\b"
    r"|(?:ach|ah|oh)(?=\s*,?\s+(?:und|and|et|e)\s)"
    r"|übrigens|uebrigens|apropos|by\s+the\s+way|btw|au\s+fait|à\s+propos|a\s+proposito"
)
# After a comma, semicolon or sentence end (or a dash), never inside a clause: "ah"
# and "oh" are words of their own there.
_AFTERTHOUGHT = re.compile(
    rf"(?:(?<=[,;.!?])|\s+[-–](?=\s))\s*(?:{_MARKERS})(?!\w)"
    r"\s*,?\s*(?:(?:und|and|et|e)(?!\w)\s*(?:(?:auch|also|aussi|anche)(?!\w)\s*)?)?,?\s*",
    re.IGNORECASE,
)
# A marker inside a connector (the text between two parts).
_IN_CONNECTOR = re.compile(rf"(?<!\w)(?:{_MARKERS})(?!\w)", re.IGNORECASE)
# A filler left at the end of a part: "…, ah", "…, oh", "…, äh".
_FILLER_END = re.compile(
    r"[\s,;]+(?:ah|aah|oh|äh|ähm|eh|ach|ach\s+ja|ah\s+ja|oh\s+ja|oh\s+yes|ah\s+oui)\s*$",
    re.IGNORECASE,
)


def afterthoughts(text: str) -> list[tuple[int, int]]:
    """The spans of the afterthought markers in `text` that may open a new part,
    with the conjunction after them ("ach ja und ", "oh and ")."""
    return [(m.start(), m.end()) for m in _AFTERTHOUGHT.finditer(text) if m.end() < len(text)]


def is_afterthought(connector: str) -> bool:
    """The connector between two parts holds an afterthought marker."""
    return _IN_CONNECTOR.search(connector) is not None


def without_filler(part: str) -> str:
    """The part without a filler word at its end ("…, ah")."""
    trimmed = _FILLER_END.sub("", part)
    return trimmed if trimmed.strip() else part
