"""The outbox sender's Bot API calls without python-telegram-bot's objects:
the form fields built here and posted through the bot's own request object
(`Bot.request.post`, bot.telegram.http), which maps Telegram's answers to
PTB's exceptions as `bot.send_message` does (RetryAfter, Forbidden,
BadRequest, ChatMigrated, NetworkError, TimedOut).

Why: `bot.send_message` builds the parameters through ExtBot's defaults and
RequestParameter objects, passes PTB's rate limiter and turns Telegram's
answer into a Message (`Message.de_json`), which the sender never reads. In
one process against a local server that was ~700 us of CPU per call, against
~450 us this way (docs/load-loop.md). The outbox keeps Telegram's limits
itself (bot.telegram.pacing): PTB's limiter only ever repeated them, except
that a 429 of another request (a callback answer) no longer holds the
outbox's messages; their own 429s are handled as before.

Values are encoded by PTB's RequestParameter, as for its own methods: strings
as they are, everything else as JSON.
"""

from __future__ import annotations

from typing import Any

from telegram import Bot
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot import media


def request_data(fields: dict[str, Any]) -> RequestData:
    """The fields as PTB's RequestData (no files); None values left out.
    RequestParameter is what PTB's own methods build it from (a module PTB
    keeps private; python-telegram-bot is pinned below 23)."""
    return RequestData(
        [RequestParameter(name, value, None) for name, value in fields.items() if value is not None]
    )


async def call(bot: Bot, method: str, fields: dict[str, Any]) -> Any:
    """The Bot API's result of `method` (raw JSON), or PTB's exception."""
    return await bot.request.post(f"{bot.base_url}/{method}", request_data=request_data(fields))


def reply_markup(
    buttons: list[list[list[str]]], location_label: str | None = None
) -> dict[str, Any] | None:
    """Inline buttons; with `location_label`, a one-time reply keyboard: the
    location button, then the buttons' labels (typed back as text). The JSON
    of bot.telegram.outgoing.markup's keyboards."""
    if location_label is not None:
        keys: list[list[dict[str, Any]]] = [[{"text": location_label, "request_location": True}]]
        keys += [[{"text": label} for label, _data in r] for r in buttons]
        return {"keyboard": keys, "one_time_keyboard": True, "resize_keyboard": True}
    if not buttons:
        return None
    rows = [[{"text": label, "callback_data": data} for label, data in r] for r in buttons]
    return {"inline_keyboard": rows}


def photo_call(chat: int, entry: str, card: int | None) -> tuple[str, dict[str, Any]]:
    """The call that sends an owed photo (bot.media): by its file id, as the
    type it was received as (a picture sent as a file goes back as a file:
    Telegram refuses a document's file id in sendPhoto), with its caption, and
    in reply to the message it belongs to when that went out in this attempt
    (staff see which concern it is; a card deleted meanwhile does not hold it)."""
    photo = media.read(entry)
    method, field_name = (
        ("sendDocument", "document") if photo.as_document else ("sendPhoto", "photo")
    )
    fields: dict[str, Any] = {"chat_id": chat, field_name: photo.file_id, "caption": photo.caption}
    if card is not None:
        fields["reply_parameters"] = {"message_id": card, "allow_sending_without_reply": True}
    return method, fields
