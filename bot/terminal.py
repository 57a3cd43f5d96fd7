"""The terminal chat: the very same dialog on the embedded store, no token needed.

Buttons show as numbered choices; typing the number or the label chooses.
`/standort LAT LON` shares a location, `/foto [caption]` sends a photo (a
stand-in: the terminal has no camera, the dialog gets a file id of its own as
from Telegram). With stdin piped, each line is one
message, so a conversation can be scripted. The chat id is stable (`--chat-id`,
default "terminal"), so a restart resumes the open question and /meine lists
earlier concerns.

What the bot owes this chat outside the conversation (status notices, staff
answers, and for a terminal chat registered as staff its alerts) waits in the
outbox: it is shown at start and at each message, before the replies, and its
buttons are numbered after the replies' buttons.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable
from typing import TextIO

from sqlalchemy import Engine

from bot.cleaning import clean_text
from bot.dialog import Button, Dialog, DialogFailure, Incoming, Reply
from bot.notices import enqueue_notices
from bot.texts import t
from digest.delivery import deliver_due
from store import outbox
from store.db import session_scope

CHANNEL = "terminal"
_LOCATION = re.compile(
    r"^/(standort|location)\s+(-?\d+(?:\.\d+)?)[,\s]+(-?\d+(?:\.\d+)?)\s*$", re.I
)
_UNSUPPORTED = re.compile(r"^/(voice|sticker|file|poll)\b", re.I)
_PHOTO = re.compile(r"^/(foto|photo)\b\s*(.*)$", re.I | re.S)
_photos = itertools.count(1)


def render(reply: Reply, out: TextIO, interactive: bool, start: int = 1) -> list[Button]:
    """Print a reply; returns its buttons in the order they are numbered (from `start`)."""
    prefix = "Quartierbot: " if interactive else "bot> "
    out.write(prefix + reply.text.replace("\n", "\n" + " " * len(prefix)) + "\n")
    buttons = [b for row in reply.buttons for b in row]
    for i, button in enumerate(buttons, start):
        out.write(f"  [{i}] {button.label}\n")
    if reply.request_location:
        out.write(f"  {t(reply.lang, 'terminal_location_hint')}\n")
    out.flush()
    return buttons


def to_incoming(line: str, buttons: list[Button], chat_id: str) -> Incoming:
    # Bytes that are no UTF-8 (read as lone surrogates), NUL, escape sequences:
    # cleaned as on Telegram, so the dialog and the store can take the line.
    line = clean_text(line) or ""
    text = line.strip()
    chosen = None
    if text.isascii() and text.isdigit() and 1 <= int(text) <= len(buttons):
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
    m = _PHOTO.match(text)
    if m:
        caption = m.group(2).strip() or None
        photo = f"terminal-photo-{next(_photos)}"
        return Incoming(CHANNEL, chat_id, "photo", user_id=chat_id, photo=photo, text=caption)
    if _UNSUPPORTED.match(text):
        return Incoming(CHANNEL, chat_id, "unsupported", user_id=chat_id)
    if text.startswith("/"):
        return Incoming(CHANNEL, chat_id, "command", user_id=chat_id, text=text)
    return Incoming(CHANNEL, chat_id, "text", user_id=chat_id, text=line.rstrip("\n"))


def show_outbox(
    engine: Engine, chat_id: str, out: TextIO, interactive: bool, start: int = 1
) -> list[Button]:
    """Print what the outbox holds for this terminal chat, oldest first, and mark
    it sent (one transaction: what fails to print stays owed). Returns the
    buttons, numbered from `start`."""
    buttons: list[Button] = []
    with session_scope(engine) as s:
        while rows := outbox.claim_due(s, channel=CHANNEL, chat_id=chat_id, limit=100):
            for msg in rows:
                reply = Reply(
                    msg.text or "",
                    [[Button(label, data) for label, data in r] for r in msg.buttons],
                )
                buttons += render(reply, out, interactive, start + len(buttons))
                if msg.photos:
                    out.write(f"  ({len(msg.photos)} Foto(s))\n")
                assert msg.id is not None
                outbox.mark_sent(s, msg.id)
    return buttons


def _show(
    dialog: Dialog, replies: list[Reply], out: TextIO, chat_id: str, interactive: bool
) -> list[Button]:
    """The outbox's messages, then the replies; the buttons that can be chosen now
    (the last reply's that has some, numbered from 1, then the outbox's)."""
    active: list[Button] = []
    for reply in replies:
        active = [b for row in reply.buttons for b in row] or active
    owed = show_outbox(dialog.engine, chat_id, out, interactive, start=len(active) + 1)
    for reply in replies:
        render(reply, out, interactive)
    return active + owed


def run_chat(
    dialog: Dialog, lines: Iterable[str], out: TextIO, *, chat_id: str, interactive: bool
) -> None:
    """Drive the dialog from `lines` (stdin) until they end."""
    if isinstance(lines, io.TextIOWrapper):
        # Bytes that are no UTF-8 must not end the chat (the default 'strict'
        # of a UTF-8 locale raises): kept as lone surrogates, which
        # `to_incoming` cleans to U+FFFD.
        lines.reconfigure(errors="surrogateescape")
    # What happened meanwhile (drafts forwarded after their timeout, held concerns
    # released): the terminal has no job queue, so maintenance runs at start; its
    # notices go to the outbox like everyone else's (Telegram ones wait there for
    # the running bot).
    enqueue_notices(dialog.engine, dialog.maintenance())
    # Digests due by now (a terminal staff chat sees its office's digest as text).
    deliver_due(dialog.engine, dialog.routing, send_at=dialog.settings.digest_time)
    # Resume: the open question again (or the start text for a new chat), no reset.
    buttons = _show(dialog, dialog.resume(CHANNEL, chat_id), out, chat_id, interactive)
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
            out.write(f"you> {(clean_text(line) or '').rstrip()}\n")
        try:
            replies = dialog.handle(to_incoming(line, buttons, chat_id))
        except DialogFailure as failure:
            key = "error" if failure.stored else "error_not_stored"
            replies = [*failure.replies, Reply(t(failure.lang, key))]
        # A reply without buttons leaves the earlier ones, as a Telegram message
        # keeps its keyboard: "1" typed twice presses the same button twice (the
        # dialog repeats its answer or says the button is out of date), not text.
        buttons = _show(dialog, replies, out, chat_id, interactive) or buttons
        if interactive:
            out.write("> ")
            out.flush()
    if interactive:
        out.write("\n")
