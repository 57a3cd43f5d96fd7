"""The dispatcher's claim (store.inbox.claim) reads the pending updates
through their partial index (migration 0010), not every processed update kept
for de-duplication: on PostgreSQL the primary key's walk through the done rows
was most of the server's CPU in the load bench (docs/load.md)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, text

from store import inbox
from store.models import utcnow

DONE = 3000
PENDING = 40


def _msg(update_id: int, chat: int) -> dict[str, Any]:
    return {"update_id": update_id, "message": {"message_id": 1, "chat": {"id": chat}}}


def _fill(engine: Engine, *, analyze: bool) -> None:
    done = [(uid, _msg(uid, uid % 500)) for uid in range(1, DONE + 1)]
    for start in range(0, DONE, 500):
        inbox.record_new(engine, done[start : start + 500])
    with engine.begin() as conn:
        inbox._finish(conn, [uid for uid, _ in done], inbox.InboxStatus.DONE, utcnow())
    inbox.record_new(engine, [(DONE + i, _msg(DONE + i, i)) for i in range(1, PENDING + 1)])
    if analyze:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def _plan(engine: Engine) -> str:
    """The claim's plan (EXPLAIN; nothing is claimed)."""
    now = utcnow()
    values = {"now": now, "limit": 16, "until": now + timedelta(seconds=60), "owner": "o"}
    with engine.begin() as conn:
        compiled = inbox._statements(conn).claim.compile(dialect=conn.dialect)
        values = {**compiled.params, **values}
        if conn.dialect.name == "postgresql":
            rows = conn.exec_driver_sql("EXPLAIN " + str(compiled), values).all()
        else:
            args = tuple(values[name] for name in compiled.positiontup or ())
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), args).all()
    return "\n".join(" ".join(str(v) for v in row) for row in rows)


@pytest.mark.parametrize("analyze", [True, False], ids=["statistics", "no-statistics"])
def test_the_claim_reads_pending_updates_through_their_indexes(
    engine: Engine, analyze: bool
) -> None:
    """Also on a fresh database under load, before any statistics: there the
    chat's earlier update was looked up by a BitmapAnd with a primary key
    range over every earlier update (131 ms for one claim of 16)."""
    _fill(engine, analyze=analyze)
    plan = _plan(engine)
    if engine.dialect.name == "postgresql":
        assert "ix_inbox_update_pending" in plan, plan
    else:  # without statistics SQLite may take the status index: pending rows too
        assert "ix_inbox_update_pending" in plan or "ix_inbox_update_status (status=?)" in plan
        scans = [line for line in plan.splitlines() if "SCAN inbox_update" in line]
        assert all("ix_inbox_update_pending" in line for line in scans), plan  # not every row
    assert "ix_inbox_update_chat_key_id" in plan, plan
    assert "BitmapAnd" not in plan, plan
    claimed = inbox.claim(engine, owner="o", limit=16)
    assert [c.update_id for c in claimed] == list(range(DONE + 1, DONE + 17))
