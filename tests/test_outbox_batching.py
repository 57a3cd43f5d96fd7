"""The outbox sender's group commits: outcomes that arrive together are
recorded in one transaction (bot.telegram.recording), shared send slots asked
for together are taken in one (bot.telegram.pacing), and neither changes what
is recorded or how far apart the slots are."""

from __future__ import annotations

import asyncio
from itertools import pairwise

from sqlalchemy import Engine
from sqlmodel import select

from bot.telegram.outgoing import Outcome, Outgoing
from bot.telegram.pacing import Pacing
from bot.telegram.recording import Recorder
from store import outbox
from store.db import session_scope
from store.models import OutboxMessage


def claimed(engine: Engine, n: int) -> list[Outgoing]:
    with session_scope(engine) as s:
        for i in range(n):
            outbox.enqueue(s, channel="telegram", chat_id=str(500 + i), kind="reply", text="x")
    with session_scope(engine) as s:
        return [Outgoing.of(r) for r in outbox.claim_rows(s, channel="telegram", in_order=True)]


async def test_outcomes_arriving_together_share_a_transaction(engine: Engine) -> None:
    msgs = claimed(engine, 6)
    recorder = Recorder(engine, Pacing(engine, 0, 1.0, 3, 3.0, shared=False))
    outcomes = [Outcome("sent")] * 5 + [Outcome("retry", "TimedOut", 2.0)]
    await asyncio.gather(
        *(recorder.record(m, o, None) for m, o in zip(msgs, outcomes, strict=True))
    )
    assert recorder.transactions <= 2  # the first alone, the other five together
    with session_scope(engine) as s:
        rows = {m.id: m for m in s.exec(select(OutboxMessage))}
    assert [rows[m.id].status for m in msgs] == ["sent"] * 5 + ["pending"]
    assert all(rows[m.id].text is None for m in msgs[:5])
    assert rows[msgs[5].id].last_error == "TimedOut"


async def test_a_lone_outcome_is_committed_at_once(engine: Engine) -> None:
    [msg] = claimed(engine, 1)
    recorder = Recorder(engine, Pacing(engine, 0, 1.0, 3, 3.0, shared=False))
    await recorder.record(msg, Outcome("sent"), None)
    assert recorder.transactions == 1
    with session_scope(engine) as s:
        assert s.get(OutboxMessage, msg.id).status == "sent"  # type: ignore[union-attr]


async def test_shared_slots_asked_together_are_taken_together_and_spaced(
    engine: Engine,
) -> None:
    pacing = Pacing(engine, 10.0, 1.0, 3, 3.0, shared=True)
    take, taken = pacing._take_slot, []

    def counted(count: int) -> float:
        taken.append(count)
        return take(count)

    pacing._take_slot = counted  # type: ignore[method-assign]
    first = await asyncio.gather(*(pacing._shared_slot() for _ in range(5)))
    later = await pacing._shared_slot()
    assert taken == [5, 1]  # one transaction for the five asking together
    slots = sorted([*first, later])
    gaps = [round(b - a, 6) for a, b in pairwise(slots)]
    assert gaps[:4] == [0.1] * 4  # 1/rate apart
    assert gaps[4] >= 0.1 - 1e-6  # the next transaction's slot comes after them
