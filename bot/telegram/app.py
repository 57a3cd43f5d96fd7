"""The python-telegram-bot (22) application: one handler takes every update and
runs the (blocking: spaCy, database) dialog in a worker thread, which queues
the replies in the outbox in its own transaction (bot.telegram.replies); a
repeating job runs the dialog's maintenance and puts its notices in the outbox
too; a background task sends what the outbox holds (bot.telegram.outbox),
within Telegram's flood limits, retrying 429s, server errors and time-outs.
A resident who blocked the bot is logged, not retried.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from telegram import Bot, Update
from telegram.constants import FloodLimit
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.dialog import Dialog, DialogFailure, Incoming
from bot.language import detect_language
from bot.notices import enqueue_notices
from bot.settings import Settings
from bot.telegram import callbacks, delivery, digests, outbox, replies
from bot.telegram.convert import incoming_of, to_incoming, username_of
from bot.telegram.dispatcher import RetryLater
from bot.telegram.http import AiohttpRequest
from bot.telegram.limits import RateLimiter

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3  # 429s waited out per request before giving up


def describe(exc: BaseException) -> str:
    """An exception for the log without its message (which might quote a
    resident): the classes of the chain and where the innermost one was raised."""
    chain = [exc]
    while len(chain) < 5 and (nxt := chain[-1].__cause__ or chain[-1].__context__) is not None:
        chain.append(nxt)
    frames = traceback.extract_tb(chain[-1].__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return " <- ".join(type(e).__name__ for e in chain) + where


async def on_update(
    update: Update, context: ContextTypes.DEFAULT_TYPE, *, answered: bool = False
) -> None:
    """Handle one update (as PTB's handler): see `handle`."""
    incoming = to_incoming(update)
    if incoming is None:
        return
    query = update.callback_query
    answer = query.id if query is not None and not answered else None
    pressed = query.message.message_id if query is not None and query.message else None
    await handle(context.bot, context.bot_data["dialog"], incoming, answer, pressed)


async def on_stored(app: Application, payload: dict[str, Any], *, answered: bool) -> None:  # type: ignore[type-arg]
    """Handle one stored update (its JSON, as the dispatcher takes it from the
    inbox) like on_update, without building PTB's Update and CallbackContext:
    the dialog needs only the Incoming (bot.telegram.convert.incoming_of)."""
    bot = app.bot
    incoming = incoming_of(payload, username_of(bot))
    if incoming is None:
        return
    query = payload.get("callback_query")
    # A press stored before it could be answered at receipt is answered here.
    answer = query["id"] if query is not None and not answered else None
    message = query.get("message") if query is not None else None
    pressed = message["message_id"] if message is not None else None
    await handle(bot, app.bot_data["dialog"], incoming, answer, pressed)


async def handle(
    bot: Bot, dialog: Dialog, incoming: Incoming, query_id: str | None, pressed: int | None
) -> None:
    """The dialog (or the staff desk) queues its replies in the outbox in the
    transaction that claims the update, and the commit wakes the outbox sender;
    a repeat of the update queues nothing. A pressed button's callback query
    (`query_id`, unless it was answered when it was stored: bot.telegram.callbacks)
    is answered directly, at once; `pressed` is the message whose button it was."""
    uid = incoming.update_id
    # Answer the button press while the dialog runs; its failure changes nothing.
    answering = asyncio.create_task(callbacks.answer(bot, query_id)) if query_id else None
    sink = replies.OutboxReplies(incoming.chat_id, pressed)
    try:
        await asyncio.to_thread(dialog.handle, incoming, sink)
    except DialogFailure as exc:
        log.error("dialog failed for update %s (stored=%s): %s", uid, exc.stored, describe(exc))
        if not exc.stored and store_unreachable(exc):
            # Nothing of it is kept: the update stays in the inbox and is handled
            # once the store is back. The emergency numbers cannot wait (they
            # come again with the answer then).
            await delivery.send_directly(bot, int(incoming.chat_id), exc.replies)
            raise RetryLater from exc
        if exc.apologised:  # held with the resident's text, and due now
            return
        first = exc.replies  # the emergency numbers, before the apology
        await replies.apologise(
            bot, dialog.engine, incoming.chat_id, first, stored=exc.stored, lang=exc.lang
        )
    except Exception as exc:  # outside the contract: assume nothing was stored
        log.error("dialog error for update %s: %s", uid, describe(exc))
        lang = detect_language(incoming.text or "") or "de"
        await replies.apologise(bot, dialog.engine, incoming.chat_id, [], stored=False, lang=lang)
    finally:
        if answering is not None:
            await answering


def store_unreachable(exc: BaseException) -> bool:
    """Did the database fail (connection lost, server gone, file locked) rather
    than our code? Then handling the update again later can succeed."""
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return False
        if isinstance(seen, OperationalError | InterfaceError | DisconnectionError):
            return True
        if isinstance(seen, DBAPIError) and seen.connection_invalidated:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Errors outside on_update's own handling (polling, PTB itself): log only."""
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    log.error("error (update %s): %s", update_id, describe(error) if error else "unknown")


async def maintenance_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The dialog's periodic work; its notices go to the outbox (all channels)."""
    dialog: Dialog = context.bot_data["dialog"]
    try:
        notices = await asyncio.to_thread(dialog.maintenance)
        queued = await asyncio.to_thread(enqueue_notices, dialog.engine, notices)
    except Exception as exc:
        log.error("maintenance failed: %s", describe(exc))
        return
    if queued:
        log.info("maintenance: %d notices queued", queued)


def build_application(settings: Settings, dialog: Dialog) -> Application:  # type: ignore[type-arg]
    """The composition of the Telegram side; polling and webhook share it."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    # Telegram's ~30 a second for the whole bot, unless the outbox's own (shared)
    # pace is set beyond it (paid broadcasts) or off (an emulated Bot API).
    rate = settings.outbox_rate_per_second
    unlimited = rate <= 0 or rate > FloodLimit.MESSAGES_PER_SECOND
    overall: float = 0 if unlimited else FloodLimit.MESSAGES_PER_SECOND
    app = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .request(AiohttpRequest())
        .rate_limiter(RateLimiter(max_retries=RATE_LIMIT_RETRIES, overall_max_rate=overall))
        .build()
    )
    app.bot_data["dialog"] = dialog
    # PTB logs whole updates and requests (texts, chat ids) at DEBUG: never below INFO.
    ptb_log = logging.getLogger("telegram")
    if ptb_log.getEffectiveLevel() < logging.INFO:
        ptb_log.setLevel(logging.INFO)
    app.add_handler(TypeHandler(Update, on_update))
    app.add_error_handler(on_error)
    if app.job_queue is None:
        raise RuntimeError('install "python-telegram-bot[job-queue]" for the maintenance job')
    interval = settings.maintenance_interval_seconds
    app.job_queue.run_repeating(
        maintenance_job, interval=interval, first=min(interval, 10.0), name="maintenance"
    )
    outbox.attach(
        app,
        dialog.engine,
        rate=settings.outbox_rate_per_second,
        lease=timedelta(seconds=settings.outbox_lease_seconds),
    )
    digests.schedule(app, settings)
    return app


async def initialize_with_retry(
    app: Application,  # type: ignore[type-arg]
    *,
    attempts: int | None = None,
    first_delay: float = 1.0,
    max_delay: float = 60.0,
) -> None:
    """`app.initialize()` (which asks Telegram getMe), retried with a doubling
    wait (capped at `max_delay`) while Telegram cannot be reached, without end
    unless `attempts` is given; a wrong token fails at once. (A 429 is waited
    out by the rate limiter before it gets here.) `quartierbot serve` uses
    bot.telegram.lifecycle, which also stops waiting on SIGTERM."""
    from bot.telegram.lifecycle import retry_forever

    try:
        await retry_forever(
            "getMe",
            app.initialize,
            asyncio.Event(),
            first_delay=first_delay,
            max_delay=max_delay,
            attempts=attempts,
        )
    except BaseException:
        await app.bot.shutdown()  # the HTTP clients a failed getMe opened
        raise


def run(settings: Settings, make_dialog: Callable[[], Dialog]) -> int:
    """Serve until SIGTERM/SIGINT: webhook (our own server, bot.telegram.webhook)
    when WEBHOOK_URL is set, else polling; updates go through the inbox and the
    dispatcher. `make_dialog` (migrations, the model) runs once the probes
    answer, again while the database is away. Returns the exit status
    (bot.telegram.lifecycle)."""
    from bot.telegram import lifecycle
    from bot.telegram.inbox import build_dispatcher
    from bot.telegram.polling import polling

    def make() -> lifecycle.Parts:
        dialog = make_dialog()
        app = build_application(settings, dialog)
        engine = dialog.engine
        dispatcher = build_dispatcher(app, engine, settings)
        return lifecycle.Parts(app, engine, dispatcher, polling(app.bot, engine))

    return asyncio.run(lifecycle.serve(settings, make))
