"""The outcomes of the outbox sender's messages (bot.telegram.outbox), recorded
in the database: a message sent is marked sent (erased), one that failed is
rescheduled, given up or moved, with its chat's shared pace (store.pace).

Group commit: while one transaction records outcomes, the outcomes coming in
meanwhile wait and then go together in the next (the messages sent are marked
in one statement, the chats' paces in another), so a busy sender needs a
transaction per round, not per message, and a lone message is recorded at once
as before. Each sender task waits for its outcome's commit before it goes on
(its chat's next message): the window for a duplicate is unchanged, a crash
between Telegram's answer and that commit. A batch the database refuses is
recorded one by one, so one bad row fails alone (bot.telegram.groupcommit).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial

from sqlalchemy import Engine
from sqlmodel import Session

from bot.telegram.convert import CHANNEL
from bot.telegram.groupcommit import GroupCommit
from bot.telegram.outgoing import Outcome, Outgoing
from bot.telegram.pacing import Pacing, Shared
from store import outbox, outbox_edits, pace, staff
from store.db import again_if_disconnected, session_scope

log = logging.getLogger(__name__)

_Outcome = tuple[Outgoing, Outcome, "Shared | None"]


@dataclass
class Recorder:
    engine: Engine
    pacing: Pacing
    transactions: int = 0  # (tests, bench) how many commits recorded outcomes
    _group: GroupCommit[_Outcome, None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._group = GroupCommit(self._commit_batch, name="outbox outcomes")

    async def record(self, msg: Outgoing, outcome: Outcome, shared: Shared | None) -> None:
        """Returns once the outcome is committed (raises if it could not be)."""
        await self._group.submit((msg, outcome, shared))

    async def _commit_batch(self, outcomes: list[_Outcome]) -> list[None]:
        # Once more on a connection found broken (store.db): an outcome not
        # recorded is a message sent again when its lease runs out. Recording
        # one twice changes nothing.
        await asyncio.to_thread(again_if_disconnected, partial(self._commit, outcomes))
        return [None] * len(outcomes)

    def _commit(self, outcomes: list[_Outcome]) -> None:
        paces = [shared for _, _, shared in outcomes if shared is not None]
        sent = [m.id for m, o, _ in outcomes if o.kind == "sent"]
        not_edited = [m.id for m, o, _ in outcomes if o.kind == "sent" and o.not_edited]
        if len(sent) == len(outcomes):  # the usual case: Core statements, no ORM session
            with self.engine.begin() as conn:
                if paces:
                    pace.record_chats(conn, channel=CHANNEL, paces=paces)
                outbox.mark_sent_many(conn, sent)
                outbox_edits.not_edited(conn, not_edited)
            self.transactions += 1
            return
        with session_scope(self.engine) as s:
            if paces:
                pace.record_chats(s, channel=CHANNEL, paces=paces)
            pause_all = max(o.pause_all for _, o, _ in outcomes)
            if pause_all:
                self.pacing.record(s, None, pause_all)
            outbox.mark_sent_many(s, sent)
            outbox_edits.not_edited(s, not_edited)
            for msg, outcome, _ in outcomes:
                if outcome.kind != "sent":
                    record_failure(s, msg, outcome)
        self.transactions += 1


def record_failure(s: Session, msg: Outgoing, outcome: Outcome) -> None:
    """A message not sent (in the caller's transaction): blocked, refused, or
    again later (its chat moved first, what was sent of it dropped)."""
    if outcome.kind == "blocked":
        given_up = outbox.mark_blocked(s, msg.id)
        log.info(
            "outbox message %s: the recipient blocked the bot; %d pending given up",
            msg.id,
            given_up,
        )
        return
    if outcome.kind == "failed":
        outbox.mark_failed(s, msg.id, error=outcome.error)
        log.warning("outbox message %s refused (%s); not retried", msg.id, outcome.error)
        return
    if outcome.moved_to is not None:
        moved = outbox.move_chat(s, channel=CHANNEL, old=msg.chat_id, new=outcome.moved_to)
        staff.move_chat(s, channel=CHANNEL, old=msg.chat_id, new=outcome.moved_to)
        log.info(
            "outbox message %s: the group became a supergroup; its staff chat and"
            " %d pending messages follow it",
            msg.id,
            moved,
        )
    if outcome.rest is not None:
        text, buttons, photos = outcome.rest
        outbox.keep_rest(s, msg.id, text=text, buttons=buttons, photos=photos)
    outbox.retry_later(s, msg.id, delay=timedelta(seconds=outcome.delay), error=outcome.error)
    log.warning(
        "outbox message %s: %s (attempt %d); again in %.1f s",
        msg.id,
        outcome.error,
        msg.attempts,
        outcome.delay,
    )
