"""Polling mode without losing updates: our own getUpdates loop instead of
PTB's Updater (which acknowledges a batch with the next offset while the
updates still wait in memory).

Each batch is stored in the inbox (one transaction) before getUpdates is asked
with the next offset, which is what acknowledges it to Telegram. A kill at any
moment loses nothing: updates not yet stored were not acknowledged and come
again; a repeat of a stored one is ignored (store.inbox). Storing wakes the
dispatcher, which handles them; a new button press's callback query is
answered right then (bot.telegram.callbacks). When the database is away the batch is kept
and storing retried; Telegram holds the rest meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from telegram import Bot, Update
from telegram.error import Conflict, RetryAfter, TelegramError, TimedOut

from bot.telegram import callbacks
from bot.telegram.callbacks import Answerer
from bot.telegram.limits import retry_after_seconds
from store import inbox

log = logging.getLogger(__name__)

LONG_POLL = 30  # seconds Telegram holds a getUpdates open when nothing is new
MAX_DELAY = 30.0  # seconds between getUpdates attempts while Telegram fails
MAX_STORE_DELAY = 5.0  # seconds between attempts to store a batch (the database is away)


def payload_of(update: Update) -> dict[str, Any]:
    """The update's JSON as Telegram sent it (fields PTB does not know included)."""
    data: dict[str, Any] = json.loads(update.to_json())
    return data


class Poller:
    """getUpdates -> inbox, until stopped."""

    def __init__(self, bot: Bot, engine: Engine, *, long_poll: int = LONG_POLL) -> None:
        self.bot = bot
        self.engine = engine
        self.long_poll = long_poll
        self.offset: int | None = None  # the next update_id asked for (acknowledges those below)
        self.stored = 0  # updates newly stored by this poller
        # The callback queries of new updates are answered once they are stored.
        self.answerer = Answerer(bot, ready=True)  # polling starts after getMe
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="polling")

    async def stop(self, timeout: float) -> None:
        """No further getUpdates. A request in progress is cancelled: what it
        would have brought is not acknowledged and comes again after a restart."""
        self._stopping = True
        task, self._task = self._task, None
        if task is not None:
            _, pending = await asyncio.wait([task], timeout=min(timeout, 0.2))
            if pending:  # waiting for Telegram (or the database): no more to store
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        await self.answerer.close(min(timeout, 1.0))

    async def _run(self) -> None:
        delay = 1.0
        webhook_deleted = False
        while not self._stopping:
            try:
                if not webhook_deleted:  # getUpdates answers 409 while a webhook is set
                    await self.bot.delete_webhook(drop_pending_updates=False)
                    webhook_deleted = True
                updates = await self.bot.get_updates(
                    offset=self.offset,
                    timeout=self.long_poll,
                    allowed_updates=Update.ALL_TYPES,
                )
            except TimedOut:
                continue  # a long poll that took too long: ask again
            except RetryAfter as exc:
                await self._pause(retry_after_seconds(exc))
                continue
            except TelegramError as exc:  # network, 5xx, 409 Conflict, a refused token
                if isinstance(exc, Conflict):  # a webhook set meanwhile, or another poller
                    webhook_deleted = False
                log.warning("getUpdates failed (%s); again in %.0f s", type(exc).__name__, delay)
                await self._pause(delay)
                delay = min(delay * 2, MAX_DELAY)
                continue
            delay = 1.0
            if updates:
                if not await self._store([(u.update_id, payload_of(u)) for u in updates]):
                    return  # stopped before they were stored: not acknowledged
                self.offset = max(u.update_id for u in updates) + 1

    async def _store(self, rows: list[tuple[int, dict[str, Any]]]) -> bool:
        """Store the batch, retrying while the database fails: the next offset
        is asked for only after this. False: stopped before it was stored."""
        delay = 0.5
        while not self._stopping:
            try:
                for _, payload in rows:
                    callbacks.mark(payload)
                new = set(await asyncio.to_thread(inbox.record_new, self.engine, rows))
                self.stored += len(new)
                self.answerer.stored(payload for uid, payload in rows if uid in new)
                return True
            except Exception as exc:
                log.error(
                    "inbox: %d updates not stored yet (%s); again in %.1f s",
                    len(rows),
                    type(exc).__name__,
                    delay,
                )
                await self._pause(delay)
                delay = min(delay * 2, MAX_STORE_DELAY)
        return False

    async def _pause(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def polling(bot: Bot, engine: Engine) -> Callable[[asyncio.Event], Poller]:
    """For bot.telegram.lifecycle.serve: start a poller (the stop event is
    not needed: serve calls the poller's stop)."""

    def begin(_stop: asyncio.Event) -> Poller:
        poller = Poller(bot, engine)
        poller.start()
        return poller

    return begin
