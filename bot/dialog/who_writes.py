"""Who a message is of, when the store found no resident for it (split from
bot/dialog/core.py):

- a staff chat's words: the desk's hint, no concern filed;
- a tap on an old button by a chat the store has no record of (trial leftovers,
  item 5: after /loeschen, a tap on a button of before made a new resident
  record): a tap alone makes none (`repo.arrive(create=False)`); the resident
  hears that the button is no longer current and can simply write (a second
  tap on "Ja, löschen" is answered by nothing, as before: trial m, § 14);
- otherwise a chat no longer registered as staff: a resident from now on.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from bot.dialog.codec import Action, Callback, decode
from bot.dialog.model import Incoming, Reply
from bot.staff import StaffDesk
from bot.texts import t
from store import repository as repo
from store.models import Resident


def creates_record(msg: Incoming) -> bool:
    """A message that may make a new resident record: anything but a tap."""
    return msg.kind != "callback"


def arrival_of(msg: Incoming) -> dict[str, Any]:
    """`repo.arrive`'s arguments that `msg` gives: its chat and update, whether a
    new chat is written (`creates_record`), and the concern a tap names
    (`draft`: read with the conversation, store.arrival_draft)."""
    tapped = decode(msg.data or "") if msg.kind == "callback" else None
    return {
        "channel": msg.channel,
        "chat_id": msg.chat_id,
        "user_id": msg.user_id,
        "update_id": msg.update_id,
        "create": creates_record(msg),
        "draft": tapped.concern_id if tapped is not None else None,
    }


def resident_or_reply(
    s: Session, desk: StaffDesk, msg: Incoming, lang: str, language: str | None
) -> Resident | list[Reply]:
    """The resident `msg` is of, or what to answer when there is none to handle
    it as (`lang`: the language to answer in; `language`: the one recognised in
    the message, for a resident made here)."""
    hint = desk.hint_for(s, msg)
    if hint is not None:
        return hint
    if not creates_record(msg):  # nothing stored for a tap alone
        deleted_again = decode(msg.data or "") == Callback(Action.DELETE, None, "yes")
        return [] if deleted_again else [Reply(t(lang, "tap_no_record"))]
    return repo.resident_writes(  # no longer staff: a resident
        s, channel=msg.channel, chat_id=msg.chat_id, user_id=msg.user_id, language=language
    )
