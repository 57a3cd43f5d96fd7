"""The Telegram sender of the outbox (store/outbox.py): while the bot runs, one
background task claims due messages for Telegram, sends them and records what
happened. Nothing is dropped: a message leaves the outbox only as sent, blocked
(403) or refused for good (400).

- Claims are leases (`outbox.claim_due`, committed before sending), so two
  replicas never send the same message at once, and a message a crashed
  sender held is sent once its lease runs out. A chat's messages go one at a
  time and in order (`in_order`): a message waiting for its retry holds the
  ones after it.
- Limits: about 30 messages a second overall is the application's rate limiter
  (shared with the replies to residents, so together they stay within it); the
  sender itself keeps to 25 a second, evenly spaced (that limiter would let a
  full bucket of 30 go at once), leaving room for replies. At most one message
  a second per chat (a group: one in three seconds, Telegram allows 20 a
  minute) is kept here: a chat sent to a moment ago is not claimed, and the
  pieces and photos of one message are spaced the same way.
- A message is its text (HTML ones, `parse_mode`, are sent whole: their
  producer sizes them), its photos, then its document (the digest page).
- Outcomes: sent -> erased (`mark_sent`); 429 -> again after its retry_after;
  5xx, time-outs, lost connections (and anything unexpected) -> again after
  2 s, 4 s, 8 s ... up to 10 minutes, never given up; 403 -> the recipient
  blocked the bot (`mark_blocked`); 400 -> refused (`mark_failed`), except a
  group that became a supergroup: its staff registration and pending messages
  move to the new chat id and the message goes there. When part of a long
  message went out before a failure only the rest is kept.
- A 429 of a message from here is not waited out inside the rate limiter
  (bot.telegram.limits): the message is rescheduled and the sender goes on
  with other chats.

Logs carry outbox ids, counts and error classes, never texts or chat ids.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter
from telegram.ext import Application, ContextTypes, ExtBot

from bot.telegram.convert import CHANNEL, split_text
from bot.telegram.delivery import reason
from bot.telegram.limits import NO_WAIT, RateLimiter, retry_after_seconds
from store import outbox, staff
from store.db import session_scope
from store.models import OutboxMessage

log = logging.getLogger(__name__)

IN_FLIGHT = 30  # messages being sent at once
RATE = 25.0  # messages a second at most, evenly spaced (no burst): room for replies
POLL_SECONDS = 1.0  # how often an idle sender looks for new messages
CLAIM_GAP = 0.1  # at least this long between two claims (fewer, larger transactions)
SPACING = 1.0  # seconds between two messages to one chat
GROUP_SPACING = 3.0  # ... to a group (Telegram: 20 a minute)
FIRST_BACKOFF = 2.0
MAX_BACKOFF = 600.0
REPORT_SECONDS = 60.0  # how often the counts are logged while there is traffic


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A claimed message, read before the claim's transaction ends."""

    id: int
    chat_id: str
    text: str | None
    buttons: list[list[list[str]]]
    photos: list[str]
    attempts: int
    parse_mode: str | None = None  # "HTML": sent as one message, never cut
    document_name: str | None = None
    document: str | None = None  # a file sent last (the digest page)

    @classmethod
    def of(cls, msg: OutboxMessage) -> Outgoing:
        assert msg.id is not None
        buttons = [[list(b) for b in row] for row in msg.buttons]
        return cls(
            msg.id,
            msg.chat_id,
            msg.text,
            buttons,
            list(msg.photos),
            msg.attempts,
            msg.parse_mode,
            msg.document_name,
            msg.document,
        )


@dataclass(slots=True)
class Outcome:
    kind: str  # sent, retry, blocked, failed, moved
    error: str = ""
    delay: float = 0.0
    rest: tuple[str | None, list[list[list[str]]], list[str]] | None = None
    moved_to: str | None = None  # a group's new chat id (it became a supergroup)


@dataclass
class OutboxSender:
    bot: ExtBot[Any]
    engine: Engine
    in_flight: int = IN_FLIGHT
    rate: float = RATE  # 0: unpaced
    poll_seconds: float = POLL_SECONDS
    spacing: float = SPACING
    group_spacing: float = GROUP_SPACING
    lease: timedelta = outbox.LEASE
    first_backoff: float = FIRST_BACKOFF
    max_backoff: float = MAX_BACKOFF
    counts: Counter[str] = field(default_factory=Counter)
    _free_at: dict[str, float] = field(default_factory=dict)  # chat -> when it may be sent to
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _next_slot: float = 0.0
    _last_fill: float = 0.0

    async def run(self, running: Callable[[], bool]) -> None:
        """Send until `running()` turns false, then finish what is in flight."""
        log.info("outbox sender started")
        reported, last = time.monotonic(), Counter(self.counts)
        failures = 0
        while running():
            try:
                await self.fill()
                failures = 0
            except Exception as exc:  # the database is away: try again, less often
                failures += 1
                log.error("outbox: claiming failed (%s), %d in a row", type(exc).__name__, failures)
                resume = time.monotonic() + min(2.0**failures, 30.0)
                while running() and time.monotonic() < resume:
                    await asyncio.sleep(0.2)
            await self._idle()
            if time.monotonic() - reported > REPORT_SECONDS and self.counts != last:
                self._report()
                reported, last = time.monotonic(), Counter(self.counts)
        await self.drain()
        self._report()

    async def fill(self) -> int:
        """Claim as many due messages as there is room for and start sending them."""
        room = self.in_flight - len(self._tasks)
        if room <= 0:
            return 0
        now = time.monotonic()
        for chat in [c for c, at in self._free_at.items() if at <= now]:
            del self._free_at[chat]
        self._last_fill = now
        claimed = await asyncio.to_thread(self._claim, room, set(self._free_at))
        for msg in claimed:
            task = asyncio.create_task(self._deliver(msg), name=f"outbox {msg.id}")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return len(claimed)

    async def drain(self) -> None:
        """Wait for the messages in flight."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def send_due(self) -> None:
        """Everything due now (tests, bench): until nothing is claimed, nothing is
        in flight and no chat is waiting for its turn."""
        while await self.fill() or self._tasks or self._free_at:
            await self._idle()

    async def _idle(self) -> None:
        """Until a message in flight is done, a chat's turn comes, or the poll."""
        now = time.monotonic()
        timeout = max(min([self.poll_seconds, *(at - now for at in self._free_at.values())]), 0.01)
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        else:
            await asyncio.sleep(timeout)
        gap = self._last_fill + CLAIM_GAP - time.monotonic()
        if gap > 0:
            await asyncio.sleep(gap)

    def _claim(self, limit: int, busy: set[str]) -> list[Outgoing]:
        with session_scope(self.engine) as s:
            rows = outbox.claim_due(
                s, channel=CHANNEL, limit=limit, lease=self.lease, in_order=True, skip_chats=busy
            )
            return [Outgoing.of(row) for row in rows]

    async def _deliver(self, msg: Outgoing) -> None:
        try:
            outcome = await self._send(msg)
        except Exception as exc:  # a fault of ours, not Telegram's: retried all the same
            log.error("outbox message %s: sending failed (%s)", msg.id, type(exc).__name__)
            outcome = Outcome("retry", type(exc).__name__, self._backoff(msg.attempts))
        try:
            await asyncio.to_thread(self._record, msg, outcome)
        except Exception as exc:  # the lease runs out and it is sent again
            log.error("outbox message %s: outcome not recorded (%s)", msg.id, type(exc).__name__)
        self.counts[outcome.kind] += 1

    async def _send(self, msg: Outgoing) -> Outcome:
        """One attempt: the text (in pieces within Telegram's limit, the buttons
        on the last), each photo, then the document; each step waits its chat's turn."""
        if not msg.text:
            pieces = []
        elif msg.parse_mode:  # markup is not cut: its producer sizes the parts
            pieces = [msg.text]
        else:
            pieces = split_text(msg.text)
        document = msg.document is not None
        if not pieces and not msg.photos and not document:
            return Outcome("failed", "empty message")
        try:
            chat = int(msg.chat_id)
        except ValueError:
            return Outcome("failed", "not a Telegram chat id")
        markup = _markup(msg.buttons)
        extra: dict[str, Any] = (
            {"rate_limit_args": NO_WAIT} if isinstance(self.bot.rate_limiter, RateLimiter) else {}
        )
        photos = len(pieces) + len(msg.photos)
        for step in range(photos + document):
            await self._chat_free(msg.chat_id)
            await self._pace()
            try:
                if step < len(pieces):
                    last = step == len(pieces) - 1
                    await self.bot.send_message(
                        chat,
                        pieces[step],
                        parse_mode=msg.parse_mode,
                        reply_markup=markup if last else None,
                        **extra,
                    )
                elif step < photos:
                    await self.bot.send_photo(chat, msg.photos[step - len(pieces)], **extra)
                else:
                    page = InputFile((msg.document or "").encode(), filename=msg.document_name)
                    await self.bot.send_document(chat, page, **extra)
            except Exception as exc:
                outcome = self._failure(exc, msg)
                if step:  # keep only what the recipient does not have yet (the document stays)
                    rest_text = "\n".join(pieces[step:]) or None
                    outcome.rest = (
                        rest_text,
                        msg.buttons if rest_text else [],
                        msg.photos[max(step - len(pieces), 0) :],
                    )
                return outcome
            finally:
                self._sent_to(msg.chat_id, chat)
        return Outcome("sent")

    async def _pace(self) -> None:
        """The next slot of `rate` a second (no bursts)."""
        if self.rate <= 0:
            return
        now = time.monotonic()
        slot = max(now, self._next_slot)
        self._next_slot = slot + 1 / self.rate
        if slot > now:
            await asyncio.sleep(slot - now)

    async def _chat_free(self, chat_id: str) -> None:
        wait = self._free_at.get(chat_id, 0.0) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    def _sent_to(self, chat_id: str, chat: int, pause: float = 0.0) -> None:
        gap = self.group_spacing if chat < 0 else self.spacing
        self._free_at[chat_id] = max(
            self._free_at.get(chat_id, 0.0), time.monotonic() + max(gap, pause)
        )

    def _failure(self, exc: Exception, msg: Outgoing) -> Outcome:
        if isinstance(exc, RetryAfter):
            after = retry_after_seconds(exc)
            self._sent_to(msg.chat_id, int(msg.chat_id), after)
            return Outcome("retry", "RetryAfter", after)
        if isinstance(exc, Forbidden):
            return Outcome("blocked", "Forbidden")
        if isinstance(exc, ChatMigrated):  # the group became a supergroup: a new chat id
            return Outcome("moved", "ChatMigrated", moved_to=str(exc.new_chat_id))
        if isinstance(exc, BadRequest):
            return Outcome("failed", reason(exc))
        return Outcome("retry", type(exc).__name__, self._backoff(msg.attempts))

    def _backoff(self, attempts: int) -> float:
        """2 s, 4 s, 8 s, ... after the 1st, 2nd, 3rd attempt; at most 10 minutes."""
        doublings = min(max(attempts - 1, 0), 20)
        return min(self.first_backoff * float(2**doublings), self.max_backoff)

    def _record(self, msg: Outgoing, outcome: Outcome) -> None:
        with session_scope(self.engine) as s:
            if outcome.kind == "sent":
                outbox.mark_sent(s, msg.id)
            elif outcome.kind == "blocked":
                given_up = outbox.mark_blocked(s, msg.id)
                log.info(
                    "outbox message %s: the recipient blocked the bot; %d pending given up",
                    msg.id,
                    given_up,
                )
            elif outcome.kind == "failed":
                outbox.mark_failed(s, msg.id, error=outcome.error)
                log.warning("outbox message %s refused (%s); not retried", msg.id, outcome.error)
            else:
                if outcome.moved_to is not None:
                    moved = outbox.move_chat(
                        s, channel=CHANNEL, old=msg.chat_id, new=outcome.moved_to
                    )
                    staff.move_chat(s, channel=CHANNEL, old=msg.chat_id, new=outcome.moved_to)
                    log.info(
                        "outbox message %s: the group became a supergroup; its staff chat and"
                        " %d pending messages follow it",
                        msg.id,
                        moved,
                    )
                if outcome.rest is not None:
                    text, buttons, photos = outcome.rest
                    outbox.keep_rest(s, msg.id, text=text, buttons=buttons, photos=photos)
                delay = timedelta(seconds=outcome.delay)
                outbox.retry_later(s, msg.id, delay=delay, error=outcome.error)
                log.warning(
                    "outbox message %s: %s (attempt %d); again in %.1f s",
                    msg.id,
                    outcome.error,
                    msg.attempts,
                    outcome.delay,
                )

    def _report(self) -> None:
        if self.counts:
            log.info("outbox: %s", ", ".join(f"{n} {k}" for k, n in sorted(self.counts.items())))


def _markup(buttons: list[list[list[str]]]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    rows = [[InlineKeyboardButton(label, callback_data=data) for label, data in r] for r in buttons]
    return InlineKeyboardMarkup(rows)


def attach(app: Application, engine: Engine) -> OutboxSender:  # type: ignore[type-arg]
    """Run an OutboxSender for as long as `app` runs (started by the job queue
    when the application starts; `Application.stop` waits for it to finish)."""
    sender = OutboxSender(app.bot, engine)

    async def start(context: ContextTypes.DEFAULT_TYPE) -> None:
        application = context.application
        application.create_task(sender.run(lambda: application.running), name="outbox sender")

    if app.job_queue is None:
        raise RuntimeError('install "python-telegram-bot[job-queue]" for the outbox sender')
    app.job_queue.run_once(start, when=0, name="outbox")
    return sender
