"""Back-dating: the store's functions stamp rows with the time they run
(store.models.utcnow); the demo runs a month in a second, so while a `Clock`
is attached, utcnow() returns the clock's time and every row written gets it (created_at of new
concerns, residents and outbox rows, `at` of audit events, updated_at and
forwarded_at of changed concerns)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import attributes
from sqlmodel import Session

from store.models import Concern, OutboxMessage, Resident, RoutingEvent, freeze_now, unfreeze_now


class Clock:
    def __init__(self, now: datetime) -> None:
        self._now = now
        freeze_now(now)

    @property
    def now(self) -> datetime:
        return self._now

    @now.setter
    def now(self, at: datetime) -> None:
        # The store's Core statements take their time from utcnow(); the
        # flush hook below covers what the ORM writes.
        self._now = at
        freeze_now(at)

    def stamp(self, session: Session, _context: Any, _instances: Any) -> None:
        t = self.now
        for obj in session.new:
            if isinstance(obj, RoutingEvent):
                obj.at = t
            elif isinstance(obj, Concern):
                obj.created_at = obj.updated_at = t
            elif isinstance(obj, Resident):
                obj.created_at = obj.last_seen_at = t
            elif isinstance(obj, OutboxMessage):
                obj.created_at = obj.next_attempt_at = t
        for obj in session.dirty:
            if isinstance(obj, Concern):
                obj.updated_at = t
                if attributes.get_history(obj, "forwarded_at").added:
                    obj.forwarded_at = t


@contextmanager
def clock(session: Session, now: datetime) -> Iterator[Clock]:
    """Stamp what is flushed in `session` with `clock.now` (set it before each step)."""
    token = freeze_now(now)
    c = Clock(now)
    event.listen(session, "before_flush", c.stamp)
    try:
        yield c
    finally:
        event.remove(session, "before_flush", c.stamp)
        unfreeze_now(token)
