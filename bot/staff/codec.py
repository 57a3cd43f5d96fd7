"""Callback data of staff buttons: "S:<action>:<concern id>[:<arg>]", at most 64
bytes. Anything a client could forge decodes to None; what a decoded button
may do is still checked against the member's rights (bot.staff.access)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

PREFIX = "S"
MAX_BYTES = 64
_ID = re.compile(r"[0-9]{1,12}")
MAX_ID = 2**31 - 1  # the store's ids are PostgreSQL integers: a larger one is an error there
_ARG = re.compile(r"[a-z0-9_]{1,32}")


class StaffAction(StrEnum):
    TAKE = "take"  # "Übernehmen"
    NOT_OURS = "no"  # "Nicht zuständig": the likeliest other offices
    ALL_OFFICES = "all"  # every office
    MOVE = "mv"  # arg: office code
    STATUS_MENU = "st"
    STATUS = "sv"  # arg: status
    TOPIC = "tp"  # arg: topic code (/thema REF without a topic)
    SHOW = "show"  # the card with its history
    PAGE = "pg"  # inbox page; concern id is the page number
    CANCEL = "x"


_WITH_ARG = {StaffAction.MOVE, StaffAction.STATUS, StaffAction.TOPIC}


@dataclass(frozen=True, slots=True)
class StaffCallback:
    action: StaffAction
    concern_id: int
    arg: str | None = None


def encode(action: StaffAction, concern_id: int, arg: str | None = None) -> str:
    data = ":".join([PREFIX, action.value, str(concern_id), *([arg] if arg else [])])
    if len(data.encode()) > MAX_BYTES:
        raise ValueError("callback data over 64 bytes")
    return data


def is_staff_data(data: str | None) -> bool:
    return bool(data) and (data or "").startswith(PREFIX + ":")


def decode(data: str | None) -> StaffCallback | None:
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != PREFIX:
        return None
    try:
        action = StaffAction(parts[1])
    except ValueError:
        return None
    if not _ID.fullmatch(parts[2]) or int(parts[2]) > MAX_ID:
        return None
    if action in _WITH_ARG:
        if len(parts) != 4 or not _ARG.fullmatch(parts[3]):
            return None
        return StaffCallback(action, int(parts[2]), parts[3])
    if len(parts) != 3:
        return None
    return StaffCallback(action, int(parts[2]))
