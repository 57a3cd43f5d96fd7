"""Telegram's flood limits as state in the database, shared by every replica
sending from one PostgreSQL database (one process on SQLite keeps them in
memory instead: bot.telegram.outbox).

- Overall: one row per channel (chat_id "*") holds the next free send slot; a
  sender takes a slot with one UPDATE ... RETURNING (the row lock orders the
  replicas) and waits for it, so all replicas together keep `rate` a second,
  evenly spaced. A 429 that is not a chat's own pushes the slot back (`pause`).
- Per chat: a row per chat holds its GCRA state (`tat`, and `free_at`, when
  its next message may go), written with the outcome of each message; a chat
  not free yet is not claimed (`busy_chats`), whichever replica asks.

Times are epoch seconds (time.time()) of the replicas' clocks, which are
assumed to agree to a few milliseconds (NTP).
"""

from __future__ import annotations

from sqlalchemy import case, delete, update
from sqlmodel import Session, col, select

from store.models import SendPace
from store.repository import insert_missing

OVERALL = "*"


def take_slot(session: Session, *, channel: str, gap: float, now: float) -> float:
    """The next overall send slot (epoch seconds; `now` if free): the caller
    sends at that time. Commit right after (the row stays locked until then)."""
    insert_missing(session, SendPace, ("channel", "chat_id"), channel=channel, chat_id=OVERALL)
    later = case((col(SendPace.tat) > now, col(SendPace.tat)), else_=now)
    stmt = (
        update(SendPace)
        .where(col(SendPace.channel) == channel, col(SendPace.chat_id) == OVERALL)
        .values(tat=later + gap)
        .returning(col(SendPace.tat))
    )
    tat = session.exec(stmt).scalar_one()
    return float(tat) - gap


def pause(session: Session, *, channel: str, until: float) -> None:
    """Nothing more is sent on `channel` before `until` (Telegram said so)."""
    insert_missing(session, SendPace, ("channel", "chat_id"), channel=channel, chat_id=OVERALL)
    session.exec(
        update(SendPace)
        .where(
            col(SendPace.channel) == channel,
            col(SendPace.chat_id) == OVERALL,
            col(SendPace.tat) < until,
        )
        .values(tat=until)
    )


def record_chat(
    session: Session, *, channel: str, chat_id: str, tat: float, free_at: float
) -> None:
    """The chat's pace after a message (never moved back)."""
    if not insert_missing(
        session,
        SendPace,
        ("channel", "chat_id"),
        channel=channel,
        chat_id=chat_id,
        tat=tat,
        free_at=free_at,
    ):
        session.exec(
            update(SendPace)
            .where(
                col(SendPace.channel) == channel,
                col(SendPace.chat_id) == chat_id,
                col(SendPace.tat) < tat,
            )
            .values(tat=tat, free_at=free_at)
        )


def chat_tats(session: Session, *, channel: str, chat_ids: list[str]) -> dict[str, float]:
    """The recorded `tat` of these chats (those with one)."""
    if not chat_ids:
        return {}
    rows = session.exec(
        select(SendPace.chat_id, SendPace.tat).where(
            col(SendPace.channel) == channel, col(SendPace.chat_id).in_(chat_ids)
        )
    )
    return {chat: float(tat) for chat, tat in rows}


def forget_idle(session: Session, *, before: float) -> int:
    """Chats whose pace lies before `before` need no row (and their ids are not
    kept longer than needed)."""
    result = session.exec(
        delete(SendPace).where(col(SendPace.chat_id) != OVERALL, col(SendPace.tat) < before)
    )
    return int(result.rowcount or 0)
