"""What goes in and out of the bot, whatever the channel: a message (Incoming),
a reply with buttons (Reply), a message outside a conversation (Notice). The
resident dialog and the staff desk both speak these; a channel that sends
through the outbox passes a ReplySink."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str


@dataclass(slots=True)
class Reply:
    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    request_location: bool = False  # offer the "share location" keyboard
    edit: bool = False  # replace the message whose button was pressed
    lang: str = "de"  # the resident's language, for labels the channel adds


@dataclass(frozen=True, slots=True)
class Incoming:
    """One message from a resident, whatever the channel."""

    channel: str
    chat_id: str
    kind: str  # text, command, photo, location, contact, callback, edited, unsupported
    user_id: str | None = None
    text: str | None = None
    photo: str | None = None  # channel file id
    lat: float | None = None
    lon: float | None = None
    data: str | None = None  # callback data
    update_id: int | None = None
    group: bool = False  # from a group chat (only staff are answered there)
    # The language the person's app is set to (Telegram's language_code, "en"),
    # if the channel says: the start text before the person has written anything.
    app_language: str | None = None
    # The reference named by the bot's message this one replies to (Telegram's
    # reply_to_message; only the reference is kept).
    reply_to: str | None = None
    # A shared contact (kind "contact"): its phone number when it is the
    # resident's own (the contact's user id is the sender's), else None.
    phone: str | None = None
    # An attachment the bot cannot pass on ("video", "file") that came with
    # words: they are the message (kind "text", its caption in `text`).
    dropped: str | None = None
    # The album a photo is part of (Telegram's media_group_id): its photos come
    # as messages of their own, and are one message to the resident.
    album: str | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """A message to a resident outside a conversation (status change, draft forwarded)."""

    channel: str
    chat_id: str
    reply: Reply


class ReplySink(Protocol):
    """Where a channel takes the replies to a message: called inside the
    transaction that handles the message (with the update's claim and the
    conversation's change), in the order the replies are to be sent; it may
    be called more than once for one message (the emergency numbers first)."""

    def __call__(self, session: Session, replies: list[Reply], /) -> None: ...
