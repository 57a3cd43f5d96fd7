"""A question about something the resident already reported.

"Ist der Kübel am Idaplatz jetzt geleert?", written days after reporting the
full bin, is not a new concern: it gets where that concern stands (trial
2026-12-06 b: it was filed again, a second concern for the same bin). Only a
question, of the same topic as an open concern of theirs and, when it names a
place, at the same place.

"Wann wird das repariert?", "Wie lang gaht das öppe?" right after a report
names nothing: it asks when, about the resident's open concerns. It gets their
status and the plain truth that the office plans the date (the lead's try,
2026-12-06: both were kept as the start of a new concern, and the next line was
filed together with them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import references
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from store import repository as repo
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

QUESTION_WORDS = 16  # a longer text says more than a question about a concern
OPEN = (Status.FORWARDED, Status.IN_PROGRESS)
SHOWN = 3

_PRONOUN = r"(?:das|es|des|dä|de|sie|er|it|this|that|they)"
_FILLER = r"(?:(?:endlich|denn|eigentlich|öppe|etwa|wohl|dänn|äntli|ungefähr|noch|no|finally)\s+)*"
_DONE = (
    r"(?:repariert|erledigt|gemacht|behoben|geflickt|gflickt|gmacht|erlediget|ersetzt|"
    r"geräumt|gruumt|gereinigt|putzt|geputzt|abgeholt|weggeräumt|entfernt|fertig|"
    r"geleert|gläärt|glärt|gelehrt|gemäht|gschnitte|geschnitten|ersetzt|montiert|"
    r"fixed|repaired|done|sorted|cleaned(?:\s+up)?|removed|emptied|replaced|mowed|cut)"
)
# A question about when, that names no object of its own: about what was reported.
WHEN = re.compile(
    r"^\W*(?:(?:und|and|et|e|aber|but)\s+)?(?:"
    rf"wann\s+(?:wird|wirds|werden|isch|ist|sind)\s+{_PRONOUN}\s+{_FILLER}{_DONE}"
    r"|wann\s+(?:kommt|chunnt|chömed|kommen)\s+(?:endlich\s+|äntli\s+|dänn\s+)?(?:jemand|öpper|öpert)"
    r"|wie\s+lang(?:e)?\s+(?:gaht|goht|gahts|gohts|duurets|duuret|dauerts|dauert|geht)"
    rf"(?:\s+{_PRONOUN})?(?:\s+(?:öppe|etwa|noch|no|ungefähr|denn|dänn))*"
    r"|when\s+will\s+(?:it|this|that|they|someone)\s+(?:be\s+)?(?:fixed|repaired|done|sorted|"
    r"cleaned(?:\s+up)?|removed|emptied|replaced|come)"
    r"|how\s+long\s+will\s+(?:it|this|that)\s+take"
    r"|quand\s+(?:est-ce\s+que\s+)?(?:ce|cela|ça)\s+(?:sera|va\s+être)\s+"
    r"(?:réparé|fait|réglé|enlevé|nettoyé)"
    r"|combien\s+de\s+temps\s+(?:ça|cela)\s+(?:va\s+)?prend"
    r"|quando\s+(?:verrà|sarà|viene)\s+(?:riparat|sistemat|fatt|rimoss|pulit)\w*"
    r"|quanto\s+(?:tempo\s+)?ci\s+(?:vuole|vorrà)"
    r")\W*$",
    re.IGNORECASE,
)


def asks_when(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """\"Wann wird das repariert?\": the open concerns' status and that the office
    plans the date; None when it is not such a question or nothing is open."""
    if WHEN.search(text.strip()) is None:
        return None
    mine = [c for c in repo.concerns_of(ctx.s, resident=ctx.resident) if c.status in OPEN]
    if not mine:
        return None
    lines = [references.status_line(d, ctx, c) for c in mine[:SHOWN]]  # newest first
    return [Reply("\n".join(lines)), Reply(t(ctx.lang, "followup_when"))]


def about_open_concern(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """The status of the resident's open concern(s) the question is about; None
    when it is not a question or matches none of them."""
    if not text.rstrip().endswith("?") or len(text.split()) > QUESTION_WORDS:
        return None
    mine = [c for c in repo.concerns_of(ctx.s, resident=ctx.resident) if c.status in OPEN]
    if not mine:
        return None
    topic, confidence = d.topic_of(text)
    if confidence < d.settings.low_confidence:
        return None
    same = [c for c in mine if c.topic == topic]
    place = d.place(text)
    if place.kreis is not None:
        same = [c for c in same if _same_place(c, place.kreis, place.quartier)]
    if not same:
        return None
    lines = [references.status_line(d, ctx, c) for c in same[:SHOWN]]
    return [Reply("\n".join(lines)), Reply(t(ctx.lang, "followup_new_hint"))]


def _same_place(concern: Concern, kreis: int, quartier: str | None) -> bool:
    if quartier and concern.quartier:
        return concern.quartier == quartier
    return concern.kreis == kreis
