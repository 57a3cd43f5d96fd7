"""The inbox's consumer: takes stored updates from the database (store.inbox)
and runs the bot's handling for each, at most `max_concurrent` at once.

- A chat's updates go one at a time and in update_id order, also across
  replicas on one PostgreSQL database: `inbox.claim` only leases the oldest
  pending update of a chat, and the next one becomes claimable once that one
  is marked done. Different chats run concurrently, so one slow Bot API call
  stalls only its own chat.
- One transaction per round: the updates handled since the last claim are
  marked done (payload erased) in the transaction that claims the next ones.
- Leases are renewed while an update is in progress; a crashed replica's run
  out and another replica takes its updates (an earlier process on this host
  that died: at once, see `is_dead`).
- Woken at once when this process records an update (store.inbox.on_record)
  or finishes one (its chat's next update may be waiting); every
  `poll_interval` it also looks for updates other replicas recorded. Two
  claims are at least `claim_gap` apart: the wake-ups of a busy moment (each
  recorded batch, each finished update) share one claim, a transaction that
  costs ~1 ms of CPU (docs/load-loop.md); an update arriving after a quiet
  moment is claimed at once.
- On start, the updates left from before a restart are the first taken.
- A handler raising `RetryLater` leaves the update pending (first in its chat)
  for a retry after a while; any other exception counts as an attempt, and an
  update that failed `max_attempts` times (or was claimed that often: one that
  crashes the process) is given up, so its chat goes on.
- `stop(timeout)`: nothing more is taken; what is in progress may finish
  within `timeout`, then it is cancelled and its leases given back, so it is
  taken again at the next start (or at once by another replica).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import partial
from typing import Any

from sqlalchemy import Engine

from store import inbox

log = logging.getLogger(__name__)

Handle = Callable[[dict[str, Any]], Awaitable[None]]

POLL_INTERVAL = 1.0  # seconds between looks for other replicas' updates
RETRY_DELAY = timedelta(seconds=2)  # a RetryLater update is taken again after this
MAX_BACKOFF = 5.0  # seconds between claims while the database cannot be reached
CLAIM_GAP = 0.05  # seconds at least between two claims (wake-ups meanwhile share the next)
SETTLE_MAX_DELAY = 2.0  # seconds between attempts to record an outcome


class RetryLater(Exception):
    """The update cannot be handled now (e.g. the store is unreachable): keep it."""


_LIVE: set[str] = set()  # owners of the dispatchers running in this process


def owner_id() -> str:
    """This dispatcher's name on its leases: host, process, and a random part."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def is_dead(owner: str, me: str) -> bool:
    """A lease owner that is certainly gone: an earlier process on this host
    (a container's restart, a kill -9 and start again) whose pid is not running,
    or is ours now (a container's pid 1 again). Other hosts' leases run out."""
    host, _, rest = owner.partition(":")
    pid_text, _, _ = rest.partition(":")
    my_host = me.partition(":")[0]
    if owner == me or host != my_host or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return owner not in _LIVE  # another dispatcher of this process is alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # someone else's process: alive
        return False
    return False


class Dispatcher:
    def __init__(
        self,
        engine: Engine,
        handle: Handle,
        *,
        max_concurrent: int = 16,
        poll_interval: float = POLL_INTERVAL,
        lease: timedelta = inbox.LEASE,
        max_attempts: int = inbox.MAX_ATTEMPTS,
        retry_delay: timedelta = RETRY_DELAY,
        claim_gap: float = CLAIM_GAP,
    ) -> None:
        if max_concurrent < 1:
            raise ValueError("max_concurrent must be at least 1")
        self.engine = engine
        self.handle = handle
        self.max_concurrent = max_concurrent
        self.poll_interval = poll_interval
        self.lease = lease
        self.max_attempts = max_attempts
        self.retry_delay = retry_delay
        self.claim_gap = claim_gap
        self.claims = 0  # transactions that claimed (tests, bench)
        self.owner = owner_id()
        self.handled = 0  # updates finished here (done or given up)
        self._running: dict[int, asyncio.Task[None]] = {}
        # Handled (or given up) here, recorded with the next claim: still in
        # `_running` (lease renewed, slot taken) until then.
        self._outcomes: dict[int, str] = {}
        self._woken = asyncio.Event()
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._main: asyncio.Task[None] | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None

    # -- life cycle -------------------------------------------------------------

    def start(self) -> None:
        """Begin taking updates (call on the running loop)."""
        if self._main is not None:
            return
        self._loop = asyncio.get_running_loop()
        _LIVE.add(self.owner)
        self._unsubscribe = inbox.on_record(self.engine, self._wake_threadsafe)
        self._main = asyncio.create_task(self._run(), name="inbox-dispatcher")
        self._heartbeat = asyncio.create_task(self._renew(), name="inbox-leases")

    def wake(self) -> None:
        """Look for claimable updates now (on the loop)."""
        self._woken.set()

    def _wake_threadsafe(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._woken.set)

    @property
    def in_progress(self) -> int:
        return len(self._running)

    async def stop(self, timeout: float) -> None:
        """Take nothing more; let what is in progress finish within `timeout`
        seconds, then cancel it and give its leases back."""
        self._stopping = True
        self._woken.set()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._main is not None:
            await asyncio.gather(self._main, return_exceptions=True)
        running = list(self._running.values())
        if running:
            _, late = await asyncio.wait(running, timeout=max(timeout, 0.0))
            for task in late:
                task.cancel()
            if late:
                await asyncio.gather(*late, return_exceptions=True)
        await self._record_outcomes()
        left = list(self._running)
        if left:
            log.info("stopping: %d updates in progress given back to the inbox", len(left))
            with contextlib.suppress(Exception):
                await asyncio.to_thread(inbox.release, self.engine, left, owner=self.owner)
            self._running.clear()
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            await asyncio.gather(self._heartbeat, return_exceptions=True)
        self._main = self._heartbeat = None
        _LIVE.discard(self.owner)

    # -- taking updates ---------------------------------------------------------

    async def _take_over(self) -> None:
        """At start: updates an earlier process on this host held when it died
        are taken at once, not after their lease (they are a chat's oldest)."""
        try:
            owners = await asyncio.to_thread(inbox.lease_owners, self.engine)
            for owner in owners:
                if is_dead(owner, self.owner):
                    n = await asyncio.to_thread(inbox.release_owner, self.engine, owner)
                    log.info("inbox: %d updates of a process that ended taken over", n)
        except Exception as exc:  # the lease runs out anyway
            log.warning("inbox: looking for a dead process's leases failed (%s)", _name(exc))

    async def _run(self) -> None:
        backoff = self.poll_interval
        await self._take_over()
        while not self._stopping:
            self._woken.clear()  # before looking: a wake-up from now on is not lost
            outcomes = dict(self._outcomes)
            free = self.max_concurrent - len(self._running) + len(outcomes)
            if free > 0 or outcomes:
                try:
                    claimed = await asyncio.to_thread(self._claim, free, outcomes)
                except Exception as exc:  # the database is away: try again, less often
                    log.warning("inbox: claiming failed (%s); again in %.0f s", _name(exc), backoff)
                    await self._sleep(backoff)
                    backoff = min(backoff * 2, MAX_BACKOFF)
                    continue
                backoff = self.poll_interval
                self._recorded(outcomes)
                if self._stopping:  # stopped while claiming: give them back untouched
                    ids = [c.update_id for c in claimed]
                    with contextlib.suppress(Exception):
                        await asyncio.to_thread(inbox.release, self.engine, ids, owner=self.owner)
                    break
                for item in claimed:
                    if item.update_id in self._running:  # ours still (its lease had run out)
                        continue
                    self._running[item.update_id] = asyncio.create_task(
                        self._process(item), name=f"update-{item.update_id}"
                    )
            claimed_at = asyncio.get_running_loop().time()
            await self._sleep(self.poll_interval)
            gap = claimed_at + self.claim_gap - asyncio.get_running_loop().time()
            if gap > 0 and not self._stopping:  # woken soon after a claim: wait the rest
                await asyncio.sleep(gap)

    def _claim(self, limit: int, outcomes: dict[int, str]) -> list[inbox.Claimed]:
        """One transaction: record the outcomes, claim what the free slots take."""
        self.claims += 1
        return inbox.claim(
            self.engine,
            owner=self.owner,
            limit=0 if self._stopping else limit,
            lease=self.lease,
            done=[uid for uid, outcome in outcomes.items() if outcome == "done"],
            failed=[uid for uid, outcome in outcomes.items() if outcome == "failed"],
        )

    def _recorded(self, outcomes: dict[int, str]) -> None:
        for uid in outcomes:
            self._outcomes.pop(uid, None)
            self._running.pop(uid, None)
        self.handled += len(outcomes)

    async def _record_outcomes(self) -> None:
        """At stop: what was handled is recorded (a few tries; if the database
        is away, their leases run out and a repeat changes nothing)."""
        for attempt in range(3):
            outcomes = dict(self._outcomes)
            if not outcomes:
                return
            try:
                await asyncio.to_thread(self._claim, 0, outcomes)
                self._recorded(outcomes)
                return
            except Exception as exc:
                log.warning("stopping: outcomes not recorded (%s)", _name(exc))
                await asyncio.sleep(0.2 * (attempt + 1))
        for uid in list(self._outcomes):  # not given back: they are handled
            self._outcomes.pop(uid)
            self._running.pop(uid, None)

    async def _sleep(self, seconds: float) -> None:
        """Until woken (a new update, a finished one, stop) or `seconds` passed."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._woken.wait(), seconds)

    async def _process(self, item: inbox.Claimed) -> None:
        """Handle one update. Done or given up: recorded with the next claim.
        To be retried: its lease is given back. Cancelled (stop): it stays in
        `_running`, and stop() gives its lease back."""
        uid = item.update_id
        outcome = await self._handle(item)
        if outcome in {"done", "failed"}:
            if outcome == "failed":
                log.error("update %s given up", uid)
            self._outcomes[uid] = outcome
        else:
            await self._settle(uid, outcome)
            self._running.pop(uid, None)
        self._woken.set()  # a slot is free; the chat's next update may be waiting

    async def _handle(self, item: inbox.Claimed) -> str:
        if item.attempts > self.max_attempts:
            return "failed"  # claimed that often: it keeps breaking its handler (or the process)
        try:
            await self.handle(item.payload)
        except RetryLater:
            return "retry"
        except Exception as exc:
            log.error("update %s: handling failed (%s)", item.update_id, _name(exc))
            return "failed" if item.attempts >= self.max_attempts else "again"
        return "done"

    async def _settle(self, uid: int, outcome: str) -> None:
        """Give the lease back for a retry ("retry": not the update's fault;
        "again": counts as an attempt); while the database is away, again and
        again (every SETTLE_MAX_DELAY at most): the update keeps its slot and
        stays in `_running` meanwhile, so stop() gives it back."""
        delay, failures = 0.2, 0
        while True:
            try:
                await asyncio.to_thread(
                    partial(inbox.release, owner=self.owner, delay=self.retry_delay),
                    self.engine,
                    [uid],
                    counts=outcome == "again",
                )
                if failures:
                    log.info("update %s: given back after %d failures", uid, failures)
                return
            except Exception as exc:
                failures += 1
                if failures in {1, 10} or failures % 100 == 0:
                    log.warning("update %s: not given back yet (%s)", uid, _name(exc))
                await asyncio.sleep(delay)
                delay = min(delay * 2, SETTLE_MAX_DELAY)

    async def _renew(self) -> None:
        """Keep the leases of the updates in progress."""
        every = max(self.lease.total_seconds() / 3, 0.05)
        while True:
            await asyncio.sleep(every)
            ids = list(self._running)
            if not ids:
                continue
            try:
                await asyncio.to_thread(
                    inbox.renew, self.engine, ids, owner=self.owner, lease=self.lease
                )
            except Exception as exc:
                log.warning("inbox: renewing leases failed (%s)", _name(exc))


def _name(exc: BaseException) -> str:
    """An exception for the log without its message (it might quote a resident)."""
    return type(exc).__name__
