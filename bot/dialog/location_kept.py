"""A location shared in an idle conversation (a pin, a venue): kept for the
resident's next concern, which is asked for.

While "Ist das Ihre Antwort zu ZH-…?" waits (bot/dialog/reply_offer.py), the
question is not dropped for "Was ist Ihr Anliegen dort?" (new-user trial l,
finding 9): the location is kept the same way and the question comes again;
"Nein, neues Anliegen" files the text with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def keep(d: Dialog, ctx: Ctx, lat: float, lon: float) -> list[Reply]:
    ctx.save(ctx.state, **{**ctx.data, "location": [lat, lon]})
    from bot.dialog import reply_offer  # it reads the dialog's modules

    waiting = reply_offer.asked(d, ctx)
    if waiting:
        return [Reply(t(ctx.lang, "location_kept_asked")), *waiting]
    return [Reply(t(ctx.lang, "location_kept"))]
