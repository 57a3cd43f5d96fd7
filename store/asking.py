"""Does staff's answer (/antwort) ask the resident something? The one definition
(`asks`) the dialog goes by (`store.answered.LatestAnswer.asked`)."""

from __future__ import annotations

import re

# A link: "https://…", "www.…", or a domain with a path or query
# ("stadt-zuerich.ch/abfall?x=1"), up to the next space.
_LINK = re.compile(
    r"\b(?:https?://|www\.|[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}(?=[/?#]))[^\s<>\"']*",
    re.IGNORECASE,
)
# What ends a sentence right after a link is not part of it ("…/abfall?").
_TAIL = re.compile(r"[.,;:!?)\]»\"']+$")


def asks(note: str | None) -> bool:
    """Staff's answer asks the resident something: a "?" anywhere in it ("In
    welchem Hinterhof genau? Strasse und Hausnummer würden helfen.", not only at
    its end), but not one inside a link ("Siehe
    https://www.stadt-zuerich.ch/abfall?x=1"); one ending the sentence right
    after a link still asks ("Kennen Sie https://www.stadt-zuerich.ch/abfall?")."""
    return "?" in _LINK.sub(_tail, note or "")


def _tail(link: re.Match[str]) -> str:
    """Of a link, only the punctuation that ends the sentence after it."""
    tail = _TAIL.search(link.group())
    return tail.group() if tail is not None else ""
