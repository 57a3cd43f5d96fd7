"""A pressed button's callback query is answered as soon as its update is
stored (webhook: after the commit, polling: likewise), not when the dispatcher
reaches the update: Telegram's callback window (~15 s) is then independent of
the backlog. Answering needs no dialog state, only the query's id.

Exactly once, whichever replica handles the update: the receiving process
marks the update before it stores it (`MARK` in the stored JSON, taken out
again before the update is handled), answers it once stored, and the handling
(bot.telegram.app.on_update) answers only updates without the mark (stored
before this existed, or by tests that write the inbox directly). A repeat
delivery of a stored update is not answered again (only newly stored ones
are). A crash between the commit and the answer leaves the query unanswered:
Telegram's spinner then stops by itself; the press is handled all the same.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any

from telegram import Bot
from telegram.error import TelegramError

from bot.telegram import api
from bot.telegram.delivery import reason

log = logging.getLogger(__name__)

MARK = "quartierbot_answered_at_receipt"


def query_id(payload: dict[str, Any]) -> str | None:
    query = payload.get("callback_query")
    if isinstance(query, dict) and isinstance(query.get("id"), str):
        return str(query["id"])
    return None


def mark(payload: dict[str, Any]) -> None:
    """Before storing: this process will answer the update's query."""
    if query_id(payload) is not None:
        payload[MARK] = True


def answered_at_receipt(payload: dict[str, Any]) -> bool:
    """Before handling: was the query answered when it arrived? (The mark is
    taken out: PTB would keep it as an unknown field.)"""
    return bool(payload.pop(MARK, False))


async def answer(bot: Bot, qid: str) -> None:
    """Stop the button's spinner if Telegram still lets us; the resident's choice
    is handled either way (a query answered late, e.g. after a backlog, fails).
    Posted as a form field (bot.telegram.api), without PTB's method and objects."""
    try:
        await api.call(bot, "answerCallbackQuery", {"callback_query_id": qid})
    except TelegramError as exc:  # too late, or Telegram failing: the press counts anyway
        log.info("callback query not answered (%s)", reason(exc))


class Answerer:
    """Answers the queries of updates just stored; waits until the bot is
    initialised (`ready`), since updates are stored from before getMe."""

    def __init__(self, bot: Bot, *, ready: bool = False) -> None:
        self.bot = bot
        self.ready = asyncio.Event()
        if ready:
            self.ready.set()
        self._tasks: set[asyncio.Task[None]] = set()

    def stored(self, payloads: Iterable[dict[str, Any]]) -> None:
        """These updates are committed (newly): answer their marked queries."""
        for payload in payloads:
            qid = query_id(payload)
            if qid is None or not payload.get(MARK):
                continue
            task = asyncio.create_task(self._answer(qid), name="answer callback query")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _answer(self, qid: str) -> None:
        await self.ready.wait()
        await answer(self.bot, qid)

    async def close(self, timeout: float = 1.0) -> None:
        """Let the answers under way finish (briefly), then drop the rest."""
        tasks = list(self._tasks)
        if not tasks:
            return
        _, late = await asyncio.wait(tasks, timeout=timeout)
        for task in late:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
