"""Waking the outbox's sender (store/outbox.py): a commit that queued messages
calls the callbacks registered with `on_queued` for its engine, so the sender
of this process claims a reply at once instead of at its next poll.
Re-exported by store.outbox."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session as OrmSession

log = logging.getLogger(__name__)

_QUEUED = "outbox_queued"  # Session.info: this transaction queued a row

_listeners: dict[Engine, list[Callable[[], None]]] = {}
_listeners_lock = threading.Lock()


def queued(session: OrmSession) -> None:
    """This transaction queued a message: its commit wakes the senders."""
    session.info[_QUEUED] = True


def on_queued(engine: Engine, callback: Callable[[], None]) -> Callable[[], None]:
    """Call `callback` (from the committing thread) after every commit on `engine`
    that queued a message; returns the function that unregisters it."""
    with _listeners_lock:
        _listeners.setdefault(engine, []).append(callback)

    def remove() -> None:
        with _listeners_lock:
            callbacks = _listeners.get(engine, [])
            if callback in callbacks:
                callbacks.remove(callback)
            if not callbacks:
                _listeners.pop(engine, None)

    return remove


@event.listens_for(OrmSession, "after_commit")
def _after_commit(session: OrmSession) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: nothing is visible to others before the real commit
    if not session.info.pop(_QUEUED, False):
        return
    bind = session.get_bind()
    with _listeners_lock:
        callbacks = list(_listeners.get(bind, ())) if isinstance(bind, Engine) else []
    for callback in callbacks:
        try:
            callback()
        except Exception as exc:  # a wake-up missed: the sender's poll finds the row
            log.warning("outbox wake-up failed (%s)", type(exc).__name__)


@event.listens_for(OrmSession, "after_rollback")
def _after_rollback(session: OrmSession) -> None:
    session.info.pop(_QUEUED, None)
