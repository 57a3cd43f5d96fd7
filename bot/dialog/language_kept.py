"""The conversation's language, kept against a few words in another one.

The language was read per message: "my number is 079 123 45 67" in a German
conversation turned the whole conversation (and every reply after it) English.
A known resident's message changes the language only when it is clearly in
another one (`bot.language.turns_to`: small talk, a request to be phoned, a
sentence of clear words); a few words that lean to a language ("pothole",
"Streetlight broken") still set it while the conversation is not established
yet: no concern and no open question (a resident who only pressed /start).
"""

from __future__ import annotations

from bot.dialog.context import Ctx
from bot.dialog.model import State
from bot.language import courtesy, turns_to
from store import repository as repo


def settled(ctx: Ctx, text: str | None, said: str | None) -> Ctx:
    """`ctx`, its resident speaking `said` when the message was too short to turn
    an established conversation (`turns_to` kept the language) and this
    conversation is not one yet."""
    text = text or ""
    if said is None or said == ctx.resident.language or courtesy(text):
        return ctx
    if turns_to(text, said) is not None:
        return ctx  # set on arrival already
    if ctx.state is not State.IDLE or repo.concerns_of(ctx.s, resident=ctx.resident, limit=1):
        return ctx  # established: its language stays
    ctx.resident.language = said
    ctx.s.add(ctx.resident)
    return ctx
