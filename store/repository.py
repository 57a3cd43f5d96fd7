"""Repository functions: the only place that writes the tables.

Get-or-create is `INSERT ... ON CONFLICT DO NOTHING` followed by a SELECT, so
two transactions creating the same row at once both succeed (the second waits
for the first on PostgreSQL). Nothing here commits: every write belongs to the
caller's transaction and rolls back with it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm.attributes import instance_state
from sqlmodel import Session, col, select

from store import arrival_draft, conversation_fold, recent, rows
from store import statements as sql
from store.answered import LatestAnswer as LatestAnswer
from store.answered import latest_answer as latest_answer
from store.arrival_draft import Arrival as Arrival
from store.asking import asks as asks
from store.conversation_fold import write_held as write_held
from store.models import (
    Concern,
    Conversation,
    EventKind,
    Resident,
    RoutingEvent,
    Status,
    utcnow,
)
from store.recent import concerns_of as concerns_of
from store.recent import count_recent_concerns as count_recent_concerns
from store.recent import fresh as fresh
from store.retention import OPEN_STATUSES as OPEN_STATUSES
from store.retention import PurgeReport as PurgeReport
from store.retention import anonymise_older_than as anonymise_older_than
from store.retention import delete_personal_data as delete_personal_data
from store.retention import months_before as months_before
from store.retention import purge as purge

ZURICH = ZoneInfo("Europe/Zurich")

# A concern's reference: unique because the id is (the id at least six digits).
_REFERENCE = "ZH-{year}-{id}"

# The fields of a concern that a routing decision sets (kept in the audit trail).
ROUTING_FIELDS = ("topic", "confidence", "kreis", "quartier", "office", "urgent", "outside_city")


class NotFound(LookupError):
    """No such row."""


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _insert_missing(session: Session, table: Table, conflict: Sequence[str], **values: Any) -> bool:
    """INSERT ... ON CONFLICT (conflict) DO NOTHING; True when a row was inserted.
    A concurrent insert of the same key makes PostgreSQL wait for that
    transaction, then do nothing (or insert, if it rolled back)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        pg = (
            postgresql.insert(table)
            .values(**values)
            .on_conflict_do_nothing(index_elements=list(conflict))
        )
        stmt = pg.returning(*(table.c[name] for name in conflict))
    elif dialect == "sqlite":
        lite = (
            sqlite.insert(table)
            .values(**values)
            .on_conflict_do_nothing(index_elements=list(conflict))
        )
        stmt = lite.returning(*(table.c[name] for name in conflict))
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    return session.exec(stmt).first() is not None


def insert_missing(
    session: Session, model: type[Any], conflict: Sequence[str], **values: Any
) -> bool:
    """INSERT a row of `model` unless one with the same `conflict` key exists;
    True when this call inserted it (see _insert_missing)."""
    return _insert_missing(session, _table(model), conflict, **values)


def _new_resident(
    session: Session,
    channel: str,
    chat_id: str,
    user_id: str | None,
    language: str,
    now: datetime,
    *,
    unless_staff: bool = False,
) -> rows.Row | None:
    """INSERT the chat's resident unless there is one (or, `unless_staff`, the
    chat is a staff chat); its row, or None when another transaction created
    it (PostgreSQL waited for that one's commit) or it is staff."""
    values = {
        "channel": channel,
        "chat_id": chat_id,
        "user_id": user_id,
        "language": language,
        "created_at": now,
        "last_seen_at": now,
    }
    if unless_staff:
        stmt = sql.insert_resident_unless_staff(session)
        prefixed = {f"new_{name}": value for name, value in values.items()}
        return rows.run(session, stmt, prefixed).mappings().first()
    return rows.run(session, sql.insert_resident(session), values).mappings().first()


def get_or_create_resident(
    session: Session, *, channel: str, chat_id: str, user_id: str | None, language: str = "de"
) -> Resident:
    """The resident of this chat, created on the first message (safe when two
    first messages arrive at once)."""
    key = {"channel": channel, "chat_id": chat_id}
    values: rows.Row | None = rows.run(session, sql.find_resident(session), key).mappings().first()
    if values is None:
        values = _new_resident(session, channel, chat_id, user_id, language, utcnow())
    if values is None:
        values = rows.run(session, sql.find_resident(session), key).mappings().one()
    return rows.attach(session, Resident, values)


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
        new = _new_resident(
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
        return arrival_draft.arrived(session, resident, _loaded(session, locked))
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
    new = new or fresh(resident)
    if draft is not None and not new and resident.id is not None:
        values = arrival_draft.lock_conversation(session, key, resident.id, draft)
        if values is not None:
            return _loaded(session, values)
    return lock_conversation(session, **key, new=new)


def touch_resident(session: Session, resident: Resident, *, now: datetime | None = None) -> None:
    """Record that the resident wrote now (call on every message): retention
    forgets the chat of residents silent for the retention period."""
    if not rows.persistent(resident):
        resident.last_seen_at = now or utcnow()
        session.add(resident)
        session.flush()
        return
    rows.update_by_key(session, resident, {"last_seen_at": now or utcnow()})


def record_consent(session: Session, *, resident: Resident, now: datetime | None = None) -> None:
    """The resident's consent (with its first concern): one UPDATE, no ORM flush."""
    rows.update_by_key(session, resident, {"consent_at": now or utcnow()})


def find_resident(session: Session, *, channel: str, chat_id: str) -> Resident | None:
    return session.exec(
        select(Resident).where(Resident.channel == channel, Resident.chat_id == chat_id)
    ).first()


def create_concern(
    session: Session,
    *,
    resident: Resident,
    text: str,
    photos: list[str] | None = None,
    status: str = Status.DRAFT,
    consent: bool = False,
) -> Concern:
    """Store a resident's text first, before anything else can fail; with its
    reference (assign_reference), in the same INSERT on PostgreSQL. `consent`:
    and the resident's consent (record_consent; with their first concern), in
    the same statement on PostgreSQL."""
    now = utcnow()
    values: dict[str, Any] = dict.fromkeys(rows.columns(Concern))
    values.update(
        resident_id=resident.id,
        channel=resident.channel,
        text=text,
        photos=list(photos or []),
        language=resident.language,
        status=status,
        urgent=False,
        outside_city=False,
        unconfirmed=False,
        created_at=now,
        updated_at=now,
    )
    del values["id"]
    if session.get_bind().dialect.name == "postgresql":
        del values["reference"]
        values["prefix"] = _REFERENCE.format(year=now.astimezone(ZURICH).year, id="")
        stmt = sql.insert_concern_with_reference(session)
        if consent:
            stmt = sql.insert_concern_with_consent(session)
            values["consented_at"] = now
        stored = rows.run(session, stmt, values).mappings().one()
        if consent:
            rows.committed(resident, {"consent_at": values.pop("consented_at")})
        values.update(id=stored["id"], reference=stored["reference"])
        del values["prefix"]
        return recent.created(session, resident, rows.attach(session, Concern, values))
    if consent:
        record_consent(session, resident=resident, now=now)
    values["id"] = rows.run(session, sql.insert_concern(session), values).scalar_one()
    concern = recent.created(session, resident, rows.attach(session, Concern, values))
    assign_reference(session, concern=concern)
    return concern


def get_concern(session: Session, concern_id: int) -> Concern:
    concern = session.get(Concern, concern_id)
    if concern is None:
        raise NotFound(f"concern {concern_id}")
    return concern


def get_concern_by_reference(session: Session, reference: str) -> Concern:
    concern = session.exec(select(Concern).where(Concern.reference == reference)).first()
    if concern is None:
        raise NotFound(f"concern {reference}")
    return concern


def routing_snapshot(concern: Concern) -> dict[str, Any]:
    return {field: getattr(concern, field) for field in ROUTING_FIELDS}


def record_event(
    session: Session,
    *,
    concern: Concern,
    kind: EventKind,
    actor: str | None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    note: str | None = None,
    undoes: int | None = None,
    place_text: str | None = None,
) -> RoutingEvent:
    """One audit event (who, when, before, after, why, on which place); the concern's changes
    are written with it (one UPDATE of what changed, as a flush would; on
    PostgreSQL in the event's INSERT statement, a data-modifying WITH)."""
    changed: dict[str, Any] = {}
    if rows.persistent(concern) and session.get_bind().dialect.name == "postgresql":
        changed = rows.changes(concern)
    else:
        write_concern(session, concern)
    values: dict[str, Any] = {
        "concern_id": concern.id or 0,
        "kind": kind,
        "actor": actor,
        "at": utcnow(),
        "before": dict(before or {}),
        "after": dict(after or {}),
        "note": note,
        "undoes": undoes,
        "place_text": place_text[:200] if place_text else None,
    }
    if changed:
        # Recorded as written first: the autoflush before the statement leaves them.
        rows.committed(concern, changed)
        params = rows.key_params(concern, changed)
        params.update({f"ev_{name}": value for name, value in values.items()})
        stmt = sql.event_with_update(tuple(sorted(changed)))
        values["id"] = rows.run(session, stmt, params).scalar_one()
    else:
        values["id"] = rows.run(session, sql.insert_event(session), values).scalar_one()
    return rows.attach(session, RoutingEvent, values)


def write_concern(session: Session, concern: Concern) -> None:
    """Write what changed on `concern` now: one Core UPDATE of the changed
    columns (a concern not yet stored is flushed by the ORM)."""
    if not rows.persistent(concern):
        session.add(concern)
        session.flush()
        return
    rows.write_changes(session, concern)


def swiss_spelling(text: str) -> str:
    """Swiss Standard German writes no "ß"."""
    return text.replace("ß", "ss")


# "Via Zurlindenstrasse 12": the Italian word for street before a Zürich street's name.
_VIA = re.compile(
    r"^\s*(?:in\s+)?via\s+(?=\w+(?:strasse|gasse|weg|platz|quai|allee|rain|steig|graben)\b)",
    re.IGNORECASE,
)


def place_as_written(text: str) -> str:
    """A place written by a resident as the city writes it: "Josefstrasse 12"
    for "Josefstraße 12", "Zurlindenstrasse 12" for "Via Zurlindenstrasse 12"."""
    return _VIA.sub("", swiss_spelling(text))


def apply_routing(
    session: Session,
    *,
    concern: Concern,
    kind: EventKind,
    actor: str | None = None,
    note: str | None = None,
    undoes: int | None = None,
    place: str | None = None,
    **changes: Any,
) -> RoutingEvent:
    """Change routing fields of a concern and record who changed what, and on
    which place: `place` (the places the classifier read in the text), else the
    concern's place text after the change."""
    unknown = set(changes) - {*ROUTING_FIELDS, "lat", "lon", "place_text"}
    if unknown:
        raise ValueError(f"not routing fields: {sorted(unknown)}")
    before = routing_snapshot(concern)
    if changes.get("place_text"):
        # The place as the city writes it: "Josefstraße 12" typed, "Josefstrasse 12" kept
        # (said back to the resident, on the staff card, in the digest).
        changes["place_text"] = place_as_written(changes["place_text"])
    for field, value in changes.items():
        setattr(concern, field, value)
    concern.updated_at = utcnow()
    return record_event(
        session,
        concern=concern,
        kind=kind,
        actor=actor,
        before=before,
        after=routing_snapshot(concern),
        note=note,
        undoes=undoes,
        place_text=place_as_written(place) if place else concern.place_text,
    )


def set_status(
    session: Session,
    *,
    concern: Concern,
    status: Status,
    actor: str | None = None,
    note: str | None = None,
    undoes: int | None = None,
) -> RoutingEvent:
    before = {"status": concern.status}
    concern.status = status
    concern.updated_at = utcnow()
    if status == Status.FORWARDED and concern.forwarded_at is None:
        concern.forwarded_at = concern.updated_at
    return record_event(
        session,
        concern=concern,
        kind=EventKind.STATUS,
        actor=actor,
        before=before,
        after={"status": status.value},
        note=note,
        undoes=undoes,
    )


def withdraw_unconfirmed(session: Session, *, resident: Resident) -> None:
    """Before a deletion: what the resident never confirmed (a draft, one held by
    the rate limit) is withdrawn, so the draft timeout does not forward it as a card
    without text or place (new-user trial i, finding 6). An emergency still goes:
    the numbers came first, and the city should know."""
    unconfirmed = (Status.DRAFT, Status.RATE_LIMITED)
    for concern in session.exec(
        select(Concern).where(
            Concern.resident_id == resident.id,
            col(Concern.status).in_(unconfirmed),
            col(Concern.urgent).is_(False),
        )
    ):
        set_status(session, concern=concern, status=Status.WITHDRAWN, actor="resident")


def assign_reference(session: Session, *, concern: Concern) -> str:
    """ZH-<year>-<id, six digits>: unique because the id is."""
    if concern.reference is None:
        year = concern.created_at.astimezone(ZURICH).year
        concern.reference = _REFERENCE.format(year=year, id=f"{concern.id:06d}")
        write_concern(session, concern)
    return concern.reference


def own_concern(session: Session, *, concern_id: int, resident: Resident) -> Concern | None:
    """The resident's concern `concern_id` (whatever its status), or None when
    there is none or it is someone else's: the one the session holds, else one
    Core SELECT."""
    concern: Concern | None
    if session.identity_map.get(rows.identity_key(Concern, (concern_id,))) is not None:
        concern = session.get(Concern, concern_id)  # no SQL unless a rollback expired it
    else:
        params = {"id": concern_id}
        found = rows.run(session, sql.concern_by_id(session), params).mappings().first()
        concern = None if found is None else rows.attach(session, Concern, found)
    if concern is None or concern.resident_id != resident.id:
        return None
    return concern


def _insert_conversation(session: Session, *, channel: str, chat_id: str) -> None:
    _insert_missing(
        session,
        _table(Conversation),
        ("channel", "chat_id"),
        channel=channel,
        chat_id=chat_id,
        state="idle",
        data={},
        updated_at=utcnow(),
    )


def get_conversation(session: Session, *, channel: str, chat_id: str) -> Conversation:
    """The chat's dialog state, created idle (no lock; see lock_conversation)."""
    conversation_fold.write_held(session)
    conv = session.get(Conversation, (channel, chat_id))
    if conv is None:
        _insert_conversation(session, channel=channel, chat_id=chat_id)
        conv = session.exec(
            select(Conversation).where(
                Conversation.channel == channel, Conversation.chat_id == chat_id
            )
        ).one()
    return conv


def lock_conversation(
    session: Session, *, channel: str, chat_id: str, new: bool = False
) -> Conversation:
    """The chat's dialog state, created if missing, locked until the transaction
    ends: a second message of the same chat waits here for the first one's
    commit and then reads its state. PostgreSQL: SELECT ... FOR UPDATE. SQLite:
    every transaction holds the write lock from BEGIN IMMEDIATE (store.db).
    A missing row is inserted (and so held) by this transaction; when another
    one inserted it first, PostgreSQL waits for its commit and it is locked.
    `new`: the chat is likely to have none (its resident was created just now,
    `fresh`): the INSERT is tried first, the SELECT only when a row is there."""
    conversation_fold.write_held(session)
    key = {"channel": channel, "chat_id": chat_id}
    values = None
    if not new:
        values = rows.run(session, sql.lock_conversation(session), key).mappings().first()
    if values is None:
        created = {**key, "state": "idle", "data": {}, "updated_at": utcnow()}
        values = rows.run(session, sql.insert_conversation(session), created).mappings().first()
    if values is None:
        values = rows.run(session, sql.lock_conversation(session), key).mappings().one()
    return _loaded(session, values)


# A conversation's state and data as last read or written, to leave out writes
# that change nothing (kept on the object's ORM state).
_SAVED = "quartierbot.saved"
# ... except that updated_at (retention's idle clock, counted in days) is
# brought forward when it is older than this.
TOUCH_AFTER = timedelta(hours=1)


def _loaded(session: Session, values: rows.Row) -> Conversation:
    conv = rows.attach(session, Conversation, values, refresh=True)
    _remember(conv, values["state"], values["data"], values["updated_at"])
    return conv


def _remember(conv: Conversation, state: str, data: Any, at: datetime) -> None:
    text = json.dumps(data, sort_keys=True, default=str)
    instance_state(conv).info[_SAVED] = (state, text, at if at.tzinfo else at.replace(tzinfo=UTC))


def save_conversation(
    session: Session, *, conversation: Conversation, state: str, data: dict[str, Any]
) -> None:
    """The chat's new dialog state: one UPDATE, or none when state and data are
    what the row holds and it was written within TOUCH_AFTER."""
    data = dict(data)  # a new object: the caller may change its own afterwards
    if not rows.persistent(conversation):
        conversation.state, conversation.data = state, data
        conversation.updated_at = utcnow()
        session.add(conversation)
        session.flush()
        return
    now = utcnow()
    saved = instance_state(conversation).info.get(_SAVED)
    text = json.dumps(data, sort_keys=True, default=str)
    if saved is not None and saved[:2] == (state, text) and now - saved[2] < TOUCH_AFTER:
        rows.committed(conversation, {"state": state, "data": data})
        return
    values = {"state": state, "data": data, "updated_at": now}
    if conversation_fold.hold(session, conversation, values):  # PostgreSQL: in the reply's INSERT
        rows.committed(conversation, values)
    else:
        rows.update_by_key(session, conversation, values)
    instance_state(conversation).info[_SAVED] = (state, text, now)


def try_lock_conversation(session: Session, *, channel: str, chat_id: str) -> Conversation | None:
    """The chat's dialog state locked, without waiting: None when the chat has
    none or another transaction holds it (PostgreSQL: FOR UPDATE SKIP LOCKED).
    For maintenance, which already holds concern rows (stale_drafts,
    held_concerns) and must not wait for a message that may want those rows:
    on None, skip the concern this round."""
    conversation_fold.write_held(session)
    key = {"channel": channel, "chat_id": chat_id}
    values = rows.run(session, sql.try_lock_conversation(session), key).mappings().first()
    return None if values is None else _loaded(session, values)


def claim_update(session: Session, *, channel: str, update_id: int) -> bool:
    """True the first time an update id is seen, False for a repeat delivery.
    The claim is part of the caller's transaction: when that rolls back, the
    claim goes with it and the redelivered update is handled. A redelivery
    while the first attempt is still running waits for it (PostgreSQL)."""
    params = {"channel": channel, "update_id": update_id, "at": utcnow()}
    return rows.run(session, sql.claim_update(session), params).first() is not None


def stale_drafts(session: Session, *, before: datetime, limit: int = 100) -> list[Concern]:
    """Drafts not touched since `before`, oldest first, locked for this
    transaction; rows another transaction holds are skipped (PostgreSQL: FOR
    UPDATE SKIP LOCKED), so two replicas never take the same draft."""
    return list(
        session.exec(
            select(Concern)
            .where(Concern.status == Status.DRAFT, col(Concern.updated_at) < before)
            .order_by(col(Concern.updated_at), col(Concern.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        )
    )


def held_concerns(session: Session, *, limit: int = 100) -> list[Concern]:
    """Concerns held by the rate limit, oldest first, locked like stale_drafts."""
    return list(
        session.exec(
            select(Concern)
            .where(Concern.status == Status.RATE_LIMITED)
            .order_by(col(Concern.created_at), col(Concern.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        )
    )


def export_concerns(session: Session) -> Iterator[dict[str, Any]]:
    """Stored concerns for `quartierbot concerns export` (no text, no person)."""
    for concern in session.exec(select(Concern).order_by(col(Concern.id))):
        yield {
            "reference": concern.reference,
            "topic": concern.topic,
            "kreis": concern.kreis,
            "office": concern.office,
            "urgent": concern.urgent,
            "status": concern.status,
            "created_at": concern.created_at.isoformat(),
        }


def hour_ago() -> datetime:
    return utcnow() - timedelta(hours=1)
