"""Two answers to "Wo ist das genau?" that say only where (helpers' dialog leftovers,
2026-12-07):

- "Vor dem Haus Nr. 12", "vor Nr. 12", "at number 12", "devant le n° 12": a house
  number with words of where before it, and no street. Like the bare "Nr. 12" the
  street is asked for and the number kept for it (`house_number`); it got "Diesen
  Ort kenne ich leider nicht".
- "vor dem Haus Josefstrasse 12", "beim Idaplatz", "in front of Josefstrasse 12":
  words of where and the place's name, nothing else. The classifier may read
  "Haus" as a topic; still it is the place, not maybe a new concern
  ("… ein neues Anliegen oder der Ort für ZH-…?", `where_and_names_only`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot import place_phrase
from bot.dialog import confirming

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# The words of where before a house number: a preposition, an article, "Haus".
_LEAD = re.compile(
    r"^\s*(?:(?:vor|vorem|vorm|bi|bim|bei|beim|am|an|ad|neben|gegenüber|visavis|"
    r"in\s+front\s+of|outside|opposite|next\s+to|near|at|by|"
    r"devant|en\s+face\s+d[eu]|près\s+d[eu]|au|à|"
    r"davanti\s+al|davanti\s+a|di\s+fronte\s+al|vicino\s+al|al|a)\s+)"
    r"(?:(?:dem|em|der|dr|the|le|la|l['’]|il|lo)\s*)?"
    r"(?:(?:haus|huus|hus|hauseingang|house|building|maison|immeuble|casa|palazzo)\s+)?"
    r"(?:(?:numéro|numero|num\.)\s*)?",
    re.IGNORECASE,
)
# "Vor dem Haus 12" without "Nr.": the house noun says the number is one.
_HOUSE_LEAD = re.compile(
    r"^\s*(?:haus|huus|hus|house|building|maison|immeuble|casa|palazzo)\s+", re.IGNORECASE
)


def house_number(text: str) -> re.Match[str] | None:
    """The house number of a line that says nothing else: "Nr. 12" and "Vor dem
    Haus Nr. 12", "at number 12" (group 1: the number). None otherwise."""
    bare = confirming.HOUSE_NUMBER.match(text)
    if bare is not None:
        return bare
    lead = _LEAD.match(text) or _HOUSE_LEAD.match(text)
    if lead is None or lead.end() == 0:
        return None
    return confirming.HOUSE_NUMBER.match(text[lead.end() :])


def where_and_names_only(d: Dialog, text: str) -> bool:
    """A short line of words of where and the names of places the bot knows, and
    nothing else ("vor dem Haus Josefstrasse 12"): the place, never a concern."""
    if not place_phrase.is_place_answer(text):
        return False
    place = d.place(text)
    if not place.mentions:
        return False
    rest = text
    for mention in place.mentions:
        rest = rest.replace(mention.text, " ")
    return place_phrase.where_words_only(rest)
