""" "Ja" or "ok" typed at the topics ("Was passt am besten?" with a button per
topic): no topic was chosen. The card came again without a word, and the
resident did not learn what was wanted; now a short hint says to pick one of
the topics, or to write it in words, and the list comes again (once in a row,
as `once_more` has it: then the hint alone)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.dialog import once_more, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def hint(d: Dialog, ctx: Ctx, concern: Concern) -> list[Reply]:
    """The hint, and the list of topics that was open (as a new message)."""
    once_more.keep(ctx)  # it answered nothing
    said = Reply(t(ctx.lang, "pick_topic_hint"))
    key = [ctx.state.value, concern.id]
    if ctx.data.get(once_more.PROMPTED) == key:
        return [said]  # the list is right above
    if ctx.data.get("all_topics"):
        card = render.all_topics(d, ctx, concern)
    else:
        card = render.choose_likely_topic(d, ctx, concern)
    ctx.save(ctx.state, **{**ctx.data, once_more.PROMPTED: key})
    return [said, replace(card, edit=False)]
