"""Staff's latest answer to a resident, and their latest concerns in the same
statement.

An idle text asks first whether it answers the city (`reply_to_city`:
`latest_answer`, 0.17 statements per update in the dialog bench) and then
about the resident's latest concerns (`store.recent`: the concern closed by the
city, the rate limit, the place of the last hour). When those are not kept
yet, `latest_answer` reads both in one statement: `SELECT <latest answer>
UNION ALL SELECT <latest concerns>` (the second part `concerns_of`'s SELECT,
its event columns NULL, a `part` column telling them apart), and
`store.recent` keeps the concerns, as if `concerns_of` had read them then.
When they are kept already, or are not kept in this transaction (`recent.
wanted`), the answer alone, as before. The answer itself is read
each time: staff answer without the chat's lock, so a second call of the same
transaction may see one the first did not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, cast, literal, null, union_all
from sqlalchemy import select as core_select
from sqlalchemy.sql import Executable
from sqlmodel import Session

from store import recent, rows
from store import statements as sql
from store.asking import asks
from store.models import Concern, Resident

_concern: Table = rows.table(Concern)


@dataclass(frozen=True)
class LatestAnswer:
    """Staff's latest answer to a resident (`latest_answer`)."""

    concern: Concern
    at: datetime  # when it was sent (UTC)
    replied: bool  # the resident has replied to it since
    newer: bool  # a concern filed since, neither urgent nor withdrawn
    asked: bool = False  # the answer asks something (`asks`)


def latest_answer(session: Session, *, resident: Resident) -> LatestAnswer | None:
    """The concern of staff's latest answer (/antwort) to the resident, and what
    followed it; None when there is none (without a query for a resident created
    in this transaction who has not filed a concern yet)."""
    if recent.fresh(resident):
        return None
    params: dict[str, Any] = {"resident_id": resident.id}
    if not recent.wanted(session, resident):
        found = rows.run(session, sql.latest_answer(session), params).mappings().first()
    else:
        params["limit"] = recent.LATEST
        both = rows.run(session, _with_latest(session), params).mappings().all()
        listed = [rows.attach(session, Concern, row) for row in both if not row["part"]]
        recent.keep(session, resident, listed)
        found = next((row for row in both if row["part"]), None)
    if found is None:
        return None
    at = found["event_at"]
    return LatestAnswer(
        concern=rows.attach(session, Concern, found),
        at=at if at.tzinfo else at.replace(tzinfo=UTC),
        replied=bool(found["replied"]),
        newer=bool(found["newer"]),
        asked=asks(found["event_note"]),
    )


@rows.statement
def _with_latest(dialect: str) -> Executable:
    """latest_answer's SELECT (part 1) UNION ALL concerns_of's (part 0, `limit`)."""
    answer = sql.latest_answer_select().add_columns(literal(1).label("part")).subquery("a")
    names = {col.key for col in _concern.c}
    c = _concern.c
    listed = (
        core_select(
            _concern,
            *(
                cast(null(), col.type).label(col.key)
                for col in answer.c
                if col.key not in names and col.key != "part"
            ),
            literal(0).label("part"),
        )
        .where(c.resident_id == bindparam("resident_id"))
        .order_by(c.created_at.desc(), c.id.desc())
        .limit(bindparam("limit"))
        .subquery("l")
    )
    return union_all(core_select(answer), core_select(listed))
