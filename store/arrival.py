"""A resident's message arrives: the update claimed, the chat's resident
written (or created), the chat's conversation locked, in as few statements as
the database allows (`arrive`)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from store import arrival_draft, conversations, recent, residents, rows
from store import statements as sql
from store.arrival_draft import Arrival
from store.models import Conversation, Resident, utcnow


def resident_writes(
    session: Session,
    *,
    channel: str,
    chat_id: str,
    user_id: str | None,
    language: str | None = None,
) -> Resident:
    """The resident of this chat as a message of theirs is handled, in one
    statement (an UPDATE ... RETURNING): seen now (retention forgets the chat of
    residents silent for the retention period), not blocked any more (writing
    again), and speaking `language` when one was recognised in the message.
    Created on the first message like get_or_create_resident (two more
    statements, safe when two first messages arrive at once)."""
    found = arrive(session, channel=channel, chat_id=chat_id, user_id=user_id, language=language)
    assert found.resident is not None  # neither a claim nor a staff check asked for
    return found.resident


def arrive(
    session: Session,
    *,
    channel: str,
    chat_id: str,
    user_id: str | None,
    language: str | None = None,
    first_language: str | None = None,
    update_id: int | None = None,
    unless_staff: bool = False,
    lock: bool = False,
    create: bool = True,
    draft: int | None = None,
) -> Arrival:
    """A resident's message arrives: the update claimed (claim_update; a repeat
    does nothing more), and the chat's resident written as in resident_writes,
    unless `unless_staff` and the chat is a staff chat (no resident written or
    created then: Arrival.resident is None).

    Known residents take one statement: on PostgreSQL the claim and the UPDATE
    ... RETURNING are one statement (a data-modifying WITH), on SQLite two; the
    staff check is a NOT EXISTS in the UPDATE (the registry is read in the
    same statement, so a staff chat added or removed counts from the next
    message on, in every replica). A new chat takes one more statement, the
    INSERT (with the same NOT EXISTS); a staff chat the INSERT that inserts
    nothing and a SELECT of the registry.

    `first_language`: a new chat's language when `language` is None (the language
    the message or the resident's app names, `bot.language.of_a_new_chat`; German
    without). A known resident keeps theirs.

    `lock`: then, when there is a resident, the chat's conversation locked
    (lock_conversation): on PostgreSQL in the same statement for a known
    resident whose chat has one (claimed_arrives_locked: the same locks in the
    same order), otherwise after it.

    `create` False: a new chat is not written (Arrival.resident None): a tap on
    an old button makes no resident record (bot.dialog.who_writes).

    `draft`: with `lock`, the concern a pressed button names is read with the
    conversation and attached to the session (store.arrival_draft)."""
    now = utcnow()
    params: dict[str, Any] = {
        "key_channel": channel,
        "key_chat_id": chat_id,
        "now": now,
        "language": language,
    }
    key = {"channel": channel, "chat_id": chat_id}
    values: rows.Row | None
    locked: rows.Row | None = None  # the conversation's row, when the statement locked it
    looked = False  # the statement looked for the conversation (and found it or none)
    if update_id is not None and session.get_bind().dialect.name == "postgresql":
        claim = _CLAIMS[(unless_staff, lock)]
        if lock and draft is not None and not unless_staff:
            claim, params["draft_id"] = arrival_draft.claimed_arrives_locked_draft, draft
        params.update(claim_channel=channel, claim_update_id=update_id, claim_at=now)
        got = rows.run(session, claim(session), params).mappings().one()
        if not got["claimed"]:
            return Arrival(False, None)
        values = got if got["id"] is not None else None
        if lock and values is not None:
            looked = True
            if got[f"{sql.CONVERSATION}channel"] is not None:
                locked = {name: got[f"{sql.CONVERSATION}{name}"] for name in _CONVERSATION}
                arrival_draft.attach(session, got)
    else:
        if update_id is not None and not claim_update(
            session, channel=channel, update_id=update_id
        ):
            return Arrival(False, None)
        update = sql.resident_arrives_unless_staff if unless_staff else sql.resident_arrives
        values = rows.run(session, update(session), params).mappings().first()
    if values is None:  # a new chat (its INSERT checks the registry too), or staff
        if not create:
            return Arrival(True, None)
        new = residents.new_resident(
            session,
            channel,
            chat_id,
            user_id,
            language or first_language or "de",
            now,
            unless_staff=unless_staff,
        )
        if new is not None:
            resident = recent.mark_fresh(rows.attach(session, Resident, new, refresh=True))
            return arrival_draft.arrived(
                session, resident, _locked(session, resident, key, lock=lock)
            )
        if unless_staff and rows.run(session, sql.find_staff(session), key).first() is not None:
            return Arrival(True, None)
        values = rows.run(session, sql.resident_arrives(session), params).mappings().one()
    resident = rows.attach(session, Resident, values, refresh=True)
    if locked is not None:
        return arrival_draft.arrived(session, resident, conversations.loaded(session, locked))
    # None found by the statement: as for a new chat, the INSERT first (a row
    # committed since the statement's snapshot is a conflict, then locked).
    conversation = _locked(session, resident, key, lock=lock, new=looked, draft=draft)
    return arrival_draft.arrived(session, resident, conversation)


_CLAIMS = {
    (False, False): sql.claimed_arrives,
    (True, False): sql.claimed_arrives_unless_staff,
    (False, True): sql.claimed_arrives_locked,
    (True, True): sql.claimed_arrives_unless_staff_locked,
}
_CONVERSATION = rows.columns(Conversation)


def _locked(
    session: Session,
    resident: Resident,
    key: dict[str, str],
    *,
    lock: bool,
    new: bool = False,
    draft: int | None = None,
) -> Conversation | None:
    """With `lock`, the chat's conversation locked (lock_conversation); `new`:
    the arrival's statement found none; `draft`: SQLite reads that concern with
    it (store.arrival_draft)."""
    if not lock:
        return None
    new = new or recent.fresh(resident)
    if draft is not None and not new and resident.id is not None:
        values = arrival_draft.lock_conversation(session, key, resident.id, draft)
        if values is not None:
            return conversations.loaded(session, values)
    return conversations.lock_conversation(session, **key, new=new)


def claim_update(session: Session, *, channel: str, update_id: int) -> bool:
    """True the first time an update id is seen, False for a repeat delivery.
    The claim is part of the caller's transaction: when that rolls back, the
    claim goes with it and the redelivered update is handled. A redelivery
    while the first attempt is still running waits for it (PostgreSQL)."""
    params = {"channel": channel, "update_id": update_id, "at": utcnow()}
    return rows.run(session, sql.claim_update(session), params).first() is not None
