"""The same concern sent again: asked whether it belongs to the open one.

New-user trial o, finding 7: "Die Strassenlampe an der Josefstrasse 12 ist kaputt"
sent again right after it was forwarded got a second card, and "Der Abfallkübel am
Idaplatz ist übervoll" a day later became ZH-…002 next to the open ZH-…001; the
office got both. Residents who are not sure it arrived send it again.

A text that says nearly word for word what the resident's latest concern says
(`restated.SAME_WORDS` of their words in common), or says it in another language
(closing note, item 2), with its confident topic and its place (`restated.same`),
while that concern is open (forwarded, new or in progress; not urgent) and at most
`DAYS` days old, is asked about like an addition ("Gehört das zu Ihrem Anliegen
ZH-…?" [Ja, dazuschreiben] [Nein, neues Anliegen]): yes tells the office it was
reported again, no files it as a new concern. Not a question (followup answers
those), nor "wieder"/"again" ("Der Kübel am Idaplatz ist wieder voll" is a new
report, trial b), nor "Abfallkübel Nummer 1" after "Nummer 0".
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import restated
from bot.dialog.context import Ctx, LatestConcern
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

DAYS = 14
_OPEN = frozenset((Status.FORWARDED, Status.NEW, Status.IN_PROGRESS))


def open_same(d: Dialog, ctx: Ctx, text: str, latest: LatestConcern) -> Concern | None:
    """The resident's latest concern when `text` sends it again (see above), else None."""
    if ctx.urgent:
        return None
    concern = latest()
    if concern is None or concern.status not in _OPEN or concern.urgent:
        return None
    created = (
        concern.created_at if concern.created_at.tzinfo else concern.created_at.replace(tzinfo=UTC)
    )
    if utcnow() - created > timedelta(days=DAYS) or not restated.same(d, concern, text):
        return None
    return concern
