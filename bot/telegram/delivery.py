"""Telegram calls made directly, outside the outbox (bot.telegram.outbox sends
every reply and notice): answering a pressed button's callback query at once
(it must beat Telegram's callback window), and, when the store is down so that
nothing can be queued, the emergency numbers and the apology, in pieces within
Telegram's length limit with a bounded retry for server errors and time-outs.

429 (flood control) is not handled here: the application's AIORateLimiter
waits `retry_after` and repeats the request. Nothing here logs message texts or
chat ids.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import TypeVar

from telegram import Bot, Message
from telegram.error import BadRequest, Forbidden, NetworkError

from bot.dialog import Reply
from bot.telegram.convert import split_text, to_markup

log = logging.getLogger(__name__)

T = TypeVar("T")

# Waits before the second and third attempt after a 5xx answer, a time-out or a
# lost connection. The request may have arrived (a time-out after Telegram sent
# the message): a rare duplicate is better than a lost reply.
RETRY_DELAYS: Sequence[float] = (0.5, 2.0)


def reason(exc: BaseException) -> str:
    """What went wrong, fit for the log: the exception's class, and Telegram's
    own description for a 400/403 (those never quote message texts)."""
    if isinstance(exc, BadRequest | Forbidden):
        return f"{type(exc).__name__}: {exc.message}"
    return type(exc).__name__


def is_not_modified(exc: BadRequest) -> bool:
    return "message is not modified" in exc.message.lower()


async def with_retry(request: Callable[[], Awaitable[T]]) -> T:
    """`request()`, repeated after a server error or time-out (not after a 400,
    a 403 or an exhausted flood wait)."""
    for delay in (*RETRY_DELAYS, None):
        try:
            return await request()
        except BadRequest:
            raise  # BadRequest is a NetworkError in PTB, but repeating cannot help
        except NetworkError as exc:
            if delay is None:
                raise
            log.warning("Telegram request failed (%s); again in %.1f s", reason(exc), delay)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")


async def send_reply(bot: Bot, chat_id: int, reply: Reply) -> Message | None:
    """Send one reply as new messages; the buttons go with the last piece."""
    pieces = split_text(reply.text)
    if not pieces:
        log.warning("empty reply not sent")
        return None
    markup = to_markup(reply)
    last: Message | None = None
    for i, piece in enumerate(pieces):
        with_markup = markup if i == len(pieces) - 1 else None
        last = await with_retry(
            partial(bot.send_message, chat_id=chat_id, text=piece, reply_markup=with_markup)
        )
    return last


async def send_directly(bot: Bot, chat_id: int, replies: Sequence[Reply]) -> None:
    """The last resort when the store is down (nothing can be queued): the
    replies sent at once, in order, with the bounded retry; a failure is logged."""
    try:
        for reply in replies:
            await send_reply(bot, chat_id, reply)
    except Exception as exc:  # the edge: Telegram itself may be what failed
        log.warning("could not send directly (%s)", reason(exc))
