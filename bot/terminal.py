"""The terminal chat: the very same dialog on the embedded store, no token needed.

Buttons show as numbered choices; typing the number or the label chooses.
`/standort LAT LON` shares a location. With stdin piped, each line is one
message, so a conversation can be scripted. The chat id is stable (`--chat-id`,
default "terminal"), so a restart resumes the open question and /meine lists
earlier concerns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from bot.dialog import Button, Dialog, DialogFailure, Incoming, Reply
from bot.texts import t

CHANNEL = "terminal"
_LOCATION = re.compile(
    r"^/(standort|location)\s+(-?\d+(?:\.\d+)?)[,\s]+(-?\d+(?:\.\d+)?)\s*$", re.I
)
_UNSUPPORTED = re.compile(r"^/(voice|sticker|file|poll)\b", re.I)


def render(reply: Reply, out: TextIO, interactive: bool) -> list[Button]:
    """Print a reply; returns its buttons in the order they are numbered."""
    prefix = "Quartierbot: " if interactive else "bot> "
    out.write(prefix + reply.text.replace("\n", "\n" + " " * len(prefix)) + "\n")
    buttons = [b for row in reply.buttons for b in row]
    for i, button in enumerate(buttons, 1):
        out.write(f"  [{i}] {button.label}\n")
    if reply.request_location:
        out.write("  (Standort: /standort 47.3769 8.5417)\n")
    out.flush()
    return buttons


def to_incoming(line: str, buttons: list[Button], chat_id: str) -> Incoming:
    text = line.strip()
    chosen = None
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        chosen = buttons[int(text) - 1]
    else:
        chosen = next((b for b in buttons if b.label.casefold() == text.casefold()), None)
    if chosen is not None:
        return Incoming(CHANNEL, chat_id, "callback", user_id=chat_id, data=chosen.data)
    m = _LOCATION.match(text)
    if m:
        return Incoming(
            CHANNEL,
            chat_id,
            "location",
            user_id=chat_id,
            lat=float(m.group(2)),
            lon=float(m.group(3)),
        )
    if _UNSUPPORTED.match(text):
        return Incoming(CHANNEL, chat_id, "unsupported", user_id=chat_id)
    if text.startswith("/"):
        return Incoming(CHANNEL, chat_id, "command", user_id=chat_id, text=text)
    return Incoming(CHANNEL, chat_id, "text", user_id=chat_id, text=line.rstrip("\n"))


def run_chat(
    dialog: Dialog, lines: Iterable[str], out: TextIO, *, chat_id: str, interactive: bool
) -> None:
    """Drive the dialog from `lines` (stdin) until they end."""
    buttons: list[Button] = []
    # What happened meanwhile (drafts forwarded after their timeout, held concerns
    # released): the terminal has no job queue, so maintenance runs at start.
    for notice in dialog.maintenance():
        if (notice.channel, notice.chat_id) == (CHANNEL, chat_id):
            render(notice.reply, out, interactive)
    # Resume: the open question again (or the start text for a new chat), no reset.
    for reply in dialog.resume(CHANNEL, chat_id):
        buttons = render(reply, out, interactive) or buttons
    if interactive:
        out.write("> ")
        out.flush()
    for line in lines:
        if not line.strip():
            if interactive:
                out.write("> ")
                out.flush()
            continue
        if not interactive:
            out.write(f"you> {line.rstrip()}\n")
        try:
            replies = dialog.handle(to_incoming(line, buttons, chat_id))
        except DialogFailure as failure:
            key = "error" if failure.stored else "error_not_stored"
            replies = [*failure.replies, Reply(t(failure.lang, key))]
        new_buttons: list[Button] = []
        for reply in replies:
            new_buttons = render(reply, out, interactive) or new_buttons
        buttons = new_buttons
        if interactive:
            out.write("> ")
            out.flush()
    if interactive:
        out.write("\n")
