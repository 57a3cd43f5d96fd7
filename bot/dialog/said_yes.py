""" "Ja" typed at the card, and the card's button pressed after all.

New-user trial l, finding 11: a resident typed "Ja" (or "Sì") at the card, got
"Danke! Ihr Anliegen ZH-… ist … weitergeleitet", and then pressed the card's
"Ja, weiterleiten" anyway: the card was edited into the same thanks, so it
stood twice in the chat. A typed yes is remembered (TYPED_YES: the concern);
the card's button pressed after it turns the card into a short "Schon
weitergeleitet: ZH-…". A double tap on the button stays as it was: the same
thanks again, which changes nothing on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import intake, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

TYPED_YES = "typed_yes"  # conversation data: the concern forwarded by a typed yes


def forward(d: Dialog, ctx: Ctx, concern: Concern) -> list[Reply]:
    """The typed yes: forwarded as by the button, and remembered."""
    replies = intake.forward(d, ctx, concern)
    if not ctx.deleted:
        ctx.save(ctx.state, **{**ctx.data, TYPED_YES: concern.id})
    return replies


def pressed_again(d: Dialog, ctx: Ctx, concern: Concern) -> Reply:
    """The card's button of a forwarded concern: the card becomes "Schon
    weitergeleitet" after a typed yes, else the thanks again (a double tap)."""
    if ctx.data.get(TYPED_YES) == concern.id:
        return Reply(t(ctx.lang, "already_forwarded", reference=concern.reference), edit=True)
    office = render.office_name(d, concern.office)
    return Reply(t(ctx.lang, "forwarded", reference=concern.reference, office=office), edit=True)
