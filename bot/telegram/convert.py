"""Telegram <-> dialog: an Update as an Incoming, a Reply as Telegram markup and
message pieces that fit Telegram's length limit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)

from bot import media
from bot.cleaning import clean_text
from bot.dialog import Incoming, Reply
from bot.dialog.reply_to_city import reference_of_reply
from bot.texts import t

CHANNEL = "telegram"
# A file of these types is a photo sent as a file (an uncompressed picture).
PICTURES = frozenset({"image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"})
# Attachments the bot cannot pass on; a caption with them is the resident's text.
DROPPED = (
    ("video", "video"),
    ("video_note", "video"),
    ("animation", "video"),
    ("document", "file"),
    ("audio", "file"),
    ("voice", "file"),
)
MAX_TEXT = 4096  # Telegram's limit per message; counted here in UTF-16 code units (never less)


def to_incoming(update: Update) -> Incoming | None:
    """The resident's message in channel-neutral form; None for updates the bot ignores."""
    return incoming_of(update.to_dict(), own_username(update))


def own_username(update: Update) -> str | None:
    """The bot's username, None when not known (no bot, or one that never called getMe)."""
    try:
        return username_of(update.get_bot())
    except RuntimeError:  # no bot
        return None


def username_of(bot: Bot) -> str | None:
    """The bot's username, None before getMe."""
    try:
        return bot.username
    except RuntimeError:
        return None


def incoming_of(payload: Mapping[str, Any], username: str | None) -> Incoming | None:
    """`to_incoming` of the update's JSON as Telegram sends it, without building
    python-telegram-bot's objects (the stored update is handled this way:
    bot.telegram.app.on_stored). `username`: the bot's, for commands in groups."""
    uid = payload.get("update_id")
    query = payload.get("callback_query")
    if query is not None:
        message = query.get("message")
        chat = message["chat"] if message is not None else None
        return Incoming(
            CHANNEL,
            str(chat["id"] if chat is not None else query["from"]["id"]),
            "callback",
            user_id=str(query["from"]["id"]),
            data=clean_text(query.get("data")),
            update_id=uid,
            group=chat is not None and chat.get("type") != "private",
        )
    edited = payload.get("edited_message")
    if edited is not None:
        return _edited(edited, uid)
    msg = payload.get("message")
    if msg is None:
        return None
    chat, sender = msg["chat"], msg.get("from")
    text, caption = clean_text(msg.get("text")), clean_text(msg.get("caption"))
    if chat.get("type") in {"group", "supergroup"}:
        # An office's team inbox: only commands (staff), never a resident's concern,
        # and only ours: "/eingang@other_bot" is for another bot in the group.
        if text is None or not text.startswith("/") or sender is None:
            return None
        if not addressed_to(text, username):
            return None
        return Incoming(
            CHANNEL,
            str(chat["id"]),
            "command",
            user_id=str(sender["id"]),
            text=text,
            update_id=uid,
            group=True,
        )
    if chat.get("type") != "private":
        return None
    chat_id = str(chat["id"])
    user_id = str(sender["id"]) if sender is not None else None
    if text is not None:
        kind = "command" if text.startswith("/") else "text"
        code = sender.get("language_code") if sender is not None else None
        app_language = code[:2].lower() if isinstance(code, str) else None
        return Incoming(
            CHANNEL, chat_id, kind, user_id=user_id, text=text, update_id=uid,
            app_language=app_language,
            reply_to=reference_of_reply(msg.get("reply_to_message")),
        )  # fmt: skip
    if msg.get("photo"):
        return Incoming(
            CHANNEL,
            chat_id,
            "photo",
            user_id=user_id,
            photo=msg["photo"][-1]["file_id"],
            text=caption,
            update_id=uid,
            album=str(msg["media_group_id"]) if msg.get("media_group_id") else None,
        )
    picture = _picture(msg.get("document"))
    if picture is not None:  # a photo sent as a file: a photo (bot.media)
        return Incoming(
            CHANNEL, chat_id, "photo", user_id=user_id, photo=picture, text=caption, update_id=uid
        )
    location = msg.get("location")
    if location is not None:
        return Incoming(
            CHANNEL,
            chat_id,
            "location",
            user_id=user_id,
            lat=location["latitude"],
            lon=location["longitude"],
            update_id=uid,
        )
    contact = msg.get("contact")
    if contact is not None:
        own = sender is not None and contact.get("user_id") == sender.get("id")
        phone = clean_text(contact.get("phone_number")) if own else None
        return Incoming(CHANNEL, chat_id, "contact", user_id=user_id, phone=phone, update_id=uid)
    dropped = next((name for key, name in DROPPED if msg.get(key) is not None), None)
    if dropped is not None and caption and caption.strip():  # the words are kept
        return Incoming(
            CHANNEL, chat_id, "text", user_id=user_id, text=caption, update_id=uid, dropped=dropped
        )
    return Incoming(CHANNEL, chat_id, "unsupported", user_id=user_id, update_id=uid)


def _picture(document: object) -> str | None:
    """A file that is a picture (Telegram Desktop, "send as file"), as stored
    (bot.media.document); None for any other file. New-user trial l, finding 4."""
    if not isinstance(document, Mapping) or document.get("mime_type") not in PICTURES:
        return None
    return media.document(str(document["file_id"]))


def _edited(msg: Mapping[str, Any], uid: int | None) -> Incoming | None:
    """A resident's edited text or caption (private chats only): the dialog says
    that edits are not taken over. Edits without words (a live location moving
    on) and edits in groups are left alone."""
    if msg["chat"].get("type") != "private":
        return None
    body = msg.get("text")
    text = clean_text(body if body is not None else msg.get("caption"))
    if not text:
        return None
    sender = msg.get("from")
    return Incoming(
        CHANNEL,
        str(msg["chat"]["id"]),
        "edited",
        user_id=str(sender["id"]) if sender is not None else None,
        text=text,
        update_id=uid,
    )


def addressed_to(command: str, username: str | None) -> bool:
    """'/eingang' and '/eingang@our_bot' are ours, '/eingang@other_bot' is not
    (usernames compare without case, as Telegram's do). When the bot's own
    username is not known (an update without an initialised bot), a named
    command is taken as ours, as before."""
    _, at, addressee = command.split(maxsplit=1)[0].partition("@")
    if not at or username is None:
        return True
    return addressee.casefold() == username.casefold()


Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup


def to_markup(reply: Reply) -> Markup | None:
    """Inline buttons as an inline keyboard; a location request as a one-time reply keyboard."""
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


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(line: str, limit: int) -> list[str]:
    """A line longer than `limit`: cut at the last space that fits, else hard."""
    pieces: list[str] = []
    while utf16_len(line) > limit:
        end = limit
        while utf16_len(line[:end]) > limit:  # characters outside the BMP count twice
            end -= 1
        space = line.rfind(" ", 0, end + 1)
        cut = space if space > 0 else end
        pieces.append(line[:cut])
        line = line[cut:].lstrip(" ")
    pieces.append(line)
    return pieces


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """`text` in pieces Telegram accepts: at most `limit` long, cut at line breaks
    (a single longer line at a space), none empty."""
    pieces: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        if utf16_len(current) + utf16_len(line) <= limit:
            current += line
            continue
        pieces.append(current)
        current = ""
        if utf16_len(line) <= limit:
            current = line
        else:
            *whole, current = _cut(line, limit)
            pieces += whole
    pieces.append(current)
    return [p.rstrip() for p in pieces if p.strip()]
