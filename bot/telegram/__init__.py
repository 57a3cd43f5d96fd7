"""Telegram adapter (python-telegram-bot 22): Update -> dialog -> replies.

`convert` maps updates and replies, `delivery` gets replies to residents
(length limit, retries, edits, apologies), `app` composes the application
(handler, maintenance job, rate limiter, start-up).
"""

from bot.telegram.app import build_application, initialize_with_retry, run
from bot.telegram.convert import CHANNEL, split_text, to_incoming, to_markup
from bot.telegram.webhook import WEBHOOK_PATH

__all__ = [
    "CHANNEL",
    "WEBHOOK_PATH",
    "build_application",
    "initialize_with_retry",
    "run",
    "split_text",
    "to_incoming",
    "to_markup",
]
