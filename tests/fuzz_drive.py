"""One Telegram update through the real handling, as bot.telegram.app.on_update
runs it (without the sending): the JSON -> telegram.Update.de_json ->
to_incoming -> Dialog.handle (resident dialog and staff desk), with the
replies queued in the outbox in the handling's own transaction (OutboxReplies)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from telegram import Update

from bot.dialog import Dialog, DialogFailure, Reply
from bot.telegram.convert import to_incoming
from bot.telegram.replies import OutboxReplies


@dataclass
class Outcome:
    handled: bool  # to_incoming made something of it
    replies: list[Reply]
    failure: DialogFailure | None = None


def drive(dialog: Dialog, payload: dict[str, Any]) -> Outcome:
    """The update as it arrives (its JSON through the wire format), handled."""
    update = Update.de_json(json.loads(json.dumps(payload)), None)
    incoming = to_incoming(update)
    if incoming is None:
        return Outcome(False, [])
    query = update.callback_query
    pressed = query.message if query is not None else None
    sink = OutboxReplies(incoming.chat_id, pressed.message_id if pressed else None)
    try:
        return Outcome(True, dialog.handle(incoming, sink))
    except DialogFailure as failure:
        return Outcome(True, list(failure.replies), failure)


def text_update(update_id: int, chat_id: int, body: str) -> dict[str, Any]:
    """A resident's text message in a private chat."""
    chat = {"id": chat_id, "type": "private", "first_name": "Anna"}
    sender = {"id": chat_id, "is_bot": False, "first_name": "Anna"}
    message = {"message_id": 1, "date": 0, "chat": chat, "from": sender, "text": body}
    return {"update_id": update_id, "message": message}


def callback_update(update_id: int, chat_id: int, data: str) -> dict[str, Any]:
    """A button press in a private chat, on a message the bot sent."""
    chat = {"id": chat_id, "type": "private", "first_name": "Anna"}
    sender = {"id": chat_id, "is_bot": False, "first_name": "Anna"}
    shown = {"message_id": 7, "date": 0, "chat": chat, "text": "Stimmt das so?"}
    query = {"id": f"q{update_id}", "from": sender, "chat_instance": "c", "message": shown}
    return {"update_id": update_id, "callback_query": {**query, "data": data}}
