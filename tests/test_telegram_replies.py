"""Every reply goes through the durable outbox, queued in the transaction that
handles the update (bot/telegram/replies.py): a reply survives a Bot API that
fails (500, 429, a time-out) and is delivered later, once; a crash after the
dialog's commit loses no reply and a repeat of the update queues nothing; the
emergency numbers come first; a chat's messages keep their order; the sender
is woken by the commit, not by its poll. The real PTB application, the real
dialog and the emulated Bot API, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import statistics
import time
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select
from telegram import Update
from telegram.ext import Application, ExtBot
from telegram.request import HTTPXRequest

from bot.dialog import Dialog, Incoming
from bot.settings import Settings
from bot.telegram import build_application
from bot.telegram.limits import RateLimiter
from bot.telegram.outbox import OutboxSender
from bot.telegram.replies import OutboxReplies
from bot.texts import t
from store import outbox
from store.db import session_scope
from store.models import Concern, OutboxMessage
from tests import fake_telegram as tg
from tests.conftest import TG_CHAT

CHAT = TG_CHAT
LAMP = "Die Strassenlampe an der Josefstrasse 12 flackert seit Tagen"
FIRE = "Es brennt im Container an der Josefstrasse 12!"


def quick(app: Application) -> Application:  # type: ignore[type-arg]
    """The application's outbox sender with a short back-off (tests)."""
    sender: OutboxSender = app.bot_data["outbox"]
    sender.first_backoff = 0.2
    return app


def texts(api: tg.FakeBotAPI) -> list[str]:
    return [str(c.params["text"]) for c in api.sent("sendMessage")]


def outbox_rows(engine: Engine) -> list[OutboxMessage]:
    with session_scope(engine) as s:
        return list(s.exec(select(OutboxMessage).order_by(col(OutboxMessage.id))))


def update(update_id: int, payload: dict[str, Any], app: Application) -> Update:  # type: ignore[type-arg]
    return Update.de_json({**payload, "update_id": update_id}, app.bot)


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500},
        {"status": 502},
        {"status": 429, "retry_after": 1},
        {"status": 500, "times": 3},
    ],
)
async def test_a_reply_survives_a_failing_bot_api(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    tg_dialog: Dialog,
    fault: dict[str, Any],
) -> None:
    api.fail_next("sendMessage", **fault)
    async with tg.polling(quick(build_application(tg_settings, tg_dialog))):
        api.push(tg.text(CHAT, "/hilfe"))
        [help_text] = await api.wait_calls("sendMessage", 1, timeout=10)
        await asyncio.sleep(0.3)  # nothing more comes
    assert "/meine" in help_text.params["text"]
    failures = fault.get("times", 1)
    assert [c.status for c in api.attempts("sendMessage")] == [fault["status"]] * failures + [200]
    [row] = outbox_rows(engine)
    assert (row.kind, row.status, row.attempts, row.text) == ("reply", "sent", failures + 1, None)


async def test_a_reply_survives_a_time_out(
    api: tg.FakeBotAPI, engine: Engine, tg_dialog: Dialog
) -> None:
    """Telegram answers too late (nothing carried out): the reply goes later, once."""
    api.add_chat(CHAT)
    tg_dialog.handle(
        Incoming("telegram", str(CHAT), "command", text="/hilfe"), OutboxReplies(str(CHAT))
    )
    api.fail_next("sendMessage", 500, delay=1.5)  # longer than the read time-out
    request = HTTPXRequest(read_timeout=1.0)
    async with ExtBot(
        api.token, base_url=api.base_url, request=request, rate_limiter=RateLimiter()
    ) as bot:
        sender = OutboxSender(bot, engine, first_backoff=0.2)
        on = True
        task = asyncio.create_task(sender.run(lambda: on))
        await api.wait_calls("sendMessage", 1, timeout=10)
        await asyncio.sleep(0.3)
        on = False
        await task
    assert [c.status for c in api.attempts("sendMessage")] == [500, 200]
    assert sender.counts == {"retry": 1, "sent": 1}
    assert [r.status for r in outbox_rows(engine)] == ["sent"]


async def test_a_crash_after_the_dialogs_commit_loses_no_reply_and_sends_none_twice(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, classifier: Any
) -> None:
    """The process handles updates (replies queued with the conversation's change)
    and dies before its sender sends them. After the restart the inbox hands the
    last update over again: it is found claimed and queues nothing; each reply
    queued before the crash is sent exactly once, in order."""
    first = build_application(
        tg_settings, Dialog(engine=engine, classifier=classifier, settings=tg_settings)
    )
    async with first:  # initialised, never started: its sender never runs
        await first.process_update(update(701, tg.text(CHAT, "/start"), first))
        await first.process_update(update(702, tg.text(CHAT, LAMP), first))
    queued = [(r.kind, r.status) for r in outbox_rows(engine)]
    assert queued and all(status == "pending" for _, status in queued)
    assert api.attempts("sendMessage") == []

    second = build_application(
        tg_settings, Dialog(engine=engine, classifier=classifier, settings=tg_settings)
    )
    async with tg.polling(second):
        await second.process_update(update(702, tg.text(CHAT, LAMP), second))  # redelivered
        await api.wait_calls("sendMessage", len(queued))
        await asyncio.sleep(0.5)  # anything sent twice would show now
    sent = texts(api)
    assert len(sent) == len(queued) == len(outbox_rows(engine))
    assert "Grüezi" in sent[0] and "Kreis 5" in sent[-1]  # the greeting, then the question
    assert all(r.status == "sent" and r.text is None for r in outbox_rows(engine))
    with session_scope(engine) as s:
        assert len(list(s.exec(select(Concern)))) == 1


async def test_the_emergency_numbers_come_first_and_a_chat_keeps_its_order(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    """Even when sending the numbers fails once, nothing after them overtakes them."""
    api.fail_next("sendMessage", 500)
    async with tg.polling(quick(build_application(tg_settings, tg_dialog))):
        api.push(tg.text(CHAT, FIRE))
        await api.wait_calls("sendMessage", 2, timeout=10)
        api.push(tg.text(CHAT, "/hilfe"))
        await api.wait_calls("sendMessage", 3, timeout=10)
        await asyncio.sleep(0.3)
    numbers, answer, help_text = texts(api)
    assert numbers == t("de", "emergency")
    assert "118" in numbers and "ZH-" in answer and "/meine" in help_text
    assert [c.status for c in api.attempts("sendMessage")] == [500, 200, 200, 200]
    rows = outbox_rows(engine)
    assert [r.kind for r in rows] == ["reply"] * 3 and all(r.status == "sent" for r in rows)


async def test_a_pressed_button_edits_through_the_outbox(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(CHAT, LAMP))
        [confirm] = await api.wait_calls("sendMessage", 1)
        api.fail_next("editMessageText", 502)  # the edit is retried, not lost
        press = tg.callback(
            CHAT, tg.message_of(confirm), tg.button_data(confirm, "Ja, weiterleiten")
        )
        api.push(press)
        [edit] = await api.wait_calls("editMessageText", 1, timeout=10)
        # A double tap: the same answer again, which changes nothing on screen:
        # marked sent without asking Telegram (store.outbox_edits).
        api.push(
            tg.callback(CHAT, tg.message_of(confirm), tg.button_data(confirm, "Ja, weiterleiten"))
        )
        await api.wait_for(
            lambda: [r.status for r in outbox_rows(engine) if r.kind == "edit"] == ["sent"] * 2,
            timeout=10,
        )
        await asyncio.sleep(0.3)
    assert (
        edit.params["message_id"] == confirm.result["message_id"] and "ZH-" in edit.params["text"]
    )
    assert [c.status for c in api.attempts("editMessageText")] == [502, 200]
    assert len(api.sent("sendMessage")) == 1  # nothing sent as a new message
    assert len(api.sent("answerCallbackQuery")) == 2  # answered directly, at once
    edits = [r for r in outbox_rows(engine) if r.kind == "edit"]
    assert len(edits) == 2 and all(r.status == "sent" for r in edits)


async def test_the_sender_is_woken_by_the_commit_not_by_its_poll(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    """With a poll of a minute, only the wake-up explains a prompt reply; from
    the update to the reply's request at the Bot API, for a lone resident."""
    app = build_application(tg_settings, tg_dialog)
    app.bot_data["outbox"].poll_seconds = 60.0
    latencies: list[float] = []
    async with tg.polling(app):
        await asyncio.sleep(0.2)  # the sender has started and is idle
        for i in range(10):
            started = time.monotonic()
            await app.process_update(update(800 + i, tg.text(CHAT, "/hilfe"), app))
            [*_, reply] = await api.wait_calls("sendMessage", i + 1, timeout=5)
            latencies.append(reply.at - started)
            await asyncio.sleep(1.0)  # the resident's pace: one message a second
    # Far below the poll (the figures: bench/reply_latency.py; this machine is shared).
    assert max(latencies) < 1.0, latencies
    assert statistics.median(latencies) < 0.5, latencies


def test_the_outbox_lease_is_the_setting(tg_settings: Settings, tg_dialog: Dialog) -> None:
    """OUTBOX_LEASE_SECONDS reaches the sender (how long a crashed sender's claim holds)."""
    settings = tg_settings.model_copy(update={"outbox_lease_seconds": 12.5})
    app = build_application(settings, tg_dialog)
    assert app.bot_data["outbox"].lease == timedelta(seconds=12.5)
    assert build_application(tg_settings, tg_dialog).bot_data["outbox"].lease == outbox.LEASE


async def test_a_store_that_went_away_leaves_the_update_in_the_inbox(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    """The database fails before anything of the message is kept: no apology, the
    handler asks the dispatcher to keep the update (RetryLater); the emergency
    numbers go out at once all the same, directly."""
    from sqlalchemy.exc import OperationalError
    from telegram.ext import CallbackContext

    from bot.dialog import DialogFailure
    from bot.dialog.model import Reply
    from bot.telegram.app import on_update
    from bot.telegram.dispatcher import RetryLater

    real = tg_dialog.handle

    def down(msg: Incoming, sink: Any = None) -> list[Reply]:
        cause = OperationalError("SELECT 1", {}, Exception("server closed the connection"))
        numbers = [Reply(t("de", "emergency"))]
        raise DialogFailure(stored=False, lang="de", replies=numbers) from cause

    app = build_application(tg_settings, tg_dialog)
    async with tg.polling(app):
        fire = update(901, tg.text(CHAT, FIRE), app)
        tg_dialog.handle = down  # type: ignore[method-assign]
        with pytest.raises(RetryLater):
            await on_update(fire, CallbackContext.from_update(fire, app))
        [numbers] = texts(api)
        assert numbers == t("de", "emergency") and outbox_rows(engine) == []
        tg_dialog.handle = real  # type: ignore[method-assign]
        await on_update(fire, CallbackContext.from_update(fire, app))  # the retry
        await api.wait_calls("sendMessage", 3)
        await asyncio.sleep(0.3)
    again, answer = texts(api)[1:]
    assert again == numbers and "ZH-" in answer  # no apology anywhere
    assert all(t("de", "error_not_stored") != text for text in texts(api))


async def test_a_crash_while_classifying_leaves_nothing_and_the_redelivery_answers(
    api: tg.FakeBotAPI, engine: Engine, tg_dialog: Dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process dies while the text is being classified (after the savepoint
    that keeps the text): the update's one transaction leaves nothing, not even
    its claim, so the inbox's redelivery handles it afresh: one concern, its
    replies queued once."""
    api.add_chat(CHAT)

    def crash(*_args: Any, **_kwargs: Any) -> Any:
        raise SystemExit("killed")  # not an Exception: nothing of ours handles it

    message = Incoming("telegram", str(CHAT), "text", text=LAMP, update_id=990)
    with monkeypatch.context() as patched:
        patched.setattr(tg_dialog.clf, "classify", crash)
        with pytest.raises(SystemExit):
            tg_dialog.handle(message, OutboxReplies(str(CHAT)))
    assert outbox_rows(engine) == []
    with session_scope(engine) as s:
        assert list(s.exec(select(Concern))) == []
    replies = tg_dialog.handle(message, OutboxReplies(str(CHAT)))  # the redelivery
    assert replies and tg_dialog.handle(message, OutboxReplies(str(CHAT))) == []
    async with ExtBot(api.token, base_url=api.base_url) as bot:
        await OutboxSender(bot, engine).send_due()
    assert texts(api) == [r.text for r in replies]
    with session_scope(engine) as s:
        assert [c.text for c in s.exec(select(Concern))] == [LAMP]


async def test_a_failure_after_the_text_was_kept_queues_one_true_apology(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    tg_dialog: Dialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("classifier down")

    monkeypatch.setattr(tg_dialog.clf, "classify", broken)
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(CHAT, LAMP))
        [apology] = await api.wait_calls("sendMessage", 1, timeout=5)
        await asyncio.sleep(0.5)
    assert apology.params["text"] == t("de", "error") and len(api.sent("sendMessage")) == 1
    assert [r.status for r in outbox_rows(engine)] == ["sent"]  # one apology, not two
    with session_scope(engine) as s:
        assert [c.text for c in s.exec(select(Concern))] == [LAMP]  # kept
