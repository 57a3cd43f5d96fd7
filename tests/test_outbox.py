"""The Telegram outbox sender (bot/telegram/outbox.py) at the emulated Bot API:
what is owed is sent and erased, retried on 429 (after its retry_after), 5xx
and time-outs, given up on 403 (the resident recorded as blocked) and 400;
one message a second per chat without holding up other chats; two senders
never send a message twice; a crashed sender's lease runs out. On SQLite and
PostgreSQL (the `engine` fixture)."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from itertools import pairwise
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.telegram.limits import RateLimiter
from bot.telegram.outbox import OutboxSender
from store import outbox
from store import repository as repo
from store.db import make_engine, session_scope
from store.models import OutboxMessage, OutboxStatus, Resident, Role
from store.staff import add_staff, find_staff
from tests import fake_telegram as tg
from tests.conftest import TG_CHAT

CHAT, OTHER, THIRD = TG_CHAT, 5151, 5252
CLOCK_SLACK = 0.005  # seconds: the shared pace's slots are epoch times, the emulator's monotonic


@pytest.fixture
async def bot(api: tg.FakeBotAPI) -> AsyncIterator[ExtBot[Any]]:
    """A bot as the application builds it (the rate limiter that lets the
    outbox see its 429s), with a short read time-out for the time-out test."""
    request = HTTPXRequest(connection_pool_size=64, read_timeout=1.0)
    ext = ExtBot(
        api.token,
        base_url=api.base_url,
        request=request,
        rate_limiter=RateLimiter(max_retries=3),
    )
    async with ext:
        yield ext


def sender(bot: ExtBot[Any], engine: Engine, **options: Any) -> OutboxSender:
    """Fast by default: short poll, spacing and back-off (the spacing test uses 1 s)."""
    settings: dict[str, Any] = {
        "poll_seconds": 0.05,
        "spacing": 0.05,
        "group_spacing": 0.05,
        "first_backoff": 0.3,
    }
    return OutboxSender(bot, engine, **(settings | options))


def owe(engine: Engine, chat: int | str, text: str, **kw: Any) -> int:
    with session_scope(engine) as s:
        msg = outbox.enqueue(
            s, channel="telegram", chat_id=str(chat), kind="notice", text=text, **kw
        )
        assert msg.id is not None
        return msg.id


def owe_each(api: tg.FakeBotAPI, engine: Engine, chats: range) -> None:
    """A message owed to each of these chats, known to the emulated Bot API."""
    for chat in chats:
        api.add_chat(chat)
        owe(engine, chat, f"an {chat}")


def row(engine: Engine, msg_id: int) -> OutboxMessage:
    with session_scope(engine) as s:
        msg = s.get(OutboxMessage, msg_id)
        assert msg is not None
        return msg


def texts_to(api: tg.FakeBotAPI, chat: int) -> list[str]:
    return [str(c.params["text"]) for c in api.sent("sendMessage") if c.params["chat_id"] == chat]


class Running:
    """The sender's loop in the background, as the running bot has it."""

    def __init__(self, sender: OutboxSender) -> None:
        self.sender = sender
        self.on = True
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Running:
        self.task = asyncio.create_task(self.sender.run(lambda: self.on))
        return self

    async def __aexit__(self, *_exc: object) -> None:
        self.on = False
        assert self.task is not None
        await asyncio.wait_for(self.task, timeout=10)


async def test_a_pending_message_is_sent_in_pieces_with_buttons_and_photos_then_erased(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    api.add_file("photo-1")
    api.add_file("photo-2")
    long_text = "\n".join(f"Zeile {i}: " + "x" * 90 for i in range(60))  # ~6,000 characters
    msg_id = owe(
        engine,
        CHAT,
        long_text,
        buttons=[[("Übernehmen", "s:take:1"), ("Status", "s:status:1")]],
        photos=["photo-1", "photo-2"],
    )
    await sender(bot, engine).send_due()

    first, second = api.sent("sendMessage")
    assert first.params["text"] + "\n" + second.params["text"] == long_text
    assert "reply_markup" not in first.params  # the buttons go with the last piece
    keyboard = second.params["reply_markup"]["inline_keyboard"]
    assert [[b["callback_data"] for b in r] for r in keyboard] == [["s:take:1", "s:status:1"]]
    assert [c.params["photo"] for c in api.sent("sendPhoto")] == ["photo-1", "photo-2"]
    assert [c.method for c in api.attempts()[-4:]] == ["sendMessage"] * 2 + ["sendPhoto"] * 2
    sent = row(engine, msg_id)
    assert (sent.status, sent.text, sent.buttons, sent.photos) == ("sent", None, [], [])
    assert sent.sent_at is not None and sent.attempts == 1


async def test_429_is_retried_after_retry_after_without_holding_up_other_chats(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    api.add_chat(OTHER)
    api.fail_next("sendMessage", 429, retry_after=2)
    flooded = owe(engine, CHAT, "zuerst")
    async with Running(sender(bot, engine)) as running:
        await api.wait_for(lambda: len(api.attempts("sendMessage")) == 1)
        owe(engine, OTHER, "andere")
        await api.wait_for(lambda: texts_to(api, OTHER) == ["andere"], timeout=1.5)
        assert texts_to(api, CHAT) == []  # still waiting for its retry_after
        await api.wait_for(lambda: texts_to(api, CHAT) == ["zuerst"], timeout=5)
        await asyncio.sleep(0.3)
    attempts = [c for c in api.attempts("sendMessage") if c.params["chat_id"] == CHAT]
    assert [c.status for c in attempts] == [429, 200]  # delivered exactly once
    assert attempts[1].at - attempts[0].at >= 2.0
    delivered = row(engine, flooded)
    # rescheduled by the outbox (a second claim), not waited out in the rate limiter
    assert (delivered.status, delivered.attempts) == ("sent", 2)
    assert running.sender.counts == {"retry": 1, "sent": 2}


async def test_server_errors_and_time_outs_are_retried_with_backoff(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    api.fail_next("sendMessage", 500)
    api.fail_next("sendMessage", 502)  # nginx's HTML page
    api.fail_next("sendMessage", 500, delay=1.5)  # longer than the read time-out (1 s)
    msg_id = owe(engine, CHAT, "Ihr Anliegen ZH-2026-000123 ist erledigt.")
    with caplog.at_level(logging.INFO):
        async with Running(sender(bot, engine)):
            await api.wait_for(lambda: bool(texts_to(api, CHAT)), timeout=10)
            await asyncio.sleep(0.3)
    attempts = api.attempts("sendMessage")
    assert [c.status for c in attempts] == [500, 502, 500, 200]
    gaps = [b.at - a.at for a, b in pairwise(attempts)]
    assert gaps[0] >= 0.3 and gaps[1] >= 0.6  # 0.3 s, then twice that
    assert texts_to(api, CHAT) == ["Ihr Anliegen ZH-2026-000123 ist erledigt."]
    assert row(engine, msg_id).status == "sent"
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("bot.")]
    assert any("NetworkError" in m for m in logged) and any("TimedOut" in m for m in logged)
    assert not any(str(CHAT) in m or "ZH-2026" in m for m in logged)


async def test_403_blocks_the_resident_and_gives_up_their_messages(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    api.block(OTHER)
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(
            s, channel="telegram", chat_id=str(OTHER), user_id=str(OTHER)
        )
        resident_id = resident.id
    blocked = [owe(engine, OTHER, f"Nachricht {i}", resident_id=resident_id) for i in range(3)]
    fine = owe(engine, CHAT, "an jemand anderen")
    send = sender(bot, engine)
    await send.send_due()
    await send.send_due()  # nothing is tried again

    to_blocked = [c for c in api.attempts("sendMessage") if c.params["chat_id"] == OTHER]
    assert [c.status for c in to_blocked] == [403]
    assert [row(engine, i).status for i in blocked] == ["blocked"] * 3
    assert all(row(engine, i).text is None for i in blocked)
    assert row(engine, fine).status == "sent"
    with session_scope(engine) as s:
        recorded = s.get(Resident, resident_id)
        assert recorded is not None and recorded.blocked_at is not None
        outbox.unblock(s, channel="telegram", chat_id=str(OTHER))  # they wrote again
    with session_scope(engine) as s:
        again = s.get(Resident, resident_id)
        assert again is not None and again.blocked_at is None


async def test_400_marks_the_message_failed_and_never_retries_it(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    unknown = owe(engine, 777_000, "an einen Chat, der nie geschrieben hat")
    bad_photo = owe(engine, CHAT, "Text geht, Foto nicht", photos=["never-received"])
    not_telegram = owe(engine, "terminal-7", "kein Telegram-Chat")
    send = sender(bot, engine)
    await send.send_due()
    await send.send_due()
    gone = row(engine, unknown)
    assert (gone.status, gone.last_error, gone.text) == (
        "failed",
        "BadRequest: Chat not found",
        None,
    )
    assert row(engine, bad_photo).status == "failed"
    assert texts_to(api, CHAT) == ["Text geht, Foto nicht"]  # sent once, not again
    assert [c.status for c in api.attempts("sendPhoto")] == [400]
    assert row(engine, not_telegram).status == "failed"
    assert len(api.attempts("sendMessage")) == 2


async def test_one_message_a_second_per_chat_while_other_chats_go_on(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    api.add_chat(OTHER)
    api.add_chat(THIRD)
    for i in range(3):
        owe(engine, CHAT, f"an 1: {i}")
    owe(engine, OTHER, "an 2")
    owe(engine, THIRD, "an 3")
    start = asyncio.get_running_loop().time()
    spacing = 1.0
    await sender(bot, engine, spacing=spacing, burst=1).send_due()

    to_chat = [c for c in api.sent("sendMessage") if c.params["chat_id"] == CHAT]
    assert [c.params["text"] for c in to_chat] == ["an 1: 0", "an 1: 1", "an 1: 2"]  # in order
    assert all(b.at - a.at >= spacing for a, b in pairwise(to_chat))
    first = min(c.at for c in api.sent("sendMessage"))
    others = [c for c in api.sent("sendMessage") if c.params["chat_id"] != CHAT]
    # Not held up: before the first chat's second message could go (a bound from
    # the spacing, not from how fast this machine happens to be).
    assert len(others) == 2 and all(c.at - first < spacing for c in others)
    assert asyncio.get_running_loop().time() - start < 5


async def test_pieces_of_one_long_message_are_spaced_too(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    owe(engine, CHAT, "\n".join("y" * 100 for _ in range(50)))  # two pieces
    await sender(bot, engine, spacing=1.0, burst=1).send_due()
    first, second = api.sent("sendMessage")
    assert second.at - first.at >= 1.0


async def test_a_private_chat_gets_a_short_burst_then_one_per_spacing(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    """The two or three messages of one reply arrive together; more wait their turn."""
    ids = [owe(engine, CHAT, f"Teil {i}") for i in range(5)]
    spacing = 2.0
    await sender(bot, engine, spacing=spacing, burst=3).send_due()
    calls = api.sent("sendMessage")
    assert [c.params["text"] for c in calls] == [f"Teil {i}" for i in range(5)]  # in order
    at = [c.at for c in calls]
    # The emulator's times against the spacing. The burst: the third went before
    # a spacing was over (without the burst it would wait two; 0.6 s was seen
    # for the three on a loaded machine, hence a spacing of 2 s). The lower
    # bounds hold under any load: a chat's pace counts from Telegram's answer.
    assert at[2] - at[0] < spacing
    assert at[3] - at[0] >= spacing - 0.05 and at[4] - at[0] >= 2 * spacing - 0.05  # then paced
    assert max(sum(1 for t in at if s <= t < s + spacing) for s in at) <= 3
    assert [row(engine, i).status for i in ids] == ["sent"] * 5


async def test_a_group_gets_no_burst(api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine) -> None:
    group = -4002
    api.add_chat(group)
    owe(engine, group, "Karte 1")
    owe(engine, group, "Karte 2")
    await sender(bot, engine, group_spacing=0.6, burst=3).send_due()
    first, second = api.sent("sendMessage")
    assert second.at - first.at >= 0.55


def second_engine(engine: Engine) -> Iterator[Engine]:
    """Another replica: its own engine (connection pool) on PostgreSQL; SQLite in
    memory is one database per engine, so the replicas share it there."""
    if engine.dialect.name == "postgresql":
        other = make_engine(os.environ["TEST_DATABASE_URL"])
        yield other
        other.dispose()
    else:
        yield engine


async def test_two_senders_never_send_the_same_message_twice(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    chats = [9000 + i for i in range(20)]
    for chat in chats:
        api.add_chat(chat)
    owed = {chat: [f"{chat}/{n}" for n in range(5)] for chat in chats}
    for n in range(5):
        for chat in chats:
            owe(engine, chat, owed[chat][n])
    for replica in second_engine(engine):
        # A few chats each at a time (a claim takes up to three of a chat's messages).
        one, two = sender(bot, engine, in_flight=4), sender(bot, replica, in_flight=4)
        async with Running(one), Running(two):
            await api.wait_for(lambda: len(api.sent("sendMessage")) >= 100, timeout=30)
            await asyncio.sleep(0.3)  # anything sent twice would show now
        assert one.counts["sent"] and two.counts["sent"]  # both did part of the work
    sent = [str(c.params["text"]) for c in api.sent("sendMessage")]
    assert sorted(sent) == sorted(t for texts in owed.values() for t in texts)  # once each
    for chat in chats:
        assert texts_to(api, chat) == owed[chat]  # and in order, whoever sent them
    with session_scope(engine) as s:
        statuses = set(s.exec(select(OutboxMessage.status)))
    assert statuses == {OutboxStatus.SENT}


async def test_a_message_leased_by_a_crashed_sender_goes_out_after_the_lease(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    msg_id = owe(engine, CHAT, "vom abgestürzten Sender")
    with session_scope(engine) as s:  # a sender claims it and dies before sending
        [claimed] = outbox.claim_due(s, channel="telegram", lease=timedelta(seconds=1.5))
        assert claimed.id == msg_id
    async with Running(sender(bot, engine)):
        await asyncio.sleep(1.0)
        assert api.attempts("sendMessage") == []  # the lease still holds
        await api.wait_for(lambda: bool(api.sent("sendMessage")), timeout=5)
        await asyncio.sleep(0.2)
    assert texts_to(api, CHAT) == ["vom abgestürzten Sender"]
    assert (row(engine, msg_id).status, row(engine, msg_id).attempts) == ("sent", 2)


async def test_a_failure_half_way_keeps_only_what_is_left(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    api.add_file("photo-1")
    text = "\n".join(f"Teil {i} " + "z" * 100 for i in range(50))
    msg_id = owe(engine, CHAT, text, buttons=[[("Ok", "ok")]], photos=["photo-1"])
    api.fail_next("sendPhoto", 502)
    async with Running(sender(bot, engine)):
        await api.wait_for(lambda: bool(api.sent("sendPhoto")), timeout=5)
        await asyncio.sleep(0.2)
    assert len(api.sent("sendMessage")) == 2  # the text went once, only the photo again
    assert [c.status for c in api.attempts("sendPhoto")] == [502, 200]
    assert row(engine, msg_id).status == "sent"


async def test_nothing_is_claimed_for_other_channels(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    with session_scope(engine) as s:
        outbox.enqueue(s, channel="terminal", chat_id="t1", kind="notice", text="für das Terminal")
    await sender(bot, engine).send_due()
    assert api.attempts("sendMessage") == []
    with session_scope(engine) as s:
        [pending] = s.exec(select(OutboxMessage).where(col(OutboxMessage.channel) == "terminal"))
        assert pending.status == "pending" and pending.attempts == 0


async def test_an_html_digest_goes_whole_with_its_page_and_both_are_erased(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    page = "<!doctype html><title>Zusammenfassung</title><p>Kübel voll</p>"
    with session_scope(engine) as s:
        msg = outbox.enqueue(
            s, channel="telegram", chat_id=str(CHAT), kind="digest", text="<b>Heute</b> 3 neu"
        )
        msg.parse_mode, msg.document_name, msg.document = "HTML", "digest.html", page
        s.add(msg)
        s.flush()
        msg_id = msg.id
    api.fail_next("sendDocument", 502)
    async with Running(sender(bot, engine)):
        await api.wait_for(lambda: bool(api.sent("sendDocument")), timeout=5)
        await asyncio.sleep(0.2)
    [text] = api.sent("sendMessage")  # once: only the page was tried again
    assert (text.params["text"], text.params["parse_mode"]) == ("<b>Heute</b> 3 neu", "HTML")
    assert [c.status for c in api.attempts("sendDocument")] == [502, 200]
    upload = api.sent("sendDocument")[0].params["document"]
    assert (upload["filename"], upload["content"].decode()) == ("digest.html", page)
    assert msg_id is not None
    sent = row(engine, msg_id)
    assert (sent.status, sent.text, sent.document) == ("sent", None, None)


async def test_the_sender_keeps_to_its_pace_overall(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    owe_each(api, engine, range(8000, 8040))
    start = time.monotonic()
    await sender(bot, engine, rate=20.0).send_due()
    arrivals = [c.at for c in api.sent("sendMessage")]
    assert len(arrivals) == 40
    assert_paced(arrivals, start, rate=20.0)  # no burst: the limiter would allow 30 at once


def assert_paced(arrivals: list[float], start: float, rate: float) -> None:
    """Sent at `rate` at most, by the emulator's clock: the k-th message (from 0)
    arrived no earlier than k / rate after the senders began (`start`,
    time.monotonic() before them). The sender gives its messages slots 1 / rate
    apart from its start (all replicas from one row when shared) and sends none
    before its slot; a busy machine only makes messages later, so this holds
    under any load, where a count per second of arrivals does not (late ones
    bunch). Without the pace, or with a burst at the start, the first messages
    arrive at once and fail it."""
    for k, at in enumerate(sorted(arrivals)):
        assert at - start >= k / rate - CLOCK_SLACK, f"message {k} at {at - start:.3f} s"


async def test_a_team_inbox_group_that_became_a_supergroup_is_followed(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    group, supergroup = -4001, -1004001
    api.add_chat(group)
    api.add_chat(supergroup)
    with session_scope(engine) as s:
        add_staff(
            s, channel="telegram", chat_id=str(group), office="erz", role=Role.STAFF, is_group=True
        )
    first, second = owe(engine, group, "Karte 1"), owe(engine, group, "Karte 2")
    api.fail_next("sendMessage", 400, migrate_to=supergroup)
    async with Running(sender(bot, engine)):
        await api.wait_for(lambda: len(texts_to(api, supergroup)) == 2, timeout=5)
        await asyncio.sleep(0.2)
    assert texts_to(api, supergroup) == ["Karte 1", "Karte 2"]
    assert texts_to(api, group) == []
    assert [row(engine, i).status for i in (first, second)] == ["sent", "sent"]
    with session_scope(engine) as s:
        assert find_staff(s, channel="telegram", chat_id=str(supergroup)) is not None
        assert find_staff(s, channel="telegram", chat_id=str(group)) is None


async def test_the_sender_outlives_a_database_failure(
    api: tg.FakeBotAPI,
    bot: ExtBot[Any],
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    send = sender(bot, engine)
    claim = send._claim
    calls: list[int] = []

    def flaky(limit: int, busy: set[str]) -> list[Any]:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("server closed the connection unexpectedly")
        return claim(limit, busy)

    monkeypatch.setattr(send, "_claim", flaky)
    owe(engine, CHAT, "nach dem Ausfall")
    with caplog.at_level(logging.ERROR):
        async with Running(send):
            await api.wait_for(lambda: bool(texts_to(api, CHAT)), timeout=6)
    assert texts_to(api, CHAT) == ["nach dem Ausfall"]
    logged = [r.getMessage() for r in caplog.records]
    assert any("claiming failed (RuntimeError), 1 in a row" in m for m in logged)


async def test_an_edit_replaces_the_pressed_message(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    pressed = await bot.send_message(CHAT, "Stimmt das?")
    msg_id = owe(engine, CHAT, "Weitergeleitet.", edit_message_id=pressed.message_id)
    await sender(bot, engine).send_due()
    [edit] = api.sent("editMessageText")
    assert (edit.params["message_id"], edit.params["text"]) == (
        pressed.message_id,
        "Weitergeleitet.",
    )
    shown = api.message(CHAT, pressed.message_id)
    assert shown is not None and shown["text"] == "Weitergeleitet."
    assert len(api.sent("sendMessage")) == 1  # only the pressed message itself
    assert row(engine, msg_id).status == "sent"


async def test_an_edit_that_changes_nothing_counts_as_done(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """A double tap: the same text and buttons again ("message is not modified")."""
    markup = {"inline_keyboard": [[{"text": "Abfall", "callback_data": "topic:abfall"}]]}
    pressed = await bot.send_message(CHAT, "Welches Thema?", reply_markup=markup)  # type: ignore[arg-type]
    msg_id = owe(
        engine,
        CHAT,
        "Welches Thema?",
        buttons=[[("Abfall", "topic:abfall")]],
        edit_message_id=pressed.message_id,
    )
    with caplog.at_level(logging.INFO):
        send = sender(bot, engine)
        await send.send_due()
        await send.send_due()  # nothing is tried again
    [edit] = api.attempts("editMessageText")
    assert edit.description == tg.NOT_MODIFIED
    assert len(api.sent("sendMessage")) == 1  # nothing sent as new
    assert (row(engine, msg_id).status, row(engine, msg_id).text) == ("sent", None)
    assert not [r for r in caplog.records if r.name.startswith("bot.") and r.levelno >= 30]


async def test_a_message_that_cannot_be_edited_gets_the_reply_as_a_new_one(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    msg_id = owe(engine, CHAT, "Weitergeleitet.", buttons=[[("Ok", "ok")]], edit_message_id=987654)
    await sender(bot, engine).send_due()
    [failed] = api.attempts("editMessageText")
    assert failed.description == "Bad Request: message to edit not found"
    [new] = api.sent("sendMessage")
    assert new.params["text"] == "Weitergeleitet."
    assert new.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "ok"
    assert row(engine, msg_id).status == "sent"


async def test_a_long_edit_replaces_the_message_with_its_first_piece(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    pressed = await bot.send_message(CHAT, "Stimmt das?")
    text = "\n".join(f"Zeile {i} " + "w" * 100 for i in range(60))
    owe(engine, CHAT, text, buttons=[[("Ok", "ok")]], edit_message_id=pressed.message_id)
    api.fail_next("sendMessage", 502)  # the second piece fails once
    async with Running(sender(bot, engine)):
        await api.wait_for(lambda: len(api.sent("sendMessage")) == 2, timeout=5)
        await asyncio.sleep(0.2)
    [edit] = api.sent("editMessageText")  # not repeated with the retry
    [_, rest] = api.sent("sendMessage")
    assert edit.params["text"] + "\n" + rest.params["text"] == text
    assert "reply_markup" not in edit.params and "reply_markup" in rest.params


async def test_a_location_question_gets_the_one_time_keyboard(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    owe(
        engine,
        CHAT,
        "Wo ist das genau?",
        buttons=[[("Weiss ich nicht", "x")]],
        location_label="📍 Standort",
    )
    await sender(bot, engine).send_due()
    [ask] = api.sent("sendMessage")
    keyboard = ask.params["reply_markup"]["keyboard"]
    assert keyboard[0][0] == {"text": "📍 Standort", "request_location": True}
    assert keyboard[1][0]["text"] == "Weiss ich nicht"
    assert ask.params["reply_markup"]["one_time_keyboard"] is True


async def test_a_failed_message_holds_the_ones_after_it_in_its_chat(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    """Claimed together (a reply of three messages), sent in order: the first
    fails, the other two wait for it and nothing goes twice."""
    ids = [owe(engine, CHAT, f"Nachricht {i}") for i in range(3)]
    api.fail_next("sendMessage", 500)
    async with Running(sender(bot, engine)):
        await api.wait_for(lambda: len(texts_to(api, CHAT)) == 3, timeout=5)
        await asyncio.sleep(0.2)
    assert texts_to(api, CHAT) == ["Nachricht 0", "Nachricht 1", "Nachricht 2"]
    assert [c.status for c in api.attempts("sendMessage")] == [500, 200, 200, 200]
    assert [row(engine, i).attempts for i in ids] == [2, 1, 1]  # released, not counted


async def test_replicas_share_the_overall_pace_through_the_database(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    """Two senders at 10 a second together, not 10 each (store.pace)."""
    owe_each(api, engine, range(8100, 8130))
    for replica in second_engine(engine):
        one = sender(bot, engine, rate=10.0, shared=True, in_flight=5)
        two = sender(bot, replica, rate=10.0, shared=True, in_flight=5)
        start = time.monotonic()
        async with Running(one), Running(two):
            await api.wait_for(lambda: len(api.sent("sendMessage")) == 30, timeout=15)
            await asyncio.sleep(0.2)
        assert one.counts["sent"] and two.counts["sent"]
    arrivals = [c.at for c in api.sent("sendMessage")]
    assert len(arrivals) == 30
    # One shared pace: 30 messages take 2.9 s at least (two unshared senders, 20 a
    # second together, would send the 30th after 1.45 s).
    assert_paced(arrivals, start, rate=10.0)


async def test_replicas_share_a_chats_pace_through_the_database(
    api: tg.FakeBotAPI, bot: ExtBot[Any], engine: Engine
) -> None:
    """Whichever replica sends a chat's next message, it keeps the chat's spacing."""
    texts = [f"Teil {i}" for i in range(4)]
    for text in texts:
        owe(engine, CHAT, text)
    for replica in second_engine(engine):
        options = {"spacing": 0.5, "burst": 1, "shared": True, "poll_seconds": 0.02}
        one, two = sender(bot, engine, **options), sender(bot, replica, **options)
        async with Running(one), Running(two):
            await api.wait_for(lambda: len(texts_to(api, CHAT)) == 4, timeout=10)
    calls = api.sent("sendMessage")
    assert [c.params["text"] for c in calls] == texts
    assert all(b.at - a.at >= 0.45 for a, b in pairwise(calls))


def test_the_shared_pace_in_the_store(engine: Engine) -> None:
    from store import pace

    with session_scope(engine) as s:
        slots = [pace.take_slot(s, channel="telegram", gap=0.1, now=1000.0) for _ in range(3)]
    assert slots == pytest.approx([1000.0, 1000.1, 1000.2])
    with session_scope(engine) as s:
        pace.pause(s, channel="telegram", until=1005.0)
        assert pace.take_slot(s, channel="telegram", gap=0.1, now=1001.0) == 1005.0
        pace.record_chat(s, channel="telegram", chat_id="42", tat=1010.0, free_at=1009.0)
        pace.record_chat(s, channel="telegram", chat_id="42", tat=1003.0, free_at=1002.0)
        assert pace.chat_tats(s, channel="telegram", chat_ids=["42", "43"]) == {"42": 1010.0}
    with session_scope(engine) as s:
        # a chat not free yet is not claimed (by any replica); later it is
        outbox.enqueue(s, channel="telegram", chat_id="42", kind="reply", text="x")
        assert outbox.claim_due(s, channel="telegram", in_order=True, paced_at=1008.0) == []
        [claimed] = outbox.claim_due(s, channel="telegram", in_order=True, paced_at=1009.5)
        assert claimed.chat_id == "42"
    with session_scope(engine) as s:
        assert pace.forget_idle(s, before=1011.0) == 1  # the chat's row; the overall stays
        assert pace.chat_tats(s, channel="telegram", chat_ids=["42"]) == {}


def test_only_the_real_commit_wakes_the_sender(engine: Engine) -> None:
    """A savepoint released (the dialog keeps the resident's text by one) is no
    commit: a sender woken then would find nothing and wait for its poll. On
    PostgreSQL another connection must see the message when the wake comes."""
    woken: list[int] = []
    for replica in second_engine(engine):

        def wake(replica: Engine = replica) -> None:
            if replica is engine:  # SQLite in memory: one connection, so only count
                woken.append(-1)
                return
            with replica.connect() as other:
                woken.append(len(other.exec_driver_sql("SELECT id FROM outbox").all()))

        stop = outbox.on_queued(engine, wake)
        try:
            with session_scope(engine) as s:
                s.begin_nested()
                outbox.enqueue(s, channel="telegram", chat_id=str(CHAT), kind="reply", text="Hallo")
                s.begin_nested()
        finally:
            stop()
    assert woken == ([1] if engine.dialect.name == "postgresql" else [-1])


async def test_an_idle_sender_stops_without_waiting_for_its_poll(
    bot: ExtBot[Any], engine: Engine
) -> None:
    """`Application.stop` waits for the sender: an idle one with a long poll
    notices the stop within a quarter second and claims nothing meanwhile."""
    idle = sender(bot, engine, poll_seconds=60.0)
    claims = 0
    fill = idle.fill

    async def counted() -> int:
        nonlocal claims
        claims += 1
        return await fill()

    idle.fill = counted  # type: ignore[method-assign]
    running = Running(idle)
    async with running:
        await asyncio.sleep(0.3)  # started, claimed once, idle in its poll
        started = time.monotonic()
        running.on = False
    assert time.monotonic() - started < 1.0
    assert claims == 1
