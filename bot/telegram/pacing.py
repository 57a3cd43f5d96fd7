"""The outbox sender's pace (bot.telegram.outbox): Telegram's flood limits.

- Overall: `rate` messages a second, evenly spaced (no burst). On PostgreSQL
  (`shared`) the slot is also taken from the database (store.pace), so all
  replicas together keep `rate`.
- Per chat (GCRA): Telegram asks for about one message a second per chat and
  allows short bursts. A private chat may get `burst` messages at once, then
  one per `spacing` seconds: the two or three messages of one reply (the
  emergency numbers, the answer, the next question) arrive together, and a
  resident writing at human pace never reaches the limit. A group gets one per
  `group_spacing` seconds (Telegram: 20 a minute), no burst. Shared, each
  chat's state is written with the outcome of its messages and a chat not
  free yet is claimed by no replica.
- A 429 pauses its chat for its retry_after. When chats that had their whole
  budget get 429s one after the other (within a second), Telegram means the
  bot's overall pace: every chat waits (the other replicas through the store).
- Shared, the messages waiting for a slot together take their slots in one
  transaction, and the outcomes of messages sent together are recorded in
  one (bot.telegram.recording), with their chats' paces.

Times here are time.monotonic(); the store's are epoch seconds.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlmodel import Session

from bot.telegram.convert import CHANNEL
from store import pace
from store.db import session_scope

log = logging.getLogger(__name__)

# A chat's pace as the store keeps it: (chat id, tat, free_at), epoch seconds.
Shared = tuple[str, float, float]


def epoch(monotonic: float) -> float:
    return monotonic - time.monotonic() + time.time()


def monotonic(epoch_seconds: float) -> float:
    return epoch_seconds - time.time() + time.monotonic()


@dataclass
class Pacing:
    engine: Engine
    rate: float  # messages a second overall; 0: unpaced
    spacing: float  # seconds per message to one private chat, in the long run
    burst: int  # ... of which a private chat may get this many at once
    group_spacing: float  # seconds per message to a group, no burst
    shared: bool  # the pace is also kept in the database (several replicas)
    due_at: dict[str, float] = field(default_factory=dict)  # chat -> its GCRA tat
    next_slot: float = 0.0
    flooded: dict[str, float] = field(default_factory=dict)  # chat -> its last rested 429
    _asking: list[asyncio.Future[float]] = field(default_factory=list)  # for a shared slot
    _taker: asyncio.Task[None] | None = None

    def limits(self, chat_id: str) -> tuple[float, int]:
        """(seconds per message, burst) of a chat: groups have negative ids."""
        if chat_id.startswith("-"):
            return self.group_spacing, 1
        return self.spacing, max(self.burst, 1)

    def free_at(self, chat_id: str) -> float:
        """When the chat's next message may go."""
        gap, burst = self.limits(chat_id)
        return self.due_at.get(chat_id, 0.0) - (burst - 1) * gap

    def waiting(self) -> dict[str, float]:
        """Chats whose next message must wait: when it may go."""
        now = time.monotonic()
        return {chat: at for chat in self.due_at if (at := self.free_at(chat)) > now}

    def busy(self) -> set[str]:
        """Chats not to be claimed now; chats whose budget is whole are forgotten."""
        now = time.monotonic()
        for chat in [c for c, tat in self.due_at.items() if tat <= now]:
            del self.due_at[chat]
        return set(self.waiting())

    def seed(self, chat_id: str, tat: float | None) -> None:
        """The chat's pace as another replica left it (epoch seconds)."""
        if tat is not None:
            self.due_at[chat_id] = max(self.due_at.get(chat_id, 0.0), monotonic(tat))

    def rested(self, chat_id: str) -> bool:
        """The chat has its whole budget."""
        return self.due_at.get(chat_id, 0.0) <= time.monotonic()

    async def chat_turn(self, chat_id: str) -> None:
        wait = self.free_at(chat_id) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    async def overall_turn(self) -> None:
        """The next slot of `rate` a second: this process's own, and when shared
        the one all replicas share."""
        if self.rate <= 0:
            return
        now = time.monotonic()
        slot = max(now, self.next_slot)
        self.next_slot = slot + 1 / self.rate
        if slot > now:
            await asyncio.sleep(slot - now)
        if self.shared:
            wait = await self._shared_slot() - time.time()
            if wait > 0:
                await asyncio.sleep(wait)

    async def _shared_slot(self) -> float:
        """A slot of the shared pace (epoch seconds). The messages asking while
        a slot is being taken get theirs together, in one transaction (one
        after the other, `1 / rate` apart), not one transaction each."""
        slot: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._asking.append(slot)
        if self._taker is None or self._taker.done():
            self._taker = asyncio.create_task(self._take_slots(), name="outbox slots")
        return await slot

    async def _take_slots(self) -> None:
        while self._asking:
            asking, self._asking = self._asking, []
            try:
                first = await asyncio.to_thread(self._take_slot, len(asking))
            except Exception as exc:  # each sender handles it as its send's failure
                for slot in asking:
                    if not slot.done():
                        slot.set_exception(exc)
                continue
            for i, slot in enumerate(asking):
                if not slot.done():
                    slot.set_result(first + i / self.rate)

    def _take_slot(self, count: int) -> float:
        with self.engine.begin() as s:
            return pace.take_slot(
                s, channel=CHANNEL, gap=1 / self.rate, now=time.time(), count=count
            )

    def sent(self, chat_id: str, pause: float = 0.0) -> None:
        """Count a message to the chat; `pause`: nothing more before that many
        seconds from now, then one per spacing (after a 429)."""
        gap, burst = self.limits(chat_id)
        now = time.monotonic()
        due = max(self.due_at.get(chat_id, 0.0), now) + gap
        if pause:
            due = max(due, now + pause + (burst - 1) * gap)
        self.due_at[chat_id] = due

    def flood(self, chat_id: str, after: float, rested: bool) -> float:
        """A 429 for the chat: it waits `after`. Returns how long every chat waits
        (0 unless chats with their whole budget were refused one after the other)."""
        self.sent(chat_id, after)
        if not rested:
            return 0.0
        now = time.monotonic()
        others = [c for c, at in self.flooded.items() if c != chat_id and now - at < 1.0]
        self.flooded = {c: self.flooded[c] for c in others} | {chat_id: now}
        if not others:
            return 0.0
        self.next_slot = max(self.next_slot, now + after)
        return after

    def to_share(self, chat_id: str) -> Shared | None:
        """The chat's pace for the store; None unless shared."""
        if not self.shared or chat_id not in self.due_at:
            return None
        return chat_id, epoch(self.due_at[chat_id]), epoch(self.free_at(chat_id))

    def record(self, s: Session, shared: Shared | None, pause_all: float = 0.0) -> None:
        """Part of the transaction that records a message's outcome."""
        if shared is not None:
            chat_id, tat, free_at = shared
            pace.record_chat(s, channel=CHANNEL, chat_id=chat_id, tat=tat, free_at=free_at)
        if pause_all and self.shared:
            pace.pause(s, channel=CHANNEL, until=time.time() + pause_all)

    async def forget_idle(self) -> None:
        """Chats whose pace lies in the past leave the store (once a minute)."""
        if not self.shared:
            return
        try:
            await asyncio.to_thread(self._forget_idle)
        except Exception as exc:  # next time
            log.warning("outbox: pace rows not cleared (%s)", type(exc).__name__)

    def _forget_idle(self) -> None:
        with session_scope(self.engine) as s:
            pace.forget_idle(s, before=time.time() - 2 * self.group_spacing)
