"""The Telegram sender of the outbox (store/outbox.py): while the bot runs, one
background task claims due messages for Telegram, sends them and records what
happened. Every message the bot sends goes this way: the replies to residents
and staff (queued by the dialog in the transaction that handles the update),
edits of a pressed message, notices, alerts and digests. Nothing is dropped: a
message leaves the outbox only as sent, blocked (403) or refused for good (400).

- Waking: a commit in this process that queued messages wakes the sender at
  once (`outbox.on_queued`), so a reply is claimed a few milliseconds after the
  dialog's commit; messages queued by other replicas (or left by a crashed
  one) are found by polling every `poll_seconds`.
- Claims are leases (`outbox.claim_rows`, committed before sending), so two
  replicas never send the same message at once, and a message a crashed
  sender held is sent once its lease runs out. A chat's messages go in order:
  only a chat's oldest pending message is claimed, with the due ones right
  after it (`followers`, a reply of several messages), which one task sends
  one after the other; one that fails holds the ones after it (they are
  released, unsent, behind it).
- Exactly once: each message (each piece of a long one) is recorded in the
  database right after Telegram's answer (bot.telegram.recording: outcomes
  arriving together share one transaction; `keep_rest` for what is left).
  The one window left: a crash (or a lost database) between Telegram's answer
  and that commit; the message is then sent again when its lease runs out. A
  time-out after Telegram carried a request out is the other way to a
  duplicate: not knowing, the sender repeats rather than lose it.
- Limits (bot.telegram.pacing): `rate` (OUTBOX_RATE_PER_SECOND, 25) a second
  overall, evenly spaced, all replicas together on PostgreSQL; per private
  chat a burst of 3 (one reply's messages arrive together), then one a second;
  a group one in three seconds. A chat whose turn has not come is not claimed.
- A message is its text (HTML ones, `parse_mode`, are sent whole: their
  producer sizes them), its photos, then its document (the digest page). An
  edit replaces the pressed message's text and buttons with the first piece;
  one that would change nothing (the message's previous edit, sent, had the
  same content: a double tap; store.outbox_edits) is marked sent unsent, and
  "message is not modified" counts as done; a message that cannot be edited
  (gone, too old) gets the reply as a new message instead.
- Outcomes: sent -> erased (`mark_sent`); 429 -> again after its retry_after;
  5xx, time-outs, lost connections (and anything unexpected) -> again after
  2 s, 4 s, 8 s ... up to 10 minutes, never given up; 403 -> the recipient
  blocked the bot (`mark_blocked`); 400 -> refused (`mark_failed`), except a
  group that became a supergroup: its staff registration and pending messages
  move to the new chat id and the message goes there.
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
from telegram import InputFile
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter
from telegram.ext import Application, ContextTypes, ExtBot

from bot.telegram import api
from bot.telegram.convert import CHANNEL, split_text
from bot.telegram.delivery import is_not_modified, reason
from bot.telegram.limits import NO_WAIT, RateLimiter, retry_after_seconds
from bot.telegram.outgoing import Outcome, Outgoing
from bot.telegram.pacing import Pacing, Shared
from bot.telegram.recording import Recorder
from store import outbox, outbox_edits, pace
from store.db import session_scope

__all__ = ["RATE", "OutboxSender", "Outgoing", "attach"]

log = logging.getLogger(__name__)

IN_FLIGHT = 30  # chats being sent to at once
RATE = 25.0  # messages a second at most, evenly spaced (no burst): room for the rest
POLL_SECONDS = 1.0  # how often an idle sender looks for other replicas' messages
CLAIM_GAP = 0.02  # at least this long between two claims (a burst of wake-ups is one claim)
CLAIM_AHEAD = 0.25  # seconds: a chat whose shared pace frees it this soon is claimed
SPACING = 1.0  # seconds per message to one chat, in the long run
BURST = 3  # ... of which a private chat may get this many at once
GROUP_SPACING = 3.0  # ... to a group (Telegram: 20 a minute), no burst
FIRST_BACKOFF = 2.0
MAX_BACKOFF = 600.0
REPORT_SECONDS = 60.0  # how often the counts are logged while there is traffic
STOP_CHECK = 0.25  # seconds: an idle sender notices the application stopping this soon


@dataclass
class OutboxSender:
    bot: ExtBot[Any]
    engine: Engine
    in_flight: int = IN_FLIGHT
    rate: float = RATE  # 0: unpaced
    poll_seconds: float = POLL_SECONDS
    spacing: float = SPACING
    burst: int = BURST
    group_spacing: float = GROUP_SPACING
    lease: timedelta = outbox.LEASE
    first_backoff: float = FIRST_BACKOFF
    max_backoff: float = MAX_BACKOFF
    shared: bool | None = None  # pace shared in the database (default: on PostgreSQL)
    counts: Counter[str] = field(default_factory=Counter)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _wake: asyncio.Event = field(default_factory=asyncio.Event)
    _last_fill: float = 0.0

    def __post_init__(self) -> None:
        if self.shared is None:
            self.shared = self.engine.dialect.name == "postgresql"
        self.pacing = Pacing(
            self.engine, self.rate, self.spacing, self.burst, self.group_spacing, self.shared
        )
        self.recorder = Recorder(self.engine, self.pacing)

    async def run(self, running: Callable[[], bool]) -> None:
        """Send until `running()` turns false, then finish what is in flight."""
        log.info("outbox sender started")
        stop_listening = outbox.on_queued(self.engine, self._woken_from(asyncio.get_running_loop()))
        reported, last = time.monotonic(), Counter(self.counts)
        failures = 0
        try:
            while running():
                self._wake.clear()  # a wake-up from now on is seen by the next _idle
                try:
                    await self.fill()
                    failures = 0
                except Exception as exc:  # the database is away: try again, less often
                    failures += 1
                    log.error(
                        "outbox: claiming failed (%s), %d in a row", type(exc).__name__, failures
                    )
                    resume = time.monotonic() + min(2.0**failures, 30.0)
                    # ... or at once when a commit here queues a message (it is back).
                    while running() and time.monotonic() < resume and not self._wake.is_set():
                        await asyncio.sleep(0.05)
                    continue
                await self._idle(running)
                if time.monotonic() - reported > REPORT_SECONDS:
                    if self.counts != last:
                        self._report()
                    reported, last = time.monotonic(), Counter(self.counts)
                    await self.pacing.forget_idle()
        finally:
            stop_listening()
        await self.drain()
        self._report()

    def wake(self) -> None:
        """Look for due messages now (call on the sender's event loop)."""
        self._wake.set()

    def _woken_from(self, loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
        """wake() for the thread that committed the messages."""

        def wake() -> None:
            if not loop.is_closed():
                loop.call_soon_threadsafe(self._wake.set)

        return wake

    async def fill(self) -> int:
        """Claim as many due messages as there is room for and start sending them
        (one task per chat, its messages in order)."""
        room = self.in_flight - len(self._tasks)
        if room <= 0:
            return 0
        self._last_fill = time.monotonic()
        claimed = await asyncio.to_thread(self._claim, room, self.pacing.busy())
        by_chat: dict[str, list[Outgoing]] = {}
        for msg in claimed:
            by_chat.setdefault(msg.chat_id, []).append(msg)
            self.pacing.seed(msg.chat_id, msg.chat_tat)  # another replica's sends
        for msgs in by_chat.values():
            task = asyncio.create_task(self._deliver_all(msgs), name=f"outbox {msgs[0].id}")
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
        while True:
            waiting = bool(self.pacing.waiting())  # before the claim, which skips such chats
            if not (await self.fill() or self._tasks or waiting):
                return
            await self._idle()

    async def _idle(self, running: Callable[[], bool] = lambda: True) -> None:
        """Until woken, a message in flight is done, a chat's turn comes, the poll,
        or `running()` turns false (looked at every STOP_CHECK: a stop does not
        wait for the poll, and looking claims nothing)."""
        now = time.monotonic()
        turns = [at - now for at in self.pacing.waiting().values()]
        until = now + max(min([self.poll_seconds, *turns]), 0.005)
        if not self._wake.is_set():
            woken = asyncio.ensure_future(self._wake.wait())
            try:
                while running() and (left := until - time.monotonic()) > 0:
                    done, _ = await asyncio.wait(
                        [*self._tasks, woken],
                        timeout=min(left, STOP_CHECK),
                        return_when=asyncio.FIRST_COMPLETED,
                    )
                    if done:
                        break
            finally:
                woken.cancel()
        gap = self._last_fill + CLAIM_GAP - time.monotonic()
        if gap > 0:
            await asyncio.sleep(gap)

    def _claim(self, limit: int, busy: set[str]) -> list[Outgoing]:
        with self.engine.begin() as s:  # Core only: no ORM session
            rows = outbox.claim_rows(
                s,
                channel=CHANNEL,
                limit=limit,
                lease=self.lease,
                in_order=True,
                skip_chats=busy,
                followers=max(self.burst - 1, 0),
                # A chat due within CLAIM_AHEAD is claimed; its turn is waited for here.
                paced_at=time.time() + CLAIM_AHEAD if self.shared else None,
            )
            claimed = [Outgoing.of(row) for row in rows]
            if not self.shared:
                return claimed
            chats = sorted({m.chat_id for m in claimed})
            tats = pace.chat_tats(s, channel=CHANNEL, chat_ids=chats)
            return [m.with_tat(tats.get(m.chat_id)) for m in claimed]

    async def _deliver_all(self, msgs: list[Outgoing]) -> None:
        """A chat's claimed messages in order; after one that is to be retried
        (or whose chat moved) the rest are released unsent; after a 403 they
        are given up with it."""
        for i, msg in enumerate(msgs):
            outcome = await self._deliver(msg)
            if outcome.kind == "blocked":
                return
            if outcome.kind in {"retry", "moved"} and i + 1 < len(msgs):
                rest = [m.id for m in msgs[i + 1 :]]
                try:
                    await asyncio.to_thread(self._release, rest)
                except Exception as exc:  # their leases run out instead
                    log.error("outbox: release failed (%s)", type(exc).__name__)
                return

    def _release(self, ids: list[int]) -> None:
        with session_scope(self.engine) as s:
            outbox.release(s, ids)

    async def _deliver(self, msg: Outgoing) -> Outcome:
        try:
            outcome = await self._send(msg)
        except Exception as exc:  # a fault of ours, not Telegram's: retried all the same
            log.error("outbox message %s: sending failed (%s)", msg.id, type(exc).__name__)
            outcome = Outcome("retry", type(exc).__name__, self._backoff(msg.attempts))
        try:
            shared = self.pacing.to_share(msg.chat_id)
            await self.recorder.record(msg, outcome, shared)
        except Exception as exc:  # the lease runs out and it is sent again
            log.error("outbox message %s: outcome not recorded (%s)", msg.id, type(exc).__name__)
        self.counts[outcome.kind] += 1
        return outcome

    async def _send(self, msg: Outgoing) -> Outcome:
        """One attempt: the text (in pieces within Telegram's limit, the buttons
        on the last; the first piece as an edit of the pressed message), each
        photo, then the document; each step waits its chat's turn, and what
        is left after each step is recorded before the next."""
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
        edit = msg.edit_message_id is not None and msg.edit_digest is not None  # not its rest
        if edit and await asyncio.to_thread(self._unchanged, msg):
            self.counts["unchanged"] += 1  # a double tap's second edit: Telegram would refuse it
            return Outcome("sent")
        steps = len(pieces) + len(msg.photos) + document
        card: int | None = None  # the message the photos reply to: the text's first piece
        for step in range(steps):
            await self.pacing.chat_turn(msg.chat_id)
            await self.pacing.overall_turn()
            rested = self.pacing.rested(msg.chat_id)
            try:
                sent = await self._step(msg, chat, pieces, step, card)
                card = sent if card is None and step == 0 else card
            except Exception as exc:
                outcome = self._failure(exc, msg, rested)
                if step:  # keep only what the recipient does not have yet (the document stays)
                    outcome.rest = self._rest(msg, pieces, step)
                return outcome
            finally:
                self.pacing.sent(msg.chat_id)
            if step + 1 < steps:  # the part sent is recorded at once
                text, buttons, photos = self._rest(msg, pieces, step + 1)
                shared = self.pacing.to_share(msg.chat_id)
                await asyncio.to_thread(self._keep_rest, msg.id, text, buttons, photos, shared)
        # The edit's piece went as a new message: the pressed one is as it was.
        return Outcome("sent", not_edited=msg.edit_message_id not in {None, card})

    def _unchanged(self, msg: Outgoing) -> bool:
        """The message to edit shows this already (store.outbox_edits)."""
        assert msg.edit_message_id is not None and msg.edit_digest is not None
        return outbox_edits.unchanged(
            self.engine,
            msg_id=msg.id,
            channel=CHANNEL,
            chat_id=msg.chat_id,
            message_id=msg.edit_message_id,
            edit_digest=msg.edit_digest,
        )

    @staticmethod
    def _rest(
        msg: Outgoing, pieces: list[str], step: int
    ) -> tuple[str | None, list[list[list[str]]], list[str]]:
        rest_text = "\n".join(pieces[step:]) or None
        return rest_text, msg.buttons if rest_text else [], msg.photos[max(step - len(pieces), 0) :]

    def _keep_rest(
        self,
        msg_id: int,
        text: str | None,
        buttons: list[list[list[str]]],
        photos: list[str],
        shared: Shared | None,
    ) -> None:
        with session_scope(self.engine) as s:
            outbox.keep_rest(s, msg_id, text=text, buttons=buttons, photos=photos)
            self.pacing.record(s, shared)

    async def _step(
        self, msg: Outgoing, chat: int, pieces: list[str], step: int, card: int | None = None
    ) -> int | None:
        """One request: a piece of the text (bot.telegram.api, without PTB's
        objects), a photo (`api.photo_call`, in reply to `card`), or the document (PTB's
        upload). The id of the message a piece of text went to, if known."""
        photos = len(pieces) + len(msg.photos)
        if step < len(pieces):
            last = step == len(pieces) - 1
            keyboard = api.reply_markup(msg.buttons, msg.location_label) if last else None
            fields = {"chat_id": chat, "text": pieces[step], "parse_mode": msg.parse_mode}
            fields["reply_markup"] = keyboard
            edit = step == 0 and msg.edit_message_id is not None
            if edit and await self._edit(msg, fields):
                return msg.edit_message_id
            result = await api.call(self.bot, "sendMessage", fields)
            return result.get("message_id") if isinstance(result, dict) else None
        if step < photos:
            await api.call(self.bot, *api.photo_call(chat, msg.photos[step - len(pieces)], card))
            return None
        extra: dict[str, Any] = (
            {"rate_limit_args": NO_WAIT} if isinstance(self.bot.rate_limiter, RateLimiter) else {}
        )
        page = InputFile((msg.document or "").encode(), filename=msg.document_name)
        await self.bot.send_document(chat, page, **extra)
        return None

    async def _edit(self, msg: Outgoing, fields: dict[str, Any]) -> bool:
        """Replace the pressed message; False when it cannot be edited (gone, too
        old: the piece is then sent as a new message). The same content again
        ("message is not modified") counts as done. A reply keyboard cannot be
        edited in (the reply never asks for that: bot.telegram.replies)."""
        assert msg.edit_message_id is not None
        try:
            await api.call(
                self.bot, "editMessageText", {**fields, "message_id": msg.edit_message_id}
            )
        except BadRequest as exc:
            if isinstance(exc, ChatMigrated):
                raise
            if is_not_modified(exc):
                return True
            log.info("outbox message %s: edit failed (%s); sent as new", msg.id, reason(exc))
            return False
        return True

    def _failure(self, exc: Exception, msg: Outgoing, rested: bool = False) -> Outcome:
        """What an exception means. A 429 pauses its chat; when chats that had
        their whole budget (`rested`) get 429s one after the other, it is the
        bot's overall pace Telegram means, and every chat waits."""
        if isinstance(exc, RetryAfter):
            after = retry_after_seconds(exc)
            pause_all = self.pacing.flood(msg.chat_id, after, rested)
            return Outcome("retry", "RetryAfter", after, pause_all=pause_all)
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

    def _report(self) -> None:
        if self.counts:
            log.info("outbox: %s", ", ".join(f"{n} {k}" for k, n in sorted(self.counts.items())))


def attach(
    app: Application,  # type: ignore[type-arg]
    engine: Engine,
    *,
    rate: float = RATE,
    lease: timedelta = outbox.LEASE,
) -> OutboxSender:
    """Run an OutboxSender for as long as `app` runs (started by the job queue
    when the application starts; `Application.stop` waits for it to finish).
    It is `app.bot_data["outbox"]`."""
    sender = OutboxSender(app.bot, engine, rate=rate, lease=lease)
    app.bot_data["outbox"] = sender

    async def start(context: ContextTypes.DEFAULT_TYPE) -> None:
        application = context.application
        application.create_task(sender.run(lambda: application.running), name="outbox sender")

    if app.job_queue is None:
        raise RuntimeError('install "python-telegram-bot[job-queue]" for the outbox sender')
    # However late the application starts (getMe retried): a missed start would
    # leave every reply unsent.
    app.job_queue.run_once(start, when=0, name="outbox", job_kwargs={"misfire_grace_time": None})
    return sender
