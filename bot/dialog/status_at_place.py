"""A status question at "Wo ist das genau?" ("Status?", "Wie ist der Stand?"):
the resident's concerns listed, as when no question is open, and the place asked
for again, so the draft waits for it. Before, it got the reason the place is
needed (`why_place`), and the question again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import commands, confirming, place_answer, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.dialog.sayings import ASKS_FOR_STATUS

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def listed(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """Their concerns and the place question again, for a short status question
    (not "wie lange dauert das?", which is about this concern); None otherwise."""
    if not ASKS_FOR_STATUS.search(text) or confirming.HOW_LONG.search(text):
        return None
    if len(text.split()) > place_answer.SHORT_ANSWER_WORDS:
        return None
    return [commands.mine(d, ctx), *render.prompt(d, ctx)]
