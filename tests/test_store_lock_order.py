"""One chat's messages on two replicas (two engines, two dialogs) of one
PostgreSQL database, without the inbox's ordering in front: the arrival's
statement takes the conversation's lock after the resident's row (the order of
the separate statements it replaces), so a chat's updates queue on its rows and
are handled strictly in the order they queued, never two at once, each reading
the state the one before committed, with the replies one dialog gives to the
same messages one after the other."""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from itertools import pairwise
from typing import Any

import pytest
from psycopg.errors import LockNotAvailable
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from bot.dialog import Dialog
from bot.messages import Incoming, Reply
from bot.settings import Settings
from bot.telegram.dispatcher import Dispatcher, Handle, RetryLater
from nlp.classifier import ConcernClassifier
from store import inbox
from store import repository as repo
from store.db import make_engine, session_scope
from tests.fresh_db import migrated_postgres
from tests.threads import run_threads

PG_URL = os.environ.get("TEST_DATABASE_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="replicas share PostgreSQL: TEST_DATABASE_URL")

# A conversation whose every step depends on the one before.
OPENER = "Grüezi"
STEPS = (
    "Die Strassenlampe flackert seit Tagen",
    "Josefstrasse 12",
    "Ja, weiterleiten",
    "/meine",
    "Danke vielmal",
    "Der Abfallkübel am Idaplatz ist voll",
    "Ja, weiterleiten",
    "/meine",
)


@pytest.fixture
def url() -> Iterator[str]:
    assert PG_URL is not None
    migrated_postgres(PG_URL).dispose()
    yield PG_URL


def _message(chat: str, words: str, update_id: int) -> Incoming:
    kind = "command" if words.startswith("/") else "text"
    return Incoming("telegram", chat, kind, chat, text=words, update_id=update_id)


@dataclass
class Span:
    """One update's handling under the conversation's lock."""

    update_id: int
    replica: str
    start: float
    end: float
    before: tuple[str, str]  # the conversation as read: state, data
    after: tuple[str, str]  # as left


def _state(ctx: Any) -> tuple[str, str]:
    return ctx.conv.state, json.dumps(ctx.conv.data, sort_keys=True, default=str)


def _traced(
    monkeypatch: pytest.MonkeyPatch, names: dict[int, str], hold: Callable[[int], None]
) -> list[Span]:
    """Dialog._dispatch (run while the message's transaction holds the
    conversation) noted per update; `hold(update_id)` runs inside it first."""
    spans: list[Span] = []
    dispatch = Dialog._dispatch

    def traced(self: Dialog, ctx: Any, msg: Incoming) -> list[Reply]:
        start, before = time.monotonic(), _state(ctx)
        hold(msg.update_id or 0)
        try:
            return dispatch(self, ctx, msg)
        finally:
            spans.append(
                Span(
                    msg.update_id or 0,
                    names[id(self)],
                    start,
                    time.monotonic(),
                    before,
                    _state(ctx),
                )
            )

    monkeypatch.setattr(Dialog, "_dispatch", traced)
    return spans


def _waiting_for_locks(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
        )


def _until(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _same(replies: list[Reply]) -> list[str]:
    """What the resident reads, references left out (each chat has its own)."""
    return [re.sub(r"ZH-\d{4}-\d+", "ZH-…", r.text) for r in replies]


def _replicas(url: str, classifier: ConcernClassifier, settings: Settings) -> list[Dialog]:
    settings = settings.model_copy(update={"rate_limit_per_hour": 100})
    return [
        Dialog(
            engine=make_engine(url, pool_size=len(STEPS)), classifier=classifier, settings=settings
        )
        for _ in range(2)
    ]


def test_one_chat_on_two_replicas_is_handled_one_at_a_time_on_the_state_before(
    url: str,
    classifier: ConcernClassifier,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """All of the chat's messages at once, every other one on the other replica:
    they queue on the chat's rows (which of them goes next is PostgreSQL's
    choice; the inbox is what keeps them in order), one at a time, and each
    reads the conversation as the one before left it: the replies are those of
    the same messages handled one after the other in that order."""
    a, b = replicas = _replicas(url, classifier, settings)
    names = {id(a): "a", id(b): "b"}
    first = 1001  # holds the lock until every other one is waiting
    holding, queued = threading.Event(), threading.Event()

    def hold(update_id: int) -> None:
        if update_id == first:
            holding.set()
            assert queued.wait(30)

    spans = _traced(monkeypatch, names, hold)
    replies: dict[int, list[Reply]] = {}
    try:
        a.handle(_message("chat", OPENER, 100))  # a known resident and conversation now
        spans.clear()

        def send(i: int) -> None:
            dialog = replicas[i % 2]
            replies[first + i] = dialog.handle(_message("chat", STEPS[i], first + i))

        threads = [threading.Thread(target=send, args=(i,)) for i in range(len(STEPS))]
        for i, thread in enumerate(threads):
            thread.start()
            if i == 0:
                assert holding.wait(20)
            else:  # waits on the chat's rows behind the ones before it
                _until(lambda n=i: _waiting_for_locks(a.engine) == n)  # type: ignore[misc]
        queued.set()
        for thread in threads:
            thread.join(60)
        assert not any(t.is_alive() for t in threads)

        assert sorted(s.update_id for s in spans) == [first + i for i in range(len(STEPS))]
        assert {s.replica for s in spans} == {"a", "b"}
        for earlier, later in pairwise(spans):
            assert later.start >= earlier.end  # never two at once
            assert later.before == earlier.after  # each read what the one before left
        # The same messages one after the other, in the order they were handled.
        handled = list(spans)
        a.handle(_message("ref", OPENER, 1))
        for n, span in enumerate(handled):
            again = a.handle(_message("ref", STEPS[span.update_id - first], 2 + n))
            assert _same(again) == _same(replies[span.update_id])
    finally:
        queued.set()
        for dialog in replicas:
            dialog.engine.dispose()


def _conversation_free(engine: Engine, chat: str) -> bool:
    """Nobody holds the chat's conversation row (FOR UPDATE NOWAIT succeeds)."""
    with engine.connect() as conn:
        try:
            conn.execute(
                text("SELECT 1 FROM conversation WHERE chat_id = :c FOR UPDATE NOWAIT"), {"c": chat}
            )
        except OperationalError as exc:
            assert isinstance(exc.orig, LockNotAvailable)
            return False
        finally:
            conn.rollback()
    return True


def test_the_arrival_locks_the_conversation_only_after_the_resident(url: str) -> None:
    """The order every path takes (the resident's row, then the conversation's):
    while the arrival waits for the resident's row it holds no conversation; a
    message of another kind holding the conversation and then asking for the
    resident's row could not deadlock with it."""
    engine = make_engine(url)
    arrived, done = threading.Event(), threading.Event()
    try:
        with session_scope(engine) as s:
            repo.arrive(s, channel="telegram", chat_id="c", user_id="c", update_id=1, lock=True)

        def message(_: int) -> None:
            with session_scope(engine) as s:
                arrival = repo.arrive(
                    s, channel="telegram", chat_id="c", user_id="c", update_id=2, lock=True
                )
                assert arrival.conversation is not None
                arrived.set()
                assert done.wait(20)

        errors: list[BaseException] = []
        with engine.connect() as holder:  # another transaction holds the resident's row
            holder.execute(text("SELECT 1 FROM resident WHERE chat_id = 'c' FOR UPDATE"))
            thread = threading.Thread(target=lambda: errors.extend(run_threads(1, message)))
            thread.start()
            _until(lambda: _waiting_for_locks(engine) == 1)
            assert _conversation_free(engine, "c")  # not taken while it waits
            holder.rollback()
        assert arrived.wait(20)
        assert not _conversation_free(engine, "c")  # taken with the resident's row
        done.set()
        thread.join(20)
        assert errors == [] and _conversation_free(engine, "c")
    finally:
        done.set()
        engine.dispose()


async def test_through_the_inbox_one_chat_on_two_replicas_goes_strictly_in_order(
    url: str,
    classifier: ConcernClassifier,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As served: each update stored by one replica or the other (as the webhook
    stores it), both dispatchers claiming, and each replica handling only every
    other update (it gives the rest back, as a replica that cannot handle one
    does): the chat goes back and forth between them, strictly in its order, one
    update at a time, with the replies of the same messages handled one after
    the other."""
    replicas = _replicas(url, classifier, settings)
    a = replicas[0]
    names = {id(d): n for d, n in zip(replicas, "ab", strict=True)}
    spans = _traced(monkeypatch, names, lambda _: None)
    a.handle(_message("ref", OPENER, 1))
    expected = [_same(a.handle(_message("ref", w, 2 + i))) for i, w in enumerate(STEPS)]
    a.handle(_message("chat", OPENER, 100))
    spans.clear()
    replies: dict[int, list[Reply]] = {}

    def handler(dialog: Dialog, mine: int) -> Handle:
        async def handle(payload: dict[str, Any]) -> None:
            if payload["update_id"] % 2 != mine:
                raise RetryLater  # the other replica's turn
            words = payload["message"]["text"]
            msg = _message(str(payload["message"]["chat"]["id"]), words, payload["update_id"])
            replies[msg.update_id or 0] = await asyncio.to_thread(dialog.handle, msg)

        return handle

    dispatchers = [
        Dispatcher(
            d.engine,
            handler(d, mine),
            max_concurrent=4,
            poll_interval=0.02,
            retry_delay=timedelta(milliseconds=20),
        )
        for mine, d in enumerate(replicas)
    ]
    ids = [1001 + i for i in range(len(STEPS))]
    try:
        for dispatcher in dispatchers:
            dispatcher.start()
        for i, uid in enumerate(ids):
            payload = {"update_id": uid, "message": {"chat": {"id": "chat"}, "text": STEPS[i]}}
            await asyncio.to_thread(inbox.record, replicas[i % 2].engine, uid, payload)
        deadline = asyncio.get_running_loop().time() + 60
        while len(replies) < len(ids):
            assert asyncio.get_running_loop().time() < deadline, "timed out"
            await asyncio.sleep(0.02)
    finally:
        for dispatcher in dispatchers:
            await dispatcher.stop(5.0)
        for dialog in replicas:
            dialog.engine.dispose()
    assert [s.update_id for s in spans] == ids  # strictly in order
    assert [s.replica for s in spans] == ["b", "a"] * (len(ids) // 2)
    for earlier, later in pairwise(spans):
        assert later.start >= earlier.end and later.before == earlier.after
    assert [_same(replies[uid]) for uid in ids] == expected
