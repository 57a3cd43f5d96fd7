"""Callback data: a small, strict codec. Telegram allows 1-64 bytes; anything a
client could forge (unknown actions, huge or non-ASCII numbers) decodes to None."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    CONFIRM = "ok"  # forward the concern
    NOT_RIGHT = "no"  # "Nein": what is wrong?
    CHANGE_TOPIC = "tp"  # show all topics
    TOPIC = "t"  # arg: topic code
    CHANGE_PLACE = "pl"  # show the Kreise
    KREIS = "k"  # arg: 1..12 or "none"
    NEW_CONCERN = "new"  # the text in question is a new concern
    PLACE_FOR = "pf"  # the text in question is the place of this concern
    DISCARD = "x"  # withdraw the draft
    SAME_PLACE = "sp"  # arg: the earlier concern (same message, or urgent: last hour) whose place
    DELETE = "del"  # arg: yes / no (no concern id)
    REPLY_YES = "ry"  # the text asked about is the answer to this concern
    REPLY_NO = "rn"  # ... it is not: a new concern
    WITHDRAW = "wd"  # withdraw this concern (asked without a reference)
    KEEP = "kp"  # do not withdraw it


_ID = re.compile(r"[0-9]{1,12}")  # ASCII digits only; str.isdigit() accepts "¹" and "٣"
MAX_ID = 2**31 - 1  # the store's ids are PostgreSQL integers: a larger one is an error there
_ARG = re.compile(r"[a-z0-9_]{1,32}")
MAX_BYTES = 64


@dataclass(frozen=True, slots=True)
class Callback:
    action: Action
    concern_id: int | None = None
    arg: str | None = None

    def encode(self) -> str:
        parts = [self.action.value]
        if self.concern_id is not None:
            parts.append(str(self.concern_id))
        if self.arg is not None:
            parts.append(self.arg)
        data = ":".join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise ValueError("callback data over 64 bytes")
        return data


def encode(action: Action, concern_id: int | None = None, arg: str | None = None) -> str:
    return Callback(action, concern_id, arg).encode()


def decode(data: str) -> Callback | None:
    """The button pressed, or None for data this bot never made."""
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    parts = data.split(":")
    try:
        action = Action(parts[0])
    except ValueError:
        return None
    if action is Action.DELETE:
        if len(parts) == 2 and parts[1] in {"yes", "no"}:
            return Callback(action, None, parts[1])
        return None
    if len(parts) < 2 or not _id_ok(parts[1]):
        return None
    concern_id = int(parts[1])
    if action in {Action.TOPIC, Action.KREIS, Action.SAME_PLACE}:
        if len(parts) != 3 or not _ARG.fullmatch(parts[2]):
            return None
        arg = parts[2]
        if action is Action.KREIS and arg != "none" and not _kreis_ok(arg):
            return None
        if action is Action.SAME_PLACE and not _id_ok(arg):
            return None
        return Callback(action, concern_id, parts[2])
    if len(parts) != 2:
        return None
    return Callback(action, concern_id)


def _id_ok(value: str) -> bool:
    return _ID.fullmatch(value) is not None and int(value) <= MAX_ID


def _kreis_ok(value: str) -> bool:
    return value.isascii() and value.isdigit() and 1 <= int(value) <= 12
