"""A first line that says only where: kept for the next line, not filed.

Residents often say where before what: "Ich wohne an der Josefstrasse 12", "Am
Idaplatz", then "Da liegt ein Sofa auf dem Trottoir". Such a line is the start
of a concern ("Ich höre zu"), and the next line joins it.

New-user trial o, finding 3: "Ich bin am Idaplatz" got a card (Abfall, to the
coordination office: the topic model was sure enough of four words), "Hi, I
live at Josefstrasse 12" and "I am at Idaplatz right now" a topic choice, and
the concern that followed was filed as a second one while the first waited.
Now a greeting such as "Hi," before "I live" counts, and a line of the form "I
am / stand (now) at PLACE (now)" (nlp.urgent.whereabouts) that names a place
says only where, like "Josefstrasse 12".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import place_answer, residence
from nlp.urgent.on_edge import GREETING
from nlp.urgent.whereabouts import only_whereabouts

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
RESIDENCE = re.compile(
    rf"^\W*{GREETING}(?:ich\s+wohne|wir\s+wohnen|i\s+live|we\s+live|"
    r"j'habite|nous\s+habitons|abito|abitiamo)\b",
    re.IGNORECASE,
)


def says_where_not_what(d: Dialog, text: str, fragment_words: int) -> bool:
    """Whether the line says where (the home, or where the resident is, or a bare
    place) and not yet what."""
    if home_line(d, text, fragment_words) or place_answer.only_a_place(d, text):
        return True
    return only_whereabouts(text.lower(), lambda _: False) and place_answer.names_a_place(
        d.place(text)
    )


def home_line(d: Dialog, text: str, fragment_words: int) -> bool:
    """'Ich wohne an der Josefstrasse 12', also 'Ich wohne an der Weinbergstrasse
    30, aber das Problem ist am Idaplatz': where, and not yet what (a longer
    line only when its topic is unclear)."""
    if RESIDENCE.search(text) is None:
        return False
    words = len(text.split())
    if words <= 10:
        return True
    # Longer: only the home and a place ("aber das Problem ist am Idaplatz"), not a
    # whole concern the bot is unsure of ("…, mais la poubelle à l'Idaplatz est pleine").
    rest = residence.without_home(text)
    return (
        words <= 3 * fragment_words
        and len(_WORDS.findall(rest)) <= 6
        and d.topic_of(text)[1] < d.settings.low_confidence
    )
