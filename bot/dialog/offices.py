"""An office named by the resident at the confirmation: "nein, das gehört zu
Grün Stadt Zürich", "zuständig ist das ERZ", "Tiefbauamt". Each department
handles one topic, so naming it chooses that topic."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# Abbreviations residents use for offices (the routing table's codes); the
# other codes are too short or too close to words ("sa", "spa", "kul").
KNOWN_CODES = frozenset({"erz", "gsz", "vbz", "ewz", "stapo", "ugz"})
# "gehört zu …", "zuständig ist …": the resident says whose matter it is.
WHOSE = re.compile(
    r"\b(gehört|ghört|zuständig|sache\s+(von|der|des)|belongs|responsible|relève|"
    r"compete|competenza)\b",
    re.IGNORECASE,
)
ONLY_A_NAME_WORDS = 4  # "Grün Stadt Zürich", "das ERZ": a name and little else


def _names(name: str) -> list[str]:
    """'Elektrizitätswerk der Stadt Zürich' also as 'Elektrizitätswerk'."""
    short = re.sub(r"\s+(der\s+stadt\s+)?zürich$", "", name, flags=re.IGNORECASE)
    short = short.split(" / ")[0]
    return [n for n in dict.fromkeys([name, short]) if len(n) >= 4]


def named_topic(d: Dialog, text: str, correcting: bool) -> str | None:
    """The topic whose office `text` names, when it says whose matter it is
    (or is a correction, or hardly more than the name); else None."""
    words = len(text.split())
    if not (correcting or WHOSE.search(text) or words <= ONLY_A_NAME_WORDS):
        return None
    found: set[str] = set()
    for code in d.routing.topics:
        office_code = d.routing.route(code, 1.0, None).office
        office = d.routing.offices.get(office_code)
        if office is None or office.kreise:  # a coordination office: no one topic
            continue
        names = [*_names(office.name), *([office.code] if office.code in KNOWN_CODES else [])]
        if any(re.search(rf"\b{re.escape(n)}\b", text, re.IGNORECASE) for n in names):
            found.add(code)
    return found.pop() if len(found) == 1 else None
