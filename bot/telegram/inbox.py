"""The Telegram side of the durable inbox: how a stored update is handled
(bot.telegram.app.on_stored: on_update for the stored JSON, without PTB's
objects), the dispatcher built from the settings, and the threads and
database connections sized for it.

`handler(app)` calls on_stored directly rather than through
`Application.process_update`, which would swallow a `RetryLater` (PTB passes
a handler's exceptions to the error handlers): the dispatcher must see it to
keep the update for later.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Engine
from telegram.ext import Application

from bot.settings import Settings
from bot.telegram import callbacks
from bot.telegram.dispatcher import Dispatcher, Handle

# Threads besides the updates' own: the outbox sender's and the webhook's
# database work, the maintenance job, digests.
EXTRA_THREADS = 8

App = Application[Any, Any, Any, Any, Any, Any]


def handler(app: App) -> Handle:
    """Handle one stored update (its JSON) as the application's on_update
    would, without PTB's Update and CallbackContext (bot.telegram.app.on_stored)."""
    from bot.telegram.app import on_stored  # app imports this module

    async def handle(payload: dict[str, Any]) -> None:
        answered = callbacks.answered_at_receipt(payload)
        await on_stored(app, payload, answered=answered)

    return handle


def worker_threads(settings: Settings) -> int:
    """Threads for blocking work (the dialog, database calls): one per update
    in progress, and some for everything else."""
    return settings.max_concurrent_updates + EXTRA_THREADS


def use_worker_threads(settings: Settings) -> None:
    """Size the running loop's default executor (asyncio.to_thread) for the
    updates in progress: Python's default (CPUs + 4) would be the limit."""
    asyncio.get_running_loop().set_default_executor(
        ThreadPoolExecutor(worker_threads(settings), thread_name_prefix="work")
    )


def build_dispatcher(app: App, engine: Engine, settings: Settings) -> Dispatcher:
    """The dispatcher `quartierbot serve` runs (start it on the running loop)."""
    return Dispatcher(engine, handler(app), max_concurrent=settings.max_concurrent_updates)
