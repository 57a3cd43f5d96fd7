"""`quartierbot serve` from start to exit: one asyncio loop, our own order.

Start-up: the HTTP server first (webhook mode: /telegram, /healthz, /readyz;
polling mode with HEALTH_PORT: the probes only), so an orchestrator sees the
process alive while the database or Telegram cannot be reached. The database
is waited for (migrations, the model and the application are made in a
worker thread, again while PostgreSQL does not answer; the webhook answers 503
meanwhile, so Telegram sends again). getMe (`Application.initialize`)
and setWebhook are retried with a doubling wait, capped, for as long as it
takes: a network error never ends the process; a token Telegram refuses does
(`InvalidToken`, a clear message, exit status 2). Then the application starts
(job queue: maintenance, digests, the outbox sender), the inbox dispatcher
starts (updates stored before a restart first), and updates are received.

Shutdown on SIGTERM or SIGINT: /readyz turns 503, receiving stops (webhook:
the listener closes, requests on open connections get 503; polling: no further
getUpdates), the dispatcher takes no more updates and the ones in progress may
finish within SHUTDOWN_GRACE_SECONDS; what is left stays in the inbox for the
next start. Exit status 0.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from telegram import Update
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application

from bot.settings import Settings
from bot.telegram import webhook
from bot.telegram.callbacks import Answerer
from bot.telegram.delivery import reason
from bot.telegram.health import Health
from bot.telegram.inbox import use_worker_threads
from bot.telegram.limits import retry_after_seconds
from store import inbox
from store.db import make_engine

log = logging.getLogger(__name__)

FIRST_DELAY = 1.0
MAX_DELAY = 60.0
T = TypeVar("T")


class Consumer(Protocol):
    """The inbox's consumer (bot.telegram.dispatcher.Dispatcher)."""

    def start(self) -> None: ...
    async def stop(self, timeout: float) -> None: ...


class Stopped(Exception):
    """The process was asked to stop while it waited."""


async def retry_forever(
    what: str,
    call: Callable[[], Awaitable[T]],
    stop: asyncio.Event,
    *,
    first_delay: float = FIRST_DELAY,
    max_delay: float = MAX_DELAY,
    attempts: int | None = None,
) -> T:
    """`call()` until it succeeds: network errors and 5xx (NetworkError) and
    flood waits (at least their retry_after) are waited out, 1 s, 2 s, 4 s ...
    up to `max_delay`, without end (or `attempts` times); a refused token or
    request is raised at once.
    Raises Stopped when `stop` is set while waiting."""
    delay, attempt = first_delay, 0
    while True:
        attempt += 1
        try:
            return await call()
        except (InvalidToken, BadRequest):
            raise
        except (NetworkError, RetryAfter) as exc:
            if attempts is not None and attempt >= attempts:
                raise
            wait = max(delay, retry_after_seconds(exc)) if isinstance(exc, RetryAfter) else delay
            log.warning(
                "Telegram unreachable at start-up (%s: %s); attempt %d, next in %.0f s",
                what,
                reason(exc),
                attempt,
                wait,
            )
        try:
            await asyncio.wait_for(stop.wait(), wait)
            raise Stopped
        except TimeoutError:
            pass
        delay = min(delay * 2, max_delay)


def on_signals(stop: asyncio.Event) -> Callable[[], None]:
    """SIGTERM and SIGINT set `stop`; returns the undo."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT)

    def asked(signum: signal.Signals) -> None:
        if not stop.is_set():
            log.info("%s: shutting down", signum.name)
        stop.set()

    for signum in signals:
        loop.add_signal_handler(signum, asked, signum)

    def undo() -> None:
        for signum in signals:
            loop.remove_signal_handler(signum)

    return undo


async def set_webhook(app: Application[Any, Any, Any, Any, Any, Any], settings: Settings) -> None:
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    await app.bot.set_webhook(
        url=settings.webhook_url.rstrip("/") + "/" + webhook.WEBHOOK_PATH,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=Update.ALL_TYPES,
        max_connections=settings.webhook_max_connections,
    )


class Receiving(Protocol):
    """How updates come in (webhook server or polling loop), stopped first."""

    async def stop(self, timeout: float) -> None: ...


@dataclass
class Parts:
    """What serving needs once the database is there and the model loaded."""

    app: Application[Any, Any, Any, Any, Any, Any]
    engine: Engine
    dispatcher: Consumer
    polling: Callable[[asyncio.Event], Receiving] | None = None


async def prepare(make: Callable[[], Parts], stop: asyncio.Event) -> Parts:
    """`make()` (migrations, the model, the application) in a worker thread,
    again and again while the database does not answer (1 s, 2 s, ... 60 s);
    Stopped when `stop` is set meanwhile."""
    delay = FIRST_DELAY
    while True:
        try:
            return await asyncio.to_thread(make)
        except OperationalError as exc:
            log.warning(
                "database unreachable at start-up (%s); again in %.0f s", type(exc).__name__, delay
            )
        if stop.is_set():
            raise Stopped
        try:
            await asyncio.wait_for(stop.wait(), delay)
            raise Stopped
        except TimeoutError:
            pass
        delay = min(delay * 2, MAX_DELAY)


async def serve(settings: Settings, make: Callable[[], Parts]) -> int:
    """Run until SIGTERM/SIGINT; returns the exit status (0, or 2 for a refused token)."""
    use_worker_threads(settings)
    stop = asyncio.Event()
    undo_signals = on_signals(stop)
    probes = make_engine(settings.database_url, pool_size=1)  # until the dialog's is there
    health = Health(probes)
    server: webhook.Server | None = None
    receiver: webhook.Receiver | None = None
    receiving: Receiving | None = None
    parts: Parts | None = None
    initialized = started = False
    try:
        if settings.webhook_url:
            assert settings.webhook_secret is not None
            # 503 until the store is ready: Telegram sends those updates again.
            receiver = webhook.Receiver(secret=settings.webhook_secret.get_secret_value())
            server = await webhook.start(
                settings.webhook_listen, settings.webhook_port, health, receiver
            )
            receiving = server
        elif settings.health_port is not None:
            server = await webhook.start(settings.webhook_listen, settings.health_port, health)
        try:
            parts = await prepare(make, stop)
            app = parts.app
            health.engine = parts.engine
            if receiver is not None:
                # Stored from now on; the dispatcher takes them once Telegram answered.
                receiver.record_many = partial(inbox.record_new, parts.engine)
                receiver.answerer = Answerer(app.bot)  # answers once getMe went through
            await retry_forever("getMe", app.initialize, stop)
            initialized = True
            if receiver is not None and receiver.answerer is not None:
                receiver.answerer.ready.set()
            if settings.webhook_url:
                await retry_forever("setWebhook", lambda: set_webhook(app, settings), stop)
        except Stopped:
            log.info("stopped before serving")
            return 0
        except InvalidToken:
            log.error("Telegram refused TELEGRAM_BOT_TOKEN (InvalidToken): check the token")
            return 2
        except BadRequest as exc:
            log.error("Telegram refused the start-up request: %s", reason(exc))
            return 2
        await app.start()  # job queue: maintenance, digests, the outbox sender
        started = True
        parts.dispatcher.start()
        if parts.polling is not None and not settings.webhook_url:
            receiving = parts.polling(stop)
        health.telegram = "ok"
        log.info("serving (%s)", "webhook" if settings.webhook_url else "polling")
        await stop.wait()
        health.stopping = True
        await shut_down(settings.shutdown_grace_seconds, receiving, parts.dispatcher)
        return 0
    finally:
        health.stopping = True
        if receiver is not None and receiver.answerer is not None:
            await receiver.answerer.close()  # before the HTTP clients close
        if parts is not None:
            if started:
                await parts.app.stop()
            if initialized:
                await parts.app.shutdown()
            else:
                await parts.app.bot.shutdown()  # the HTTP clients a failed getMe opened
        if server is not None:
            await server.stop(1.0)  # (again: a no-op once stopped)
        probes.dispose()
        undo_signals()


async def shut_down(grace: float, receiving: Receiving | None, dispatcher: Consumer) -> None:
    """Stop receiving, then give the updates in progress what is left of `grace`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + grace
    if receiving is not None:
        await receiving.stop(max(grace, 0.5))
    left = max(deadline - loop.time(), 0.0)
    await dispatcher.stop(left)
    log.info("stopped receiving and processing; unprocessed updates stay in the inbox")
