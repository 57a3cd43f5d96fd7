"""Group commit: items that arrive while a transaction is under way wait, then
go together in the next one, so a busy caller needs a transaction per round,
not per item, and a lone item is committed at once.

Used by the webhook (updates stored in the inbox, bot.telegram.webhook) and by
the outbox sender (the outcomes of its messages, bot.telegram.recording).

- `submit(item)` queues the item and returns once its transaction is over:
  with the item's own result (the commit gives one per item, in order), or
  raising the exception that failed it.
- At most `writers` transactions at once (each a task taking up to
  `max_batch` items, oldest first, until nothing waits).
- A batch the commit refuses is tried again one item at a time, so one bad
  item fails alone, unless `split(exc)` says the failure is not the items'
  (the database away: each would fail the same way); then every item of the
  batch gets that exception.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_Waiting = tuple[T, asyncio.Future[R]]


def _always(exc: Exception) -> bool:
    return True


class GroupCommit(Generic[T, R]):
    def __init__(
        self,
        commit: Callable[[list[T]], Awaitable[Sequence[R]]],
        *,
        writers: int = 1,
        max_batch: int | None = None,
        split: Callable[[Exception], bool] = _always,
        name: str = "group commit",
    ) -> None:
        self.commit = commit  # one result per item, in the items' order
        self.writers = writers
        self.max_batch = max_batch
        self.split = split
        self.name = name
        self._waiting: list[_Waiting[T, R]] = []
        self._writers: set[asyncio.Task[None]] = set()

    async def submit(self, item: T) -> R:
        """The item's result, once its transaction is over (or its exception)."""
        done: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, done))
        self._writers = {w for w in self._writers if not w.done()}
        if len(self._writers) < self.writers:
            self._writers.add(asyncio.create_task(self._write_waiting(), name=self.name))
        return await done

    async def _write_waiting(self) -> None:
        while self._waiting:
            n = len(self._waiting) if self.max_batch is None else self.max_batch
            batch, self._waiting = self._waiting[:n], self._waiting[n:]
            await self._write(batch)

    async def _write(self, batch: list[_Waiting[T, R]]) -> None:
        try:
            results = await self.commit([item for item, _ in batch])
            if len(results) != len(batch):
                raise ValueError(f"{len(results)} results for {len(batch)} items")
        except Exception as exc:
            if len(batch) > 1 and self.split(exc):
                for waiting in batch:  # one of them may be what was refused
                    await self._write([waiting])
                return
            for _, done in batch:
                if not done.done():
                    done.set_exception(exc)
            return
        for (_, done), result in zip(batch, results, strict=True):
            if not done.done():
                done.set_result(result)
