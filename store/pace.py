"""Telegram's flood limits as state in the database, shared by every replica
sending from one PostgreSQL database (one process on SQLite keeps them in
memory instead: bot.telegram.outbox).

- Overall: one row per channel (chat_id "*") holds the next free send slot;
  a sender takes slots with one INSERT ... ON CONFLICT DO UPDATE ... RETURNING
  (the row lock orders the replicas; several slots at once for the messages
  waiting together) and waits for them, so all replicas together keep `rate`
  a second, evenly spaced. A 429 that is not a chat's own pushes the slot
  back (`pause`).
- Per chat: a row per chat holds its GCRA state (`tat`, and `free_at`, when
  its next message may go), written with the outcome of each message (the
  outcomes recorded together: one statement); a chat
  not free yet is not claimed (`busy_chats`), whichever replica asks.

Times are epoch seconds (time.time()) of the replicas' clocks, which are
assumed to agree to a few milliseconds (NTP).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, bindparam, case, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from store.models import SendPace
from store.rows import insert_missing

OVERALL = "*"
_T: Table = SendPace.__table__  # type: ignore[attr-defined]


def _upsert(session: Session) -> Any:
    """INSERT ... ON CONFLICT of the dialect (PostgreSQL, SQLite)."""
    name = session.get_bind().dialect.name
    return postgresql.insert if name == "postgresql" else sqlite.insert


def take_slot(
    session: Session | Connection, *, channel: str, gap: float, now: float, count: int = 1
) -> float:
    """The first of the next `count` overall send slots, `gap` apart (epoch
    seconds; `now` if free): the callers send at those times. One statement
    (the row created on first use; built once per dialect); commit right after
    (the row stays locked until then)."""
    conn = _connection(session)
    params = {"channel": channel, "chat_id": OVERALL, "now": now, "span": gap * count}
    tat = conn.execute(_built(conn).take_slot, params).scalar_one()
    return float(tat) - gap * count


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
    record_chats(session, channel=channel, paces=[(chat_id, tat, free_at)])


def record_chats(
    session: Session | Connection,
    *,
    channel: str,
    paces: Sequence[tuple[str, float, float]],
) -> None:
    """Several chats' paces, (chat id, tat, free_at) each, in one statement; a
    pace is never moved back (the latest of a chat's given ones counts)."""
    latest: dict[str, tuple[float, float]] = {}
    for chat_id, tat, free_at in paces:
        if chat_id not in latest or latest[chat_id][0] < tat:
            latest[chat_id] = (tat, free_at)
    if not latest:
        return
    rows = [
        {"channel": channel, "chat_id": chat, "tat": tat, "free_at": free_at}
        for chat, (tat, free_at) in sorted(latest.items())  # one lock order for all replicas
    ]
    conn = _connection(session)
    conn.execute(_built(conn).record_chats, rows)  # executemany: one statement, built once


def chat_tats(
    session: Session | Connection, *, channel: str, chat_ids: list[str]
) -> dict[str, float]:
    """The recorded `tat` of these chats (those with one)."""
    if not chat_ids:
        return {}
    conn = _connection(session)
    rows = conn.execute(_built(conn).chat_tats, {"channel": channel, "chat_ids": chat_ids})
    return {chat: float(tat) for chat, tat in rows}


def forget_idle(session: Session, *, before: float) -> int:
    """Chats whose pace lies before `before` need no row (and their ids are not
    kept longer than needed)."""
    result = session.exec(
        delete(SendPace).where(col(SendPace.chat_id) != OVERALL, col(SendPace.tat) < before)
    )
    return int(result.rowcount or 0)


def _connection(session: Session | Connection) -> Connection:
    return session if isinstance(session, Connection) else session.connection()


class _Statements:
    """The sender's statements for one dialect, built once."""

    def __init__(self, dialect: str) -> None:
        c = _T.c
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        now = bindparam("now", type_=c.tat.type)
        slot = insert(_T).values(
            channel=bindparam("channel"),
            chat_id=bindparam("chat_id"),
            tat=now + bindparam("span", type_=c.tat.type),
            free_at=0.0,
        )
        later = case((c.tat > now, c.tat), else_=now)
        self.take_slot = slot.on_conflict_do_update(
            index_elements=["channel", "chat_id"],
            set_={"tat": later + bindparam("span", type_=c.tat.type)},
        ).returning(c.tat)
        chats = insert(_T)
        self.record_chats = chats.on_conflict_do_update(
            index_elements=["channel", "chat_id"],
            set_={"tat": chats.excluded.tat, "free_at": chats.excluded.free_at},
            where=c.tat < chats.excluded.tat,
        )
        self.chat_tats = select(c.chat_id, c.tat).where(
            c.channel == bindparam("channel"),
            c.chat_id.in_(bindparam("chat_ids", expanding=True)),
        )


_for_dialect = cache(_Statements)  # built once per dialect, as rows.statement does


def _built(conn: Connection) -> _Statements:
    return _for_dialect(conn.dialect.name)
