"""More about the concern forwarded a moment ago.

"Das isch e Seich, de Kübel isch jedi Wuche voll!!" right after the full bin
at the Idaplatz went to ERZ names no place and has the bin's topic: it says more
about that concern, it is not a new one (the lead's try, 2026-12-06: it was
filed as a second concern and asked "Wo ist das genau?"). The resident is asked
("Gehört das zu ZH-…?"), with the same offer as an answer to the city
(`reply_to_city`): yes adds it to the concern and passes it to the office, no
files it as a new concern.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import nearby, place_answer, references
from bot.dialog.context import Ctx
from nlp.smalltalk import smalltalk
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

MAX_WORDS = 30  # a longer text tells a story of its own
# "Gleich daneben liegt auch noch Sperrmüll", "there is also …": something else.
ANOTHER = re.compile(
    r"\b(?:auch|au|ausserdem|zudem|noch\s+(?:ein|eine|einen|es)|also|too|as\s+well|another|"
    r"aussi|encore\s+un|anche|pure|inoltre|un\s+altro|un'altra|noch\s+(?:etwas|was|öppis|eppis)"
    r"|no\s+(?:öppis|eppis)|öppis\s+anders|etwas\s+anderes|something\s+else|autre\s+chose|altra\s+cosa)\b",
    re.IGNORECASE,
)

# "Gehört noch dazu: es hat auch Ratten": said to belong to it, whatever follows.
BELONGS = re.compile(
    r"\b(?:gehört\s+(?:noch\s+)?dazu|ghört\s+(?:no\s+)?derzue|dazu\s+noch|noch\s+dazu"
    r"|zu\s+(?:meiner|der|dieser)\s+(?:meldung|anliegen)|about\s+(?:my|the)\s+(?:report|concern)"
    r"|(?:à|a)\s+propos\s+de\s+ma\s+demande|riguardo\s+alla\s+(?:mia\s+)?segnalazione)\b",
    re.IGNORECASE,
)
SHORT = 10  # up to this many words without a topic of their own: about the last one


def forwarded_concern(d: Dialog, ctx: Ctx, text: str) -> Concern | None:
    """The concern forwarded within `references.JUST` (30 minutes) that `text` says more about: said
    to belong to it, or of the same topic (confidently), or short and of no
    topic of its own ("È pieno da tre giorni"); no place named, not a question,
    not small talk (thanks, a greeting); else None."""
    if text.rstrip().endswith("?") or len(text.split()) > MAX_WORDS:
        return None  # a question goes to followup
    if smalltalk(text) is not None:
        return None  # "merci viumou", "Hallo zäme": thanks or a greeting says nothing more
    if references.UNDO.search(text) or references.MEANT_PLACE.search(text):
        return None  # "bitte wieder löschen", "ich meinte Josefstrasse 120": undo or correct
    belongs = BELONGS.search(text) is not None
    if not belongs and (ANOTHER.search(text) or nearby.POINTS_TO_PLACE.search(text)):
        return None  # "auch noch", "gleich daneben": another thing, here or there
    concern = references.forwarded_a_moment_ago(ctx)
    if concern is None or concern.urgent:
        return None
    topic, confidence = d.topic_of(text)
    confident = confidence >= d.settings.low_confidence
    same = topic == concern.topic and confident
    unclear = not confident and len(text.split()) <= SHORT
    if not (belongs or same or unclear):
        return None
    if place_answer.names_a_place(d.place(text)):
        return None  # a text that names a place reads as a report of its own
    return concern
