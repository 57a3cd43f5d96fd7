"""A concern's photos as stored (`Concern.photos`) and as owed to a chat
(`OutboxMessage.photos`): one string per photo, whatever the channel.

- A channel's file id as it is: a photo ("AgACAgI…"; Telegram's sendPhoto).
- `document:` and the file id: a picture the resident sent as a file
  (Telegram's `document` with an image type: Telegram Desktop, "send as file").
  Telegram cannot send a file id as another type than the one it was received
  as ("It is not possible to change the file type when resending by file_id",
  Bot API, Sending files; sendPhoto answers "can't use file of type Document as
  Photo"): the sender sends it back with sendDocument.
- In the outbox, a caption may follow after a line break ("ZH-2026-000012 ·
  Foto 1/2", `captioned`): a photo in the staff chat says which concern it
  belongs to (new-user trial l, finding 7). Telegram file ids have no line
  breaks and no colon.

New-user trial l, finding 4: a picture sent as a file was "nicht lesbar".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

DOCUMENT = "document:"


@dataclass(frozen=True, slots=True)
class Photo:
    file_id: str
    as_document: bool = False  # received as a file: sent back as one
    caption: str | None = None


def document(file_id: str) -> str:
    """The stored form of a picture received as a file."""
    return f"{DOCUMENT}{file_id}"


def captioned(photos: Sequence[str], caption: Callable[[int, int], str]) -> list[str]:
    """Each photo with its caption: `caption(n, total)` for the n-th of `total`."""
    total = len(photos)
    return [f"{plain(p)}\n{caption(n, total)}" for n, p in enumerate(photos, start=1)]


def plain(entry: str) -> str:
    """The photo without its caption."""
    return entry.partition("\n")[0]


def read(entry: str) -> Photo:
    """A stored or owed photo: its file id, how it is sent, its caption."""
    stored, _, caption = entry.partition("\n")
    if stored.startswith(DOCUMENT):
        return Photo(stored[len(DOCUMENT) :], True, caption or None)
    return Photo(stored, False, caption or None)
