"""The withdrawal question after an emergency (new-user trial m, finding 7).

"Soll ich Ihr Anliegen ZH-… zurückziehen?" was open when an emergency came in
("Hilfe, ein Velofahrer ist gestürzt …"). The emergency's questions replaced it,
and nothing brought it back: the resident's "ja" after the emergency got "Gut.
Schreiben Sie mir …" and the concern stayed with the office.

Now the open question is held when an emergency is filed (conversation data,
kept across the emergency's steps like the other waiting questions: `Ctx.save`)
and asked again once nothing else waits, as a waiting draft or an answer to the
city is: right after the emergency is forwarded (`intake.next_in_queue`), or,
after the 143 answer, when the resident writes again or comes back
(`after_crisis.bring_back`): "Noch zu Ihrer Bitte von vorhin:" and the same
question, whose "Ja" withdraws. A concern closed or
withdrawn meanwhile is not asked about again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

HELD = "withdraw_held"  # conversation data: {"ids": the concerns offered, "one": the one asked}
OFFER = "reply_offer"  # "Ist das Ihre Antwort zu ZH-…?" first, when that waits too


def hold(ctx: Ctx) -> None:
    """An emergency comes in while the withdrawal question is open: keep it."""
    listed = ctx.data.get("withdraw_list")
    if not ctx.urgent or not listed:
        return
    held = {"ids": list(listed), "one": ctx.data.get("withdraw_ask")}
    ctx.save(ctx.state, **{**ctx.data, HELD: held})


def bring_back(d: Dialog, ctx: Ctx) -> list[Reply]:
    """The held question again, once the conversation is idle (the emergency
    forwarded, also in the message that reported it) and nothing else is asked."""
    held = ctx.data.get(HELD)
    if not isinstance(held, dict) or ctx.state is not State.IDLE:
        return []
    if OFFER in ctx.data:
        return []  # asked after that one is answered (`render.prompt`)
    ctx.save(State.IDLE, **{**ctx.data, HELD: None})
    if ctx.data.get("withdraw_list"):
        return []  # the resident asked to withdraw again since: that question stands
    from bot.dialog import references, withdrawal  # they render through modules that read this

    ids = [int(i) for i in held.get("ids") or []]
    found = [ctx.own(i) for i in ids]
    still = [c.id for c in found if c is not None and c.status in references.OPEN]
    one = held.get("one")
    asked = [one] if one in still else still
    if not asked:
        return []
    ctx.save(State.IDLE, **{**ctx.data, "withdraw_list": asked})
    question = withdrawal.asked_again(d, ctx)
    return [Reply(t(ctx.lang, "withdraw_back")), *question] if question else []
