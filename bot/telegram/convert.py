"""Telegram <-> dialog: an Update as an Incoming, a Reply as Telegram markup and
message pieces that fit Telegram's length limit."""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)

from bot.cleaning import clean_text
from bot.dialog import Incoming, Reply
from bot.texts import t

CHANNEL = "telegram"
MAX_TEXT = 4096  # Telegram's limit per message; counted here in UTF-16 code units (never less)


def to_incoming(update: Update) -> Incoming | None:
    """The resident's message in channel-neutral form; None for updates the bot ignores."""
    query = update.callback_query
    if query is not None:
        query_chat = query.message.chat.id if query.message else query.from_user.id
        in_group = query.message is not None and query.message.chat.type != "private"
        return Incoming(
            CHANNEL,
            str(query_chat),
            "callback",
            user_id=str(query.from_user.id),
            data=clean_text(query.data),
            update_id=update.update_id,
            group=in_group,
        )
    if update.edited_message is not None:
        return _edited(update)
    msg = update.message
    if msg is None:
        return None
    text, caption = clean_text(msg.text), clean_text(msg.caption)
    if msg.chat.type in {"group", "supergroup"}:
        # An office's team inbox: only commands (staff), never a resident's concern,
        # and only ours: "/eingang@other_bot" is for another bot in the group.
        if text is None or not text.startswith("/") or msg.from_user is None:
            return None
        if not addressed_to_us(text, update):
            return None
        return Incoming(
            CHANNEL,
            str(msg.chat.id),
            "command",
            user_id=str(msg.from_user.id),
            text=text,
            update_id=update.update_id,
            group=True,
        )
    if msg.chat.type != "private":
        return None
    chat_id = str(msg.chat.id)
    user_id = str(msg.from_user.id) if msg.from_user else None
    uid = update.update_id
    if text is not None:
        kind = "command" if text.startswith("/") else "text"
        return Incoming(CHANNEL, chat_id, kind, user_id=user_id, text=text, update_id=uid)
    if msg.photo:
        return Incoming(
            CHANNEL,
            chat_id,
            "photo",
            user_id=user_id,
            photo=msg.photo[-1].file_id,
            text=caption,
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


def _edited(update: Update) -> Incoming | None:
    """A resident's edited text or caption (private chats only): the dialog says
    that edits are not taken over. Edits without words (a live location moving
    on) and edits in groups are left alone."""
    msg = update.edited_message
    if msg is None or msg.chat.type != "private":
        return None
    text = clean_text(msg.text if msg.text is not None else msg.caption)
    if not text:
        return None
    return Incoming(
        CHANNEL,
        str(msg.chat.id),
        "edited",
        user_id=str(msg.from_user.id) if msg.from_user else None,
        text=text,
        update_id=update.update_id,
    )


def addressed_to_us(command: str, update: Update) -> bool:
    """'/eingang' and '/eingang@our_bot' are ours, '/eingang@other_bot' is not
    (usernames compare without case, as Telegram's do). When the bot's own
    username is not known (an update without an initialised bot), a named
    command is taken as ours, as before."""
    _, at, addressee = command.split(maxsplit=1)[0].partition("@")
    if not at:
        return True
    try:
        own = update.get_bot().username
    except RuntimeError:  # no bot, or one that never called getMe
        return True
    return addressee.casefold() == own.casefold()


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
