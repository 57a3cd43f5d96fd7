"""The resident's latest concerns, read once per update.

An idle text of a resident who has filed before asked the store up to three
times about the same few rows: their latest concern (`bot.dialog.context.
latest_concern`, for `again.closed_concern`), the rate limit's count of the
last hour (`intake.new_text`) and, once the new concern is filed, the latest
of the last hour with a place (`same_place.recent`): 0.17 + 0.17 + 0.28
statements per update in the dialog bench.

The first of them reads the resident's latest `LATEST` concerns (newest
first, `concerns_of`'s SELECT); the session keeps them (Session.info) and adds
the concerns the transaction files afterwards (`created`), so the others are
answered from them:

- `concerns_of(limit <= LATEST)`: the kept rows, newest first, as the SELECT
  orders them (created_at, then id);
- `count_recent_concerns(since)`: counted in the kept rows when they reach back
  past `since` (the oldest is older, or they are all the resident has);
  otherwise the SELECT count, as before;
- a resident created in this transaction (`fresh`) has none: no read at all,
  and the concerns filed next are all there is.

Only a transaction that holds the resident's chat (`locked`: the dialog's
arrival locked the conversation) or created the resident keeps them. There
they are what a second SELECT would give: only the dialog files concerns,
under that lock, held to the transaction's end, and nothing deletes them
(retention anonymises), so no other transaction adds or removes one of the
resident's rows meanwhile; maintenance releases held concerns only of chats it
can lock (`upkeep`: try_lock_conversation). Their values are the session's
objects, which a second SELECT returns too (`rows.attach` keeps the object the
session holds). Elsewhere (maintenance counting for several residents in one
transaction, without their locks) every ask reads, as before. Any rollback,
also to a savepoint, drops them (it may have undone a concern filed since).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.attributes import instance_state
from sqlmodel import Session

from store import rows
from store import statements as sql
from store.models import Concern, Resident, Status, utcnow

LATEST = 5  # rows read and kept: same_place.recent looks at five
_KEPT = "quartierbot.recent"  # Session.info: (resident id, rows newest first, all of them)
_LOCKED = "quartierbot.recent_locked"  # Session.info: the resident whose chat is locked
# On a resident's ORM state: created by this transaction and no concern of
# theirs inserted since (count_recent_concerns knows the answer: none).
_FRESH = "quartierbot.fresh"


def mark_fresh(resident: Resident) -> Resident:
    instance_state(resident).info[_FRESH] = True
    return resident


def fresh(resident: Resident) -> bool:
    """Created in this transaction (`arrive`) and no concern of theirs stored
    since: the chat has no conversation row and no concerns yet."""
    return bool(instance_state(resident).info.get(_FRESH))


def locked(session: Session, resident: Resident) -> None:
    """This transaction holds `resident`'s chat (its conversation, locked) to
    its end: their latest concerns may be kept."""
    session.info[_LOCKED] = resident.id


def created(session: Session, resident: Resident, concern: Concern) -> Concern:
    """`concern`, just filed for `resident`: added to the kept rows (the first
    of a fresh resident's: all they have)."""
    if instance_state(resident).info.pop(_FRESH, None):
        session.info[_KEPT] = (resident.id, [concern], True)
        return concern
    kept = session.info.get(_KEPT)
    if kept is not None and kept[0] == resident.id:
        session.info[_KEPT] = (resident.id, _newest_first([concern, *kept[1]]), kept[2])
    return concern


def concerns_of(session: Session, *, resident: Resident, limit: int = 20) -> list[Concern]:
    """The resident's concerns, newest first (none, without a query, for a
    resident created in this transaction who has not filed one yet); up to
    LATEST of them read once per transaction."""
    if fresh(resident):
        return []
    if limit <= LATEST and _keeps(session, resident):
        return _kept(session, resident)[0][:limit]
    return _read(session, resident, limit)


def count_recent_concerns(session: Session, *, resident: Resident, since: datetime) -> int:
    """Concerns the resident sent since `since` that count against the rate
    limit (none, without a query, for a resident created in this transaction
    who has not filed one yet)."""
    if fresh(resident):
        return 0
    if _keeps(session, resident):
        latest, complete = _kept(session, resident)
        if complete or _at(latest[-1]) < since:  # every concern since `since` is here
            return sum(1 for c in latest if _at(c) >= since and c.status != Status.RATE_LIMITED)
    params = {"resident_id": resident.id, "since": since}
    return int(rows.run(session, sql.count_recent_concerns(session), params).scalar_one())


def hour_ago() -> datetime:
    """The start of the rate limit's hour (count_recent_concerns' `since`)."""
    return utcnow() - timedelta(hours=1)


def wanted(session: Session, resident: Resident) -> bool:
    """The resident's latest concerns would be kept and are not read yet."""
    found = session.info.get(_KEPT)
    return (found is None or found[0] != resident.id) and _keeps(session, resident)


def keep(session: Session, resident: Resident, found: list[Concern]) -> None:
    """Keep the resident's latest LATEST concerns `found`, read by a caller
    (store.answered: in the latest answer's statement; only when `wanted`)."""
    session.info[_KEPT] = (resident.id, _newest_first(found), len(found) < LATEST)


def _keeps(session: Session, resident: Resident) -> bool:
    found = session.info.get(_KEPT)
    kept = found is not None and found[0] == resident.id  # also: created here (`created`)
    return kept or session.info.get(_LOCKED) == resident.id


def _kept(session: Session, resident: Resident) -> tuple[list[Concern], bool]:
    """The kept rows (read now if there are none) and whether they are all."""
    kept = session.info.get(_KEPT)
    if kept is None or kept[0] != resident.id:
        found = _read(session, resident, LATEST)
        kept = session.info[_KEPT] = (resident.id, found, len(found) < LATEST)
    return kept[1], kept[2]


def _read(session: Session, resident: Resident, limit: int) -> list[Concern]:
    params = {"resident_id": resident.id, "limit": limit}
    found = rows.run(session, sql.concerns_of(session), params).mappings().all()
    return [rows.attach(session, Concern, values) for values in found]


def _at(concern: Concern) -> datetime:
    at = concern.created_at
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _newest_first(concerns: list[Concern]) -> list[Concern]:
    return sorted(concerns, key=lambda c: (_at(c), c.id or 0), reverse=True)


@event.listens_for(OrmSession, "after_soft_rollback")
def _after_rollback(session: OrmSession, previous_transaction: Any) -> None:
    session.info.pop(_KEPT, None)  # a concern filed since may be undone
