"""The dialog's notices (drafts forwarded after their timeout, held concerns
released) go to the outbox, whatever the channel: the running bot sends the
Telegram ones (bot/telegram/outbox.py), the terminal shows its own at the next
message (bot/terminal.py). Nothing is lost when Telegram fails."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine

from bot.dialog import Notice
from store import outbox
from store import repository as repo
from store.db import session_scope

KIND = "notice"


def enqueue_notices(engine: Engine, notices: Sequence[Notice]) -> int:
    """Owe every notice to its chat, in one transaction; the number queued."""
    if not notices:
        return 0
    with session_scope(engine) as s:
        for notice in notices:
            resident = repo.find_resident(s, channel=notice.channel, chat_id=notice.chat_id)
            outbox.enqueue(
                s,
                channel=notice.channel,
                chat_id=notice.chat_id,
                kind=KIND,
                text=notice.reply.text,
                buttons=[[(b.label, b.data) for b in row] for row in notice.reply.buttons],
                resident_id=resident.id if resident is not None else None,
            )
    return len(notices)
