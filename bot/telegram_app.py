"""The Telegram adapter lives in the package bot.telegram; this module keeps the
old import path (bot/cli.py, tests) working."""

from bot.telegram import (
    CHANNEL,
    WEBHOOK_PATH,
    build_application,
    initialize_with_retry,
    run,
    send_notice,
    split_text,
    to_incoming,
    to_markup,
    webhook_options,
)

__all__ = [
    "CHANNEL",
    "WEBHOOK_PATH",
    "build_application",
    "initialize_with_retry",
    "run",
    "send_notice",
    "split_text",
    "to_incoming",
    "to_markup",
    "webhook_options",
]
