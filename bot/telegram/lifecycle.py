"""`quartierbot serve` from start to exit: one asyncio loop, our own order.

Before the loop, the database is waited for (`wait_for_database`, called by
bot.cli: migrations, then the dialog). Start-up: the HTTP server first
(webhook mode: /telegram, /healthz, /readyz; polling mode with HEALTH_PORT:
the probes only), so an orchestrator sees the process alive while Telegram
cannot be reached. getMe (`Application.initialize`)
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
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Protocol, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from telegram import Update
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application

from bot.settings import Settings
from bot.telegram import webhook
from bot.telegram.delivery import reason
from bot.telegram.health import Health
from bot.telegram.inbox import use_worker_threads
from bot.telegram.limits import retry_after_seconds
from store import inbox

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


def wait_for_database(
    make: Callable[[], T], *, first_delay: float = FIRST_DELAY, max_delay: float = MAX_DELAY
) -> T:
    """`make()` (the engine, migrated, and the dialog) until the database
    answers: at start-up PostgreSQL may still be starting (or away); waited
    for like Telegram, without end, instead of exiting. SIGTERM meanwhile ends
    the process with status 0 (nothing has been received yet)."""
    previous = signal.signal(signal.SIGTERM, _exit_quietly)
    try:
        delay = first_delay
        while True:
            try:
                return make()
            except OperationalError as exc:
                log.warning(
                    "database unreachable at start-up (%s); again in %.0f s",
                    type(exc).__name__,
                    delay,
                )
            time.sleep(delay)
            delay = min(delay * 2, max_delay)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_quietly(signum: int, _frame: object) -> None:
    log.info("%s before serving: exiting", signal.Signals(signum).name)
    raise SystemExit(0)


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


async def serve(
    settings: Settings,
    app: Application[Any, Any, Any, Any, Any, Any],
    engine: Engine,
    dispatcher: Consumer,
    polling: Callable[[asyncio.Event], Receiving] | None = None,
) -> int:
    """Run until SIGTERM/SIGINT; returns the exit status (0, or 2 for a refused token)."""
    use_worker_threads(settings)
    stop = asyncio.Event()
    undo_signals = on_signals(stop)
    health = Health(engine)
    server: webhook.Server | None = None
    receiving: Receiving | None = None
    initialized = started = False
    try:
        if settings.webhook_url:
            assert settings.webhook_secret is not None
            receiver = webhook.Receiver(
                secret=settings.webhook_secret.get_secret_value(),
                record_many=partial(inbox.record_many, engine),
            )
            # Updates are stored from the first moment; the dispatcher takes them later.
            server = await webhook.start(
                settings.webhook_listen, settings.webhook_port, health, receiver
            )
            receiving = server
        elif settings.health_port is not None:
            server = await webhook.start(settings.webhook_listen, settings.health_port, health)
        try:
            await retry_forever("getMe", app.initialize, stop)
            initialized = True
            if settings.webhook_url:
                await retry_forever("setWebhook", lambda: set_webhook(app, settings), stop)
        except Stopped:
            log.info("stopped before Telegram could be reached")
            return 0
        except InvalidToken:
            log.error("Telegram refused TELEGRAM_BOT_TOKEN (InvalidToken): check the token")
            return 2
        except BadRequest as exc:
            log.error("Telegram refused the start-up request: %s", reason(exc))
            return 2
        await app.start()  # job queue: maintenance, digests, the outbox sender
        started = True
        dispatcher.start()
        if polling is not None and not settings.webhook_url:
            receiving = polling(stop)
        health.telegram = "ok"
        log.info("serving (%s)", "webhook" if settings.webhook_url else "polling")
        await stop.wait()
        health.stopping = True
        await shut_down(settings.shutdown_grace_seconds, receiving, dispatcher)
        return 0
    finally:
        health.stopping = True
        if started:
            await app.stop()
        if initialized:
            await app.shutdown()
        else:
            await app.bot.shutdown()  # the HTTP clients a failed getMe opened
        if server is not None:
            await server.stop(1.0)  # (again: a no-op once stopped)
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
