"""The session, resident and conversation of the message being handled."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session

from bot.dialog.model import State
from store import repository as repo
from store.models import Concern, Conversation, Resident, Status


class Ctx:
    def __init__(
        self, s: Session, resident: Resident, conv: Conversation, *, urgent: bool = False
    ) -> None:
        self.s = s
        self.resident = resident
        self.conv = conv
        self.urgent = urgent  # the message being handled is an emergency
        self.category: str | None = None  # its kind ("fire", "suicide", ...)
        self.kept: SessionTransaction | None = None  # the last point to keep on failure
        self.deleted = False
        self.answered_nothing = False  # a sticker, "hello???": the row of `once_more`

    @property
    def lang(self) -> str:
        return self.resident.language

    @property
    def state(self) -> State:
        return State.parse(self.conv.state)

    @property
    def data(self) -> dict[str, Any]:
        return self.conv.data

    @property
    def queue(self) -> list[int]:
        """Concerns waiting their turn (the second concern of a message)."""
        return [int(i) for i in self.conv.data.get("queue", [])]

    def save(self, state: State, **data: Any) -> None:
        """Move to `state`; the queue and anything kept for the next concern stay
        (and the draft whose text was not the answer to the city: not asked again)."""
        if self.deleted:
            return
        # "reply_offer": the resident's text waiting for "Ist das Ihre Antwort zu
        # ZH-…?" (reply_to_city) stays until answered, also when an emergency or
        # a new concern comes in between.
        for keep in (
            "queue",
            "photos",
            "location",
            "reply_declined",
            "crisis_held",
            "place_first",  # bot.dialog.place_first: held for an emergency's place
            "reply_offer",
            "withdraw_held",  # bot.dialog.withdraw_held: asked again after an emergency
            "aside_of",  # bot.dialog.answer_aside: queued afterthoughts' answered concerns
            "lang_shown",  # bot.dialog.language_kept: the resident's language shown
        ):
            if keep in self.conv.data and keep not in data:
                data[keep] = self.conv.data[keep]
        data = {k: v for k, v in data.items() if v not in (None, [], {})}
        repo.save_conversation(self.s, conversation=self.conv, state=state.value, data=data)

    def commit(self) -> None:
        """Keep what is stored so far (the resident's text first of all) should a
        later step fail: a savepoint the handling goes back to and commits
        (the message's transaction stays one: a crash keeps nothing of it)."""
        self.s.flush()
        repo.write_held(self.s)  # a held save of the conversation: kept too
        self.kept = self.s.begin_nested()

    def own(self, concern_id: int | None) -> Concern | None:
        """The resident's own concern, whatever its status."""
        if concern_id is None:
            return None
        return repo.own_concern(self.s, concern_id=concern_id, resident=self.resident)

    def current(self) -> Concern | None:
        """The draft this conversation is about, if any."""
        concern = self.own(self.data.get("concern_id"))
        if concern is None or concern.status != Status.DRAFT:
            return None
        return concern


# The resident's latest concern, as `latest_concern` reads it: a call reads it the
# first time and gives that same row after.
LatestConcern = Callable[[], Concern | None]


def latest_concern(ctx: Ctx) -> LatestConcern:
    """A reader of the resident's latest concern (newest first, limit 1) that
    reads it once, at its first call. An idle text's checks ask for it up to
    three times (`again.closed_concern`, `references.forwarded_a_moment_ago`,
    `late_place.waiting_for_place`); `answers.on_text` makes one for them and
    passes it on, nobody keeps it. A check that files, withdraws or changes a
    concern ends the checks (it returns its replies), so the row is still the
    latest whenever the reader is called."""
    found: list[Concern | None] = []

    def read() -> Concern | None:
        if not found:
            latest = repo.concerns_of(ctx.s, resident=ctx.resident, limit=1)
            found.append(latest[0] if latest else None)
        return found[0]

    return read
