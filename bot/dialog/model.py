"""What goes in and out of the dialog, whatever the channel."""

from __future__ import annotations

from enum import StrEnum

from bot.messages import Button, Incoming, Notice, Reply

__all__ = ["CONCERN_STATES", "Button", "DialogFailure", "Incoming", "Notice", "Reply", "State"]


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


class DialogFailure(Exception):
    """Handling a message failed. `stored` says whether the resident's text is safe
    in the store (the apology must be true); `lang` is the resident's language;
    `replies` must still be sent before the apology (emergency numbers);
    `apologised`: the apology is owed already (the sink holds it)."""

    def __init__(
        self,
        *,
        stored: bool,
        lang: str,
        replies: list[Reply] | None = None,
        apologised: bool = False,
    ) -> None:
        super().__init__(f"dialog failed (stored={stored})")
        self.stored = stored
        self.lang = lang
        self.replies = list(replies or [])
        self.apologised = apologised
