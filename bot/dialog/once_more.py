"""The open question again, at most once in a row.

New-user trial l, finding 11: every voice message, sticker, edit or
"hello???" while a card was open sent "Ihr Anliegen ZH-… ist noch nicht
weitergeleitet:" and the whole card again; after a few of them the chat held
several live cards. Now a message that does not answer the open question gets
the question in full once; the next such message in a row gets a short line
that it is still open, up above. Any other message (an answer, a command, a
button) ends the row: the question comes in full again after it.

The mark (PROMPTED: the state and concern the question was sent again for) is
kept in the conversation's data, so it holds across restarts and replicas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

PROMPTED = "prompted"  # conversation data: [state, concern id] of the question sent again


def prompt(d: Dialog, ctx: Ctx) -> list[Reply]:
    """`render.prompt` after a message that did not answer it: in full the first
    time, then a short reminder line while the same question stays open."""
    keep(ctx)
    key = [ctx.state.value, ctx.data.get("concern_id")]
    if ctx.data.get(PROMPTED) == key:
        concern = ctx.current()
        if concern is not None and concern.reference:
            return [Reply(t(ctx.lang, "still_open", reference=concern.reference))]
        return [Reply(t(ctx.lang, "still_open_question"))]
    replies = render.prompt(d, ctx)
    if replies:
        ctx.save(ctx.state, **{**ctx.data, PROMPTED: key})
    return replies


def keep(ctx: Ctx) -> None:
    """This message leaves the row as it is (it answered nothing)."""
    ctx.answered_nothing = True


def settle(ctx: Ctx) -> None:
    """After a message: one that answered something ends the row."""
    if PROMPTED in ctx.data and not ctx.answered_nothing and not ctx.deleted:
        ctx.save(ctx.state, **{k: v for k, v in ctx.data.items() if k != PROMPTED})
