"""Getting replies to residents: pieces within Telegram's length limit, a bounded
retry for server errors and time-outs, edits that fall back to a new message,
and an apology that tells the truth about what was stored.

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

from telegram import Bot, CallbackQuery, Message
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot.dialog import Reply
from bot.telegram.convert import split_text, to_markup
from bot.texts import t

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


async def edit_reply(bot: Bot, chat_id: int, message_id: int, reply: Reply) -> None:
    """Replace the text of the message whose button was pressed. The same content
    again is fine; a message that cannot be edited (gone, too old) gets the reply
    as a new message instead."""
    pieces = split_text(reply.text)
    if not pieces or reply.request_location:  # a reply keyboard cannot be edited in
        await send_reply(bot, chat_id, reply)
        return
    markup = to_markup(reply)
    first, rest = pieces[0], pieces[1:]
    try:
        await with_retry(
            partial(
                bot.edit_message_text,
                first,
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=None if rest else markup,  # type: ignore[arg-type]
            )
        )
    except BadRequest as exc:
        if not is_not_modified(exc):
            log.info("edit failed (%s); sending a new message", reason(exc))
            await send_reply(bot, chat_id, reply)
            return
        log.debug("edit not needed: the message already shows this")
    for i, piece in enumerate(rest):
        with_markup = markup if i == len(rest) - 1 else None
        await with_retry(
            partial(bot.send_message, chat_id=chat_id, text=piece, reply_markup=with_markup)
        )


async def answer_quietly(query: CallbackQuery) -> None:
    """Stop the button's spinner if Telegram still lets us; the resident's choice
    is handled either way (a query answered late, e.g. after a backlog, fails)."""
    try:
        await query.answer()
    except TelegramError as exc:
        log.info("callback query not answered (%s)", reason(exc))


async def apologise(bot: Bot, chat_id: int, *, stored: bool, lang: str) -> None:
    """Tell the resident handling failed, and whether their message is kept."""
    try:
        text = t(lang, "error" if stored else "error_not_stored")
        await with_retry(partial(bot.send_message, chat_id=chat_id, text=text))
    except Exception as exc:  # the edge: Telegram itself may be what failed
        log.warning("could not apologise (%s)", reason(exc))
