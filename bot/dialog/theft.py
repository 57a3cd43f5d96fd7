"""A theft's concern: one line on the Anzeige before the card (nlp/theft.py).

"Mein Velo wurde am Bahnhof Wiedikon gestohlen" got only the card to the
Stadtpolizei (new-user trial r, § 10): a resident could take the forward for
the police report their insurance asks for. The line says where a theft is
reported (a police post, or online with Suisse ePolice) and that passing the
concern on does not replace that; the card still comes, since a resident who
writes here wants the police to know (a hot spot for bike thefts), and may
confirm or not.
"""

from __future__ import annotations

from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from nlp.theft import reports_theft
from store.models import Concern


def note(ctx: Ctx, concern: Concern) -> list[Reply]:
    """The Anzeige line for a concern that reports a theft; none for others."""
    return [Reply(t(ctx.lang, "theft_anzeige"))] if reports_theft(concern.text or "") else []
