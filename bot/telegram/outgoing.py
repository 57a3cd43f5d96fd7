"""A message of the outbox as the sender (bot.telegram.outbox) holds it while
sending, and the outcome of an attempt (its keyboard: bot.telegram.api)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A claimed message, read before the claim's transaction ends."""

    id: int
    chat_id: str
    text: str | None
    buttons: list[list[list[str]]]
    photos: list[str]
    attempts: int
    parse_mode: str | None = None  # "HTML": sent as one message, never cut
    document_name: str | None = None
    document: str | None = None  # a file sent last (the digest page)
    edit_message_id: int | None = None  # the first piece replaces this message
    location_label: str | None = None  # a one-time keyboard asking for the location
    chat_tat: float | None = None  # the chat's shared pace (epoch seconds), if recorded
    edit_digest: str | None = None  # an edit's content (store.outbox_edits)

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Outgoing:
        """From a claimed row (store.outbox.claim_rows)."""
        return cls(
            int(row["id"]),
            row["chat_id"],
            row["text"],
            [[list(b) for b in r] for r in row["buttons"] or []],
            list(row["photos"] or []),
            int(row["attempts"]),
            row["parse_mode"],
            row["document_name"],
            row["document"],
            row["edit_message_id"],
            row["location_label"],
            edit_digest=row.get("edit_digest"),
        )

    def with_tat(self, tat: float | None) -> Outgoing:
        return replace(self, chat_tat=tat)


@dataclass(slots=True)
class Outcome:
    kind: str  # sent, retry, blocked, failed, moved
    error: str = ""
    delay: float = 0.0
    rest: tuple[str | None, list[list[list[str]]], list[str]] | None = None
    moved_to: str | None = None  # a group's new chat id (it became a supergroup)
    pause_all: float = 0.0  # a 429 not of the chat's own: every chat waits this long
    not_edited: bool = False  # sent, but as a new message: the one to edit could not be
