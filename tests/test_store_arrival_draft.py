"""A tap's concern read in the arrival's statement (store/arrival_draft.py): no
statement of its own; on PostgreSQL locked after the conversation, read as the
update before it left it (also when that ran on another replica and the tap
waited for it), and never another resident's row locked."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, event, text

from bot.dialog import Dialog
from bot.messages import Incoming, Reply
from bot.settings import Settings
from bot.texts import t
from nlp.classifier import ConcernClassifier
from store.db import make_engine
from tests.conftest import concerns
from tests.fresh_db import migrated_postgres

PG_URL = os.environ.get("TEST_DATABASE_URL")
pg_only = pytest.mark.skipif(not PG_URL, reason="replicas share PostgreSQL: TEST_DATABASE_URL")
LAMP = "Die Strassenlampe an der Josefstrasse 12 flackert seit Tagen"


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_c: object, _cur: object, stmt: str, *_: object) -> None:
        seen.append(" ".join(stmt.split()[:4]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _said(d: Dialog, chat: str, words: str, update_id: int) -> list[Reply]:
    return d.handle(Incoming("telegram", chat, "text", chat, text=words, update_id=update_id))


def _tap(d: Dialog, chat: str, data: str, update_id: int) -> list[Reply]:
    return d.handle(Incoming("telegram", chat, "callback", chat, data=data, update_id=update_id))


def _confirm_button(replies: list[Reply]) -> str:
    return next(
        b.data for r in replies for row in r.buttons or [] for b in row if b.data[:3] == "ok:"
    )


def test_a_tap_reads_its_concern_in_the_arrival_s_statement(dialog: Dialog) -> None:
    ok = _confirm_button(_said(dialog, "d1", LAMP, 1))
    with statements(dialog.engine) as seen:
        replies = _tap(dialog, "d1", ok, 2)
    assert [s for s in seen if s.startswith("SELECT concern")] == []  # no read of its own
    assert "ZH-" in replies[0].text and concerns(dialog.engine)[0].status == "forwarded"


def test_a_tap_on_another_resident_s_concern_is_stale(dialog: Dialog) -> None:
    ok = _confirm_button(_said(dialog, "d2", LAMP, 1))
    _said(dialog, "d3", "Grüezi", 2)
    replies = _tap(dialog, "d3", ok, 3)
    assert replies[0].text == t("de", "button_stale")
    assert concerns(dialog.engine)[0].status == "draft"


@pytest.fixture
def pg(classifier: ConcernClassifier, settings: Settings) -> Iterator[tuple[Dialog, Engine]]:
    assert PG_URL is not None
    migrated_postgres(PG_URL).dispose()
    d = Dialog(engine=make_engine(PG_URL), classifier=classifier, settings=settings)
    other = make_engine(PG_URL)  # the other replica's transaction
    yield d, other
    d.engine.dispose()
    other.dispose()


def _waiting_for_locks(engine: Engine) -> int:
    with engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        )
        return int(found.scalar_one())


def _until(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


@pg_only
def test_a_tap_that_waited_for_the_chat_reads_the_concern_as_the_update_before_left_it(
    pg: tuple[Dialog, Engine],
) -> None:
    """The update before (another replica) holds the conversation, the tap's
    statement starts (its snapshot) and waits; that update then withdraws the
    concern and commits. The tap reads the withdrawn concern (stale button),
    not its snapshot's draft (which it would forward), and holds no lock on the
    concern while it waits (the update before writes it without a deadlock)."""
    d, other = pg
    ok = _confirm_button(_said(d, "d4", LAMP, 1))
    concern_id = int(ok.split(":")[1])
    replies: list[Reply] = []
    with other.connect() as before:
        before.execute(text("SET deadlock_timeout = '100ms'"))
        before.execute(
            text("SELECT 1 FROM conversation WHERE chat_id = 'd4' FOR UPDATE")
        )  # the update before: the chat's lock
        tap = threading.Thread(target=lambda: replies.extend(_tap(d, "d4", ok, 2)))
        tap.start()
        _until(lambda: _waiting_for_locks(other) == 1)  # its statement runs, and waits
        before.execute(
            text("UPDATE concern SET status = 'withdrawn' WHERE id = :id"), {"id": concern_id}
        )
        before.commit()
        tap.join(30)
    assert not tap.is_alive()
    assert replies[0].text == t("de", "button_stale")
    assert concerns(d.engine)[0].status == "withdrawn"


@pg_only
def test_a_tap_locks_no_other_resident_s_concern(pg: tuple[Dialog, Engine]) -> None:
    """A forged tap naming another resident's concern neither waits for nor
    locks that row: staff holding it (`/status ...`) hold nobody else up."""
    d, other = pg
    ok = _confirm_button(_said(d, "d5", LAMP, 1))
    _said(d, "d6", "Grüezi", 2)
    with other.connect() as staff:
        staff.execute(text("SELECT 1 FROM concern WHERE id = :id FOR UPDATE"), {"id": ok[3:]})
        replies: list[Reply] = []
        tap = threading.Thread(target=lambda: replies.extend(_tap(d, "d6", ok, 3)))
        tap.start()
        tap.join(10)
        waited = tap.is_alive()
        staff.rollback()
        tap.join(30)
    assert not waited
    assert replies[0].text == t("de", "button_stale")
