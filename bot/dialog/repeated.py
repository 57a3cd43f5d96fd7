"""A number typed twice is not read against the next question (new-user trial f,
section 10): "3" chose [Ort ändern], and a second "3" right after picked Kreis 3
without a word; "5" chose a topic, and a second "5" at the confirmation became a
house number.

When a number typed as text moved the conversation to a new question, it is
remembered (TYPED). The same number again, as the very next message and within
REPEAT_WINDOW (a double send, not an answer: reading the new question takes
longer), is not applied to the new question: the resident hears that the first
one was taken and is shown the question again; the number sent once more counts.

The terminal's numbered choices are its buttons (callbacks): "1" for "Weiss ich
nicht" and "1" for "Ja, weiterleiten" right after are two answers, never a
repeat (the lead's try, 2026-12-07: with a window of two minutes and the
terminal's choices counted, the second "1" was refused).
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Incoming, Reply, State
from bot.texts import t
from store.models import utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

TYPED = "typed"  # conversation data: the number that moved to the open question
REPEAT_WINDOW = timedelta(seconds=5)
_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


def number(msg: Incoming) -> str | None:
    """The number the resident typed as text (not a button chosen by its number)."""
    if msg.kind == "text" and msg.text and _NUMBER.match(msg.text):
        return msg.text.strip()
    return None


def question(ctx: Ctx) -> tuple[str, object]:
    """What is open now: the state and the concern it is about."""
    return ctx.state.value, ctx.data.get("concern_id")


def again(d: Dialog, ctx: Ctx, msg: Incoming) -> list[Reply] | None:
    """Before the message is handled: the same number again right after it moved
    on, the question again instead; None otherwise. The mark is cleared either way."""
    typed = ctx.data.get(TYPED)
    if typed is None:
        return None
    updated = ctx.conv.updated_at
    updated = updated if updated.tzinfo else updated.replace(tzinfo=UTC)
    ctx.save(ctx.state, **{**ctx.data, TYPED: None})
    if number(msg) != typed or utcnow() - updated > REPEAT_WINDOW:
        return None
    open_now = render.prompt(d, ctx)[-1:]  # the question, without "still waiting"
    if not open_now:
        return None
    return [Reply(t(ctx.lang, "typed_twice", number=typed)), *open_now]


def remember(ctx: Ctx, msg: Incoming, before: tuple[str, object]) -> None:
    """After the message was handled: a typed number that opened a new question."""
    typed = number(msg)
    if typed is None or ctx.deleted or ctx.state is State.IDLE or question(ctx) == before:
        return
    ctx.save(ctx.state, **{**ctx.data, TYPED: typed})
