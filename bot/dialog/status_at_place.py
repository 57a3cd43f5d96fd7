"""A status question at "Wo ist das genau?" ("Status?", "Wie ist der Stand?"):
the resident's concerns listed, as when no question is open, and the place asked
for again, so the draft waits for it. Before, it got the reason the place is
needed (`why_place`), and the question again. A status question that names
its concern's place ("Ist meine Meldung zur Langstrasse schon weitergeleitet?",
trial leftovers, item 1) is no place answer: the place was taken before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import commands, confirming, place_answer, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.dialog.sayings import ASKS_FOR_STATUS, OWN_REPORT

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def listed(d: Dialog, ctx: Ctx, text: str, *, named: bool = False) -> list[Reply] | None:
    """Their concerns and the place question again, for a short status question
    (not "wie lange dauert das?", which is about this concern); None otherwise.
    One that `named` a place only when it asks about "meine Meldung": "Wie ist
    der Stand am Idaplatz?" may be the place, and is read as before."""
    if not ASKS_FOR_STATUS.search(text) or confirming.HOW_LONG.search(text):
        return None
    if named and not OWN_REPORT.search(text):
        return None
    if len(text.split()) > place_answer.SHORT_ANSWER_WORDS:
        return None
    return [commands.mine(d, ctx), *render.prompt(d, ctx)]
