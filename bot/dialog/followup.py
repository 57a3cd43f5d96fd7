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
filed together with them). "E quando lo portano via?", "Quand est-ce qu'ils
vont le vider ?", "Wann holen sie ihn ab?" ask the same (the lead's try,
2026-12-07: they were kept as a new concern).
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
# "Wann holen sie ihn ab?": an act of the office's, on nothing but a pronoun.
_ACT = (
    r"(?:holt|holen|hole|holed|leert|leeren|lääred|läärt|flickt|flicken|flicked|räumt|räumen|"
    r"ruumed|repariert|reparieren|reparierid|macht|machen|mached|ersetzt|ersetzen)"
)
_OBJ = (
    r"(?:\s+(?:das|es|ihn|en|s|sie|si|dä|de|ab|weg|uf|auf|endlich|äntli|dänn|denn|öppe|"
    r"etwa|wieder|wider|ächt))*"
)
# A question about when, that names no object of its own: about what was reported.
WHEN = re.compile(
    r"^\W*(?:(?:danke|merci|thanks|thank\s+you|grazie|ok|okay|gut|guet|super)\W+)?"
    r"(?:(?:und|and|et|e|aber|but)\s+)?(?:"
    rf"(?:wann|wänn)\s+(?:wird|wirds|werden|isch|ist|sind)\s+{_PRONOUN}\s+{_FILLER}{_DONE}"
    r"|(?:wann|wänn)\s+(?:kommt|chunnt|chömed|kommen)\s+(?:endlich\s+|äntli\s+|dänn\s+)?"
    r"(?:jemand|öpper|öpert)"
    rf"|(?:wann|wänn)\s+{_ACT}\s+(?:sie|si|man|mer|ihr|öpper|jemand)\b{_OBJ}"
    r"|wie\s+lang(?:e)?\s+(?:gaht|goht|gahts|gohts|duurets|duuret|dauerts|dauert|geht)"
    rf"(?:\s+{_PRONOUN})?(?:\s+(?:öppe|etwa|noch|no|ungefähr|denn|dänn))*"
    r"|when\s+will\s+(?:it|this|that|they|someone)\s+(?:be\s+)?(?:fixed|repaired|done|sorted|"
    r"cleaned(?:\s+up)?|removed|emptied|replaced|come)"
    r"|how\s+long\s+will\s+(?:it|this|that)\s+take"
    r"|quand\s+(?:est-ce\s+que\s+)?(?:ce|cela|ça)\s+(?:sera|va\s+être)\s+"
    r"(?:réparé|fait|réglé|enlevé|nettoyé)"
    r"|combien\s+de\s+temps\s+(?:ça|cela)\s+(?:va\s+)?prend"
    r"|when\s+(?:will|are|do|does)\s+(?:you|they|someone|somebody|the\s+city)\s+"
    r"(?:fix|repair|empty|remove|clean|pick|collect|come|coming|sort)\w*"
    r"(?:\s+(?:it|this|that|them|up|out|away|finally))*"
    r"|quand\s+(?:est-ce\s+qu['’]\s*(?:ils|on)\s+(?:va|vont)\s+|vont-ils\s+|va-t-on\s+"
    r"|(?:ils|on)\s+(?:va|vont)\s+)(?:le|la|les)\s+"
    r"(?:réparer|vider|enlever|ramasser|nettoyer|chercher)"
    r"|quand\s+(?:est-ce\s+que\s+)?quelqu['’]un\s+(?:vient|va\s+venir|passe)"
    r"|quando\s+(?:verrà|sarà|viene)\s+(?:riparat|sistemat|fatt|rimoss|pulit|svuotat)\w*"
    r"|quando\s+(?:lo|la|li|le)\s+(?:portano|porteranno|riparano|ripareranno|svuotano|"
    r"svuoteranno|tolgono|toglieranno|puliscono|puliranno|sistemano|sistemeranno|"
    r"rimuovono|rimuoveranno|vengono\s+a\s+prendere)(?:\s+via)?"
    r"|quando\s+(?:passano|passa\s+qualcuno|viene\s+qualcuno|arriva\s+qualcuno)"
    r"|quanto\s+(?:tempo\s+)?ci\s+(?:vuole|vorrà)"
    r")\W*$",
    re.IGNORECASE,
)


# "Und was passiert jetzt?", "what happens now?": what comes after forwarding.
WHAT_NEXT = re.compile(
    r"^\W*(?:(?:und|and|et|e|ok|okay|gut|guet|merci|danke)\W+)?(?:"
    r"(?:und\s+)?was\s+(?:passiert|gschiht|passiert\s+dänn|geschieht)\s+(?:jetzt|jetz|nun|dänn|nachher)"
    r"|wie\s+(?:geht|gaht|gohts|gahts|geht's|gaht's)\s+(?:es\s+|s\s+)?(?:jetzt\s+|jetz\s+|nun\s+)?"
    r"(?:weiter|wiiter|witer)"
    r"|what\s+(?:happens|now|comes)\s*(?:now|next)?"
    r"|(?:et\s+)?maintenant\s*(?:quoi)?|qu['’]est-ce\s+qui\s+se\s+passe\s+(?:maintenant|ensuite)"
    r"|(?:e\s+)?(?:adesso|ora)\s+(?:cosa|che\s+cosa)\s+succede|cosa\s+succede\s+(?:adesso|ora)"
    r")\W*$",
    re.IGNORECASE,
)


def asks_when(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """\"Wann wird das repariert?\": the open concerns' status and that the office
    plans the date; \"Und was passiert jetzt?\": their status and what comes next.
    None when it is neither question or nothing is open."""
    if WHEN.search(text.strip()) is not None:
        key = "followup_when"
    elif WHAT_NEXT.search(text.strip()) is not None:
        key = "followup_next"
    else:
        return None
    mine = [c for c in repo.concerns_of(ctx.s, resident=ctx.resident) if c.status in OPEN]
    if not mine:
        return None
    lines = [references.status_line(d, ctx, c) for c in mine[:SHOWN]]  # newest first
    return [Reply("\n".join(lines)), Reply(t(ctx.lang, key))]


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
