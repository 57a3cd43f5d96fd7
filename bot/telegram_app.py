"""Telegram adapter (python-telegram-bot 22): Update -> dialog -> replies.

One handler takes every update, turns it into a channel-neutral Incoming, runs
the (blocking: spaCy, database) dialog in a worker thread and sends the replies:
inline buttons as an inline keyboard, a location request as a one-time reply
keyboard. One error handler at the edge logs the update id (never the text)
and apologises to the resident.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.dialog import Dialog, Incoming, Reply
from bot.settings import Settings
from bot.texts import t

log = logging.getLogger(__name__)

CHANNEL = "telegram"


def to_incoming(update: Update) -> Incoming | None:
    """The resident's message in channel-neutral form; None for updates the bot ignores."""
    query = update.callback_query
    if query is not None:
        query_chat = query.message.chat.id if query.message else query.from_user.id
        return Incoming(
            CHANNEL,
            str(query_chat),
            "callback",
            user_id=str(query.from_user.id),
            data=query.data,
            update_id=update.update_id,
        )
    msg = update.message
    if msg is None or msg.chat.type != "private":
        return None
    chat_id = str(msg.chat.id)
    user_id = str(msg.from_user.id) if msg.from_user else None
    uid = update.update_id
    if msg.text is not None:
        kind = "command" if msg.text.startswith("/") else "text"
        return Incoming(CHANNEL, chat_id, kind, user_id=user_id, text=msg.text, update_id=uid)
    if msg.photo:
        return Incoming(
            CHANNEL,
            chat_id,
            "photo",
            user_id=user_id,
            photo=msg.photo[-1].file_id,
            text=msg.caption,
            update_id=uid,
        )
    if msg.location is not None:
        return Incoming(
            CHANNEL,
            chat_id,
            "location",
            user_id=user_id,
            lat=msg.location.latitude,
            lon=msg.location.longitude,
            update_id=uid,
        )
    return Incoming(CHANNEL, chat_id, "unsupported", user_id=user_id, update_id=uid)


def _markup(reply: Reply) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | None:
    if reply.request_location:
        rows = [[KeyboardButton(t(reply.lang, "btn_share_location"), request_location=True)]]
        rows += [[KeyboardButton(b.label) for b in row] for row in reply.buttons]
        return ReplyKeyboardMarkup(rows, one_time_keyboard=True, resize_keyboard=True)
    if reply.buttons:
        return InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                for row in reply.buttons
            ]
        )
    return None


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    incoming = to_incoming(update)
    if incoming is None:
        return
    dialog: Dialog = context.bot_data["dialog"]
    if update.callback_query is not None:
        await update.callback_query.answer()
    replies = await asyncio.to_thread(dialog.handle, incoming)
    query = update.callback_query
    for reply in replies:
        markup = _markup(reply)
        if (
            reply.edit
            and query is not None
            and query.message is not None
            and not reply.request_location
        ):
            await query.edit_message_text(reply.text, reply_markup=markup)  # type: ignore[arg-type]
            query = None  # edit once; further replies are new messages
            continue
        await context.bot.send_message(
            chat_id=int(incoming.chat_id), text=reply.text, reply_markup=markup
        )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error handling update %s", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, t("de", "error"))
        except Exception:  # the edge: Telegram itself may be what failed
            log.warning("could not tell chat about the error for update %s", update_id)


def build_application(settings: Settings, dialog: Dialog) -> Application:  # type: ignore[type-arg]
    """The composition of the Telegram side; polling and webhook share it."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    app = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .build()
    )
    app.bot_data["dialog"] = dialog
    app.add_handler(TypeHandler(Update, on_update))
    app.add_error_handler(on_error)
    return app


WEBHOOK_PATH = "telegram"


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


def run(settings: Settings, dialog: Dialog) -> None:
    """Serve until stopped: webhook with a secret token when WEBHOOK_URL is set, else polling."""
    app = build_application(settings, dialog)
    if settings.webhook_url:
        options = webhook_options(settings)
        log.info("starting webhook on %s:%s", settings.webhook_listen, settings.webhook_port)
        app.run_webhook(**options)  # type: ignore[arg-type]
    else:
        log.info("starting polling")
        app.run_polling(allowed_updates=Update.ALL_TYPES)


async def send_notice(settings: Settings, chat_id: str, text: str) -> None:
    """Send a message outside a conversation (a status change)."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    async with Bot(
        settings.telegram_bot_token.get_secret_value(), base_url=settings.telegram_base_url
    ) as bot:
        await bot.send_message(chat_id=int(chat_id), text=text)
