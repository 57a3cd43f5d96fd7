"""Two replicas on one PostgreSQL database: two Application instances (each
with its own engine, dialog, inbox dispatcher and outbox sender) pass one
resident's conversation back and forth, every update stored by the replica
Telegram happened to reach (as the webhook stores it). One concern, the right
replies in the right order, none twice."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from itertools import pairwise
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from bot.telegram.dispatcher import Dispatcher
from bot.telegram.inbox import handler
from nlp.classifier import ConcernClassifier
from store import inbox
from store.db import make_engine, session_scope, upgrade
from store.models import Concern, InboxUpdate, OutboxMessage, Status
from tests import fake_telegram as tg
from tests.conftest import _fresh_postgres

pytestmark = pytest.mark.asyncio

PG_URL = os.environ.get("TEST_DATABASE_URL")
CHAT = 4711


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("replicas share a PostgreSQL database: set TEST_DATABASE_URL")
    engine = _fresh_postgres(PG_URL)
    upgrade(engine)
    engine.dispose()
    yield PG_URL


class Replica:
    def __init__(self, dispatcher: Dispatcher, engine: Engine) -> None:
        self.dispatcher = dispatcher
        self.engine = engine


@asynccontextmanager
async def replica(
    name: str, url: str, settings: Settings, classifier: ConcernClassifier, log: list[str]
) -> AsyncIterator[Replica]:
    """One bot process: its own engine (connection pool), dialog and application;
    its dispatcher only wakes for the updates it stores itself (no polling for
    the other's in this test, so which replica handles an update is certain)."""
    engine = make_engine(url, pool_size=8)
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    app = build_application(settings, dialog)
    handle = handler(app)

    async def noted(payload: dict[str, Any]) -> None:
        log.append(name)  # which replica handled it
        await handle(payload)

    dispatcher = Dispatcher(engine, noted, max_concurrent=4, poll_interval=3600)
    async with app:
        await app.start()  # the outbox sender runs in both
        dispatcher.start()
        try:
            yield Replica(dispatcher, engine)
        finally:
            await dispatcher.stop(5.0)
            await app.stop()
    engine.dispose()


async def test_two_replicas_pass_one_conversation_back_and_forth(
    api: tg.FakeBotAPI, tg_settings: Settings, classifier: ConcernClassifier, pg_url: str
) -> None:
    api.add_chat(CHAT)
    log: list[str] = []
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(replica("a", pg_url, tg_settings, classifier, log))
        b = await stack.enter_async_context(replica("b", pg_url, tg_settings, classifier, log))

        async def deliver(to: Replica, update: dict[str, Any]) -> None:
            # The resident reads the answer before writing again: the update
            # before is done (and both replicas idle) when the next one arrives.
            await api.wait_for(lambda: inbox.pending_count(a.engine) == 0)
            await api.wait_for(lambda: a.dispatcher.in_progress + b.dispatcher.in_progress == 0)
            await asyncio.sleep(0.1)
            uid = api.push(update)  # the emulator knows the chat and the button press
            payload = {"update_id": uid, **update}
            assert await asyncio.to_thread(inbox.record, to.engine, uid, payload)

        await deliver(a, tg.text(CHAT, "Die Strassenlampe flackert seit Tagen"))
        [ask] = await api.wait_calls("sendMessage", 1)
        assert "Wo ist das genau?" in ask.params["text"]

        await deliver(b, tg.location(CHAT, 47.4114, 8.5441))
        confirm = (await api.wait_calls("sendMessage", 2))[-1]
        assert "Kreis 11" in confirm.params["text"]

        ok = tg.button_data(confirm, "Ja, weiterleiten")
        await deliver(a, tg.callback(CHAT, tg.message_of(confirm), ok))
        [edit] = await api.wait_calls("editMessageText", 1)
        assert "ZH-" in edit.params["text"]
        assert edit.params["message_id"] == confirm.result["message_id"]

        await deliver(b, tg.text(CHAT, "/meine"))
        mine = (await api.wait_calls("sendMessage", 3))[-1]

        await deliver(a, tg.text(CHAT, "Danke vielmal"))
        thanks = (await api.wait_calls("sendMessage", 4))[-1]
        await asyncio.sleep(1.5)  # a reply sent twice, or late, would show now
        handled = a.dispatcher.handled + b.dispatcher.handled

    check = make_engine(pg_url)
    with session_scope(check) as s:
        concerns = list(s.exec(select(Concern)))
        outbox_rows = list(s.exec(select(OutboxMessage)))
        inbox_rows = list(s.exec(select(InboxUpdate)))
    check.dispose()
    [concern] = concerns
    assert (concern.status, concern.kreis, concern.office) == (Status.FORWARDED, 11, "ewz")
    assert concern.reference is not None
    assert concern.reference in edit.params["text"] and concern.reference in mine.params["text"]
    assert "ZH-" not in thanks.params["text"]
    # Each update handled once; the conversation went from one replica to the
    # other (normally a, b, a, b, a: the replica that stored it; either may
    # take an update another stored, which the dispatcher allows).
    assert handled == 5 and len(log) == 5, log
    assert sum(x != y for x, y in pairwise(log)) >= 2, log
    # None twice: four messages and one edit reached the resident, once each.
    assert len(api.sent("sendMessage")) == 4 and len(api.sent("editMessageText")) == 1
    assert api.sent("answerCallbackQuery")
    assert sorted((m.status, m.attempts, m.text) for m in outbox_rows) == [("sent", 1, None)] * len(
        outbox_rows
    )
    assert [(r.status, r.payload) for r in inbox_rows] == [("done", None)] * 5
