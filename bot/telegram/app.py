"""The python-telegram-bot (22) application: one handler takes every update,
runs the (blocking: spaCy, database) dialog in a worker thread and delivers the
replies; a repeating job runs the dialog's maintenance and puts its notices in
the outbox, which a background task sends (bot.telegram.outbox).

Sending honours Telegram's flood limits (AIORateLimiter, which also waits out a
429's `retry_after` for replies; the outbox reschedules its own instead);
server errors and time-outs of replies are retried a little
(bot.telegram.delivery). A resident who blocked the bot is logged, not retried.
"""

from __future__ import annotations

import asyncio
import logging
import traceback

from telegram import Bot, Update
from telegram.error import Forbidden
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.dialog import Dialog, DialogFailure, Reply
from bot.language import detect_language
from bot.notices import enqueue_notices
from bot.settings import Settings
from bot.telegram import delivery, digests, outbox
from bot.telegram.convert import to_incoming
from bot.telegram.limits import RateLimiter

log = logging.getLogger(__name__)

WEBHOOK_PATH = "telegram"
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


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    incoming = to_incoming(update)
    if incoming is None:
        return
    dialog: Dialog = context.bot_data["dialog"]
    bot, chat_id, uid = context.bot, int(incoming.chat_id), incoming.update_id
    query = update.callback_query
    # Answer the button press while the dialog runs; its failure changes nothing.
    answering = asyncio.create_task(delivery.answer_quietly(query)) if query else None
    try:
        replies = await asyncio.to_thread(dialog.handle, incoming)
    except DialogFailure as exc:
        log.error("dialog failed for update %s (stored=%s): %s", uid, exc.stored, describe(exc))
        await deliver_quietly(bot, chat_id, exc.replies, None, uid)  # emergency numbers first
        await delivery.apologise(bot, chat_id, stored=exc.stored, lang=exc.lang)
        return
    except Exception as exc:  # outside the contract: assume nothing was stored
        log.error("dialog error for update %s: %s", uid, describe(exc))
        lang = detect_language(incoming.text or "") or "de"
        await delivery.apologise(bot, chat_id, stored=False, lang=lang)
        return
    finally:
        if answering is not None:
            await answering
    pressed = query.message if query is not None else None
    await deliver_quietly(bot, chat_id, replies, pressed.message_id if pressed else None, uid)


async def deliver(bot: Bot, chat_id: int, replies: list[Reply], edit_id: int | None) -> None:
    """Send the replies in order; the first one marked `edit` replaces the message
    whose button was pressed (`edit_id`)."""
    for reply in replies:
        if reply.edit and edit_id is not None:
            await delivery.edit_reply(bot, chat_id, edit_id, reply)
            edit_id = None  # edit once; further replies are new messages
        else:
            await delivery.send_reply(bot, chat_id, reply)


async def deliver_quietly(
    bot: Bot, chat_id: int, replies: list[Reply], edit_id: int | None, update_id: int | None
) -> None:
    """deliver(), with a failure logged: the dialog's work is kept either way."""
    try:
        await deliver(bot, chat_id, replies, edit_id)
    except Forbidden:
        log.info("update %s: the resident blocked the bot; replies dropped", update_id)
    except Exception as exc:
        log.error("update %s: replies not delivered (%s)", update_id, delivery.reason(exc))


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
    app = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .rate_limiter(RateLimiter(max_retries=RATE_LIMIT_RETRIES))
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
    outbox.attach(app, dialog.engine)
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

    await retry_forever(
        "getMe",
        app.initialize,
        asyncio.Event(),
        first_delay=first_delay,
        max_delay=max_delay,
        attempts=attempts,
    )


def webhook_options(settings: Settings) -> dict[str, object]:
    """Arguments for PTB's webhook server: Telegram must echo the secret token."""
    if not settings.webhook_url:
        raise ValueError("WEBHOOK_URL is not set")
    if settings.webhook_secret is None:
        raise ValueError("WEBHOOK_SECRET is required in webhook mode")
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": WEBHOOK_PATH,
        "webhook_url": settings.webhook_url.rstrip("/") + "/" + WEBHOOK_PATH,
        "secret_token": settings.webhook_secret.get_secret_value(),
        "allowed_updates": Update.ALL_TYPES,
    }


def run(settings: Settings, dialog: Dialog) -> int:
    """Serve until SIGTERM/SIGINT: webhook (our own server, bot.telegram.webhook)
    when WEBHOOK_URL is set, else polling; updates go through the inbox and the
    dispatcher. Returns the exit status (bot.telegram.lifecycle)."""
    from bot.telegram import lifecycle
    from bot.telegram.inbox import build_dispatcher
    from bot.telegram.polling import polling

    app = build_application(settings, dialog)
    engine = dialog.engine
    dispatcher = build_dispatcher(app, engine, settings)
    return asyncio.run(lifecycle.serve(settings, app, engine, dispatcher, polling(app.bot, engine)))
