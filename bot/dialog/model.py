"""What goes in and out of the dialog, whatever the channel."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class State(StrEnum):
    """Where a conversation stands. Each state has one handler for text."""

    IDLE = "idle"
    AWAIT_PLACE = "await_place"  # "Wo ist das genau?"
    AWAIT_PLACE_DETAIL = "await_place_detail"  # "Welche Hausnummer?"
    AWAIT_CONFIRM = "await_confirm"  # [Ja, weiterleiten] [Thema ändern] [Ort ändern]
    CHOOSE_TOPIC = "choose_topic"  # topic buttons (low confidence or "Thema ändern")
    NEW_OR_PLACE = "new_or_place"  # "Neues Anliegen" / "Ort für ZH-…"
    CONFIRM_DELETE = "confirm_delete"

    @classmethod
    def parse(cls, value: str) -> State:
        try:
            return cls(value)
        except ValueError:
            return cls.IDLE  # a state of an older version: start afresh, lose nothing stored


# States in which the conversation is about one concern (data["concern_id"]).
CONCERN_STATES = frozenset(
    {
        State.AWAIT_PLACE,
        State.AWAIT_PLACE_DETAIL,
        State.AWAIT_CONFIRM,
        State.CHOOSE_TOPIC,
        State.NEW_OR_PLACE,
    }
)


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
    kind: str  # text, command, photo, location, callback, unsupported
    user_id: str | None = None
    text: str | None = None
    photo: str | None = None  # channel file id
    lat: float | None = None
    lon: float | None = None
    data: str | None = None  # callback data
    update_id: int | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """A message to a resident outside a conversation (status change, draft forwarded)."""

    channel: str
    chat_id: str
    reply: Reply


class DialogFailure(Exception):
    """Handling a message failed. `stored` says whether the resident's text is safe
    in the store (the apology must be true); `lang` is the resident's language;
    `replies` must still be sent before the apology (emergency numbers)."""

    def __init__(self, *, stored: bool, lang: str, replies: list[Reply] | None = None) -> None:
        super().__init__(f"dialog failed (stored={stored})")
        self.stored = stored
        self.lang = lang
        self.replies = list(replies or [])
