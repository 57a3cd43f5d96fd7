"""Replies to Telegram updates go through the outbox (store/outbox.py): the
dialog and the staff desk hand them to an `OutboxReplies` sink inside the
transaction that claims the update, and the outbox sender (bot.telegram.outbox)
sends them, woken by the commit. A reply marked `edit` replaces the message
whose button was pressed (an outbox row with `edit_message_id`).

When handling fails, the apology (after the emergency numbers, if any) is
queued in a transaction of its own; only when the store itself is down is it
sent directly (bot.telegram.delivery), since it cannot be queued.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session
from telegram import Bot

from bot.messages import Reply
from bot.telegram import delivery
from bot.telegram.convert import CHANNEL, split_text
from bot.texts import t
from store import outbox
from store.db import session_scope

log = logging.getLogger(__name__)

REPLY = "reply"  # outbox kinds
EDIT = "edit"


class OutboxReplies:
    """The sink for one update's replies in `chat_id`; `edit_id` is the pressed
    message, replaced by the first reply marked `edit` (once)."""

    def __init__(self, chat_id: str, edit_id: int | None = None) -> None:
        self.chat_id = chat_id
        self.edit_id = edit_id

    def __call__(self, session: Session, replies: list[Reply], /) -> None:
        queued: list[dict[str, Any]] = []
        for reply in replies:
            edit = None
            if reply.edit and self.edit_id is not None:
                # A reply keyboard (the location button) cannot be edited in.
                edit = None if reply.request_location else self.edit_id
                self.edit_id = None  # edit once; further replies are new messages
            if not split_text(reply.text):
                log.warning("empty reply not queued")
                continue
            queued.append(
                {
                    "channel": CHANNEL,
                    "chat_id": self.chat_id,
                    "kind": EDIT if edit is not None else REPLY,
                    "text": reply.text,
                    "buttons": [[(b.label, b.data) for b in row] for row in reply.buttons],
                    "edit_message_id": edit,
                    "location_label": (
                        t(reply.lang, "btn_share_location") if reply.request_location else None
                    ),
                }
            )
        outbox.enqueue_many(session, queued)  # one INSERT for the reply's messages


def queue(engine: Engine, chat_id: str, replies: Sequence[Reply]) -> None:
    """The replies in a transaction of their own."""
    with session_scope(engine) as s:
        OutboxReplies(chat_id)(s, list(replies))


async def apologise(
    bot: Bot, engine: Engine, chat_id: str, first: Sequence[Reply], *, stored: bool, lang: str
) -> None:
    """Tell the resident handling failed, and whether their message is kept,
    after `first` (the emergency numbers): queued, or sent directly when the
    store cannot take them."""
    apology = Reply(t(lang, "error" if stored else "error_not_stored"), lang=lang)
    replies = [*first, apology]
    try:
        await asyncio.to_thread(queue, engine, chat_id, replies)
        return
    except Exception as exc:
        log.warning("apology not queued (%s); sent directly", type(exc).__name__)
    await delivery.send_directly(bot, int(chat_id), replies)
