"""Edits the outbox need not send: an edit of a message (a pressed button's
answer) whose content is exactly what that message already shows. A double tap
on [Ja, weiterleiten] answers twice with the same card; Telegram refuses the
second edit ("message is not modified"), a wasted request against its limits.

Every edit row gets a digest of its content when queued (`digest`, in the same
INSERT); once sent, the content is erased and the digest stays, until the row
goes (`purge_sent`, 30 days) or the chat's data is deleted (`forget_chat`).
Before sending an edit of message M, the sender reads M's previous edit in the
chat (`unchanged`: one indexed read, edits only): if that one was sent, edited
M, and had the same digest, M already shows this content and the new edit is
marked sent without a request.

The database decides, not a process, so it holds with several replicas: a
chat's messages go out strictly in order (store.outbox.claim_rows, `in_order`),
so M's previous edit is sent or failed by the time this one is sent. Whatever
leaves M's content unknown makes the next edit go out: a previous edit that
failed, is still pending or was given up; one whose edit did not happen (the
message could not be edited, the text went as a new message: `not_edited`
erases its digest); one cut in pieces (`keep_rest` drops its `edit_message_id`:
it stays an edit row, of an unknown message).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, or_, select, text, update
from sqlmodel import Session

from store.models import EDIT_ROWS, OutboxMessage, OutboxStatus

_T: Table = OutboxMessage.__table__  # type: ignore[attr-defined]
DIGEST_CHARS = 32  # hex: 128 bits


def digest(row: Mapping[str, Any]) -> str | None:
    """The digest of an outbox row's content (its columns -> values, buttons as
    stored), None unless it is an edit. Salted with the chat and the message,
    so equal texts to different messages do not share a digest."""
    message_id = row.get("edit_message_id")
    if message_id is None:
        return None
    content = [
        row["chat_id"],
        message_id,
        row.get("text"),
        row.get("parse_mode"),
        row.get("buttons") or [],
        row.get("photos") or [],
        row.get("location_label"),
        row.get("document_name"),
        row.get("document"),
    ]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:DIGEST_CHARS]


_c = _T.c
# The latest earlier edit row of the chat that edited this message, or that may
# have (cut in pieces: its message id dropped). The literal EDIT_ROWS term lets
# SQLite, too, use the partial index ix_outbox_edits.
_PREVIOUS = (
    select(_c.status, _c.edit_message_id, _c.edit_digest)
    .where(
        _c.channel == bindparam("channel"),
        _c.chat_id == bindparam("chat_id"),
        _c.id < bindparam("id"),
        text(f"({EDIT_ROWS})"),
        or_(_c.edit_message_id == bindparam("message_id"), _c.edit_message_id.is_(None)),
    )
    .order_by(_c.id.desc())
    .limit(1)
)


def unchanged(
    engine: Engine,
    *,
    msg_id: int,
    channel: str,
    chat_id: str,
    message_id: int,
    edit_digest: str,
) -> bool:
    """Whether the edit `msg_id` of `message_id` would change nothing: the
    message's previous edit was sent, edited it, with the same content."""
    params = {"channel": channel, "chat_id": chat_id, "id": msg_id, "message_id": message_id}
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # one round trip: no BEGIN, no ROLLBACK
            conn.execution_options(isolation_level="AUTOCOMMIT")
        previous = conn.execute(_PREVIOUS, params).first()
    return (
        previous is not None
        and previous.status == OutboxStatus.SENT.value
        and previous.edit_message_id == message_id
        and previous.edit_digest == edit_digest
    )


def _connection(session: Session | Connection) -> Connection:
    return session if isinstance(session, Connection) else session.connection()


_UNKNOWN = update(_T).where(_c.id.in_(bindparam("ids", expanding=True))).values(edit_digest=None)


def not_edited(session: Session | Connection, msg_ids: Sequence[int]) -> None:
    """These edits were sent as new messages (theirs could not be edited): what
    their messages show is not known from them."""
    if msg_ids:
        _connection(session).execute(_UNKNOWN, {"ids": sorted(msg_ids)})


def _erase(session: Session, *where: Any) -> None:
    stmt = update(_T).where(*where, _c.edit_digest.is_not(None)).values(edit_digest=None)
    session.exec(stmt.execution_options(synchronize_session=False))


def forget_chat(session: Session, *, channel: str, chat_id: str) -> None:
    """Deletion: the digests of what was sent to this chat go (its sent rows
    keep no content, and these are the last trace of it)."""
    _erase(session, _c.channel == channel, _c.chat_id == chat_id)


def forget_concerns(session: Session, concern_ids: Sequence[int]) -> None:
    """Deletion and retention of concerns: the digests of messages about them go."""
    if concern_ids:
        _erase(session, _c.concern_id.in_(list(concern_ids)))
