"""Throughput of the Telegram outbox sender against the emulated Bot API.

Owes N messages to C chats (round robin, so each chat gets N/C), then lets one
OutboxSender (bot/telegram/outbox.py) send them through a bot configured as
the application's (PTB's AIORateLimiter: 30 a second overall; the sender
keeps itself to 25 a second) and prints the total time, messages per second,
the highest rate seen in one chat and the peak in any one second overall, from
the arrival times at the emulator.
`--no-limit --rate 0` drops both limits to show what the sender itself manages
(one message a second per chat still holds).

    python bench/outbox_throughput.py [--messages 1000] [--chats 200] [--no-limit] [--rate R]
        [--postgres postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import SQLModel
from telegram.ext import ExtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.telegram.http import AiohttpRequest
from bot.telegram.limits import RateLimiter
from bot.telegram.outbox import RATE, OutboxSender, Outgoing
from store import outbox
from store.db import make_engine, session_scope, upgrade
from tests.fake_telegram import FakeBotAPI

FIRST_CHAT = 700_000


def fresh_engine(url: str) -> Engine:
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            SQLModel.metadata.drop_all(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    upgrade(engine)
    return engine


def owe(engine: Engine, messages: int, chats: int) -> None:
    with session_scope(engine) as s:
        for i in range(messages):
            chat = FIRST_CHAT + i % chats
            text = f"Ihr Anliegen ZH-2026-{i:06d} ist in Bearbeitung."
            outbox.enqueue(s, channel="telegram", chat_id=str(chat), kind="notice", text=text)


def peak_in_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - window:
            j += 1
        best = max(best, i - j + 1)
    return best


async def measure(engine: Engine, api: FakeBotAPI, limited: bool, rate: float) -> dict[str, float]:
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    bot = ExtBot(
        api.token,
        base_url=api.base_url,
        request=AiohttpRequest(connections=64),  # as `quartierbot serve` sends
        rate_limiter=RateLimiter(max_retries=3) if limited else None,
    )
    async with bot:
        sender = OutboxSender(bot, engine, rate=rate)
        claim, claims = sender._claim, [0]

        def counted(limit: int, busy: set[str]) -> list[Outgoing]:
            claims[0] += 1
            return claim(limit, busy)

        sender._claim = counted  # type: ignore[method-assign]
        start = time.monotonic()
        await sender.send_due()
    calls = api.sent("sendMessage")
    first, last = min(c.at for c in calls), max(c.at for c in calls)
    per_chat: dict[int, list[float]] = defaultdict(list)
    for c in calls:
        per_chat[int(c.params["chat_id"])].append(c.at)
    gaps = [b - a for ts in per_chat.values() for a, b in pairwise(ts)]
    return {
        "sent": len(calls),
        "seconds": last - start,
        "rate": len(calls) / (last - first) if last > first else float(len(calls)),
        "peak_overall": peak_in_window([c.at for c in calls]),
        "peak_chat": max(peak_in_window(ts) for ts in per_chat.values()),
        "min_gap_chat": min(gaps) if gaps else float("nan"),
        "failed": len(api.attempts("sendMessage")) - len(calls),
        "claims": claims[0],
    }


def run(url: str, label: str, messages: int, chats: int, limited: bool, rate: float) -> None:
    engine = fresh_engine(url)
    api = FakeBotAPI()
    api.start()
    try:
        for i in range(chats):
            api.add_chat(FIRST_CHAT + i)
        owe(engine, messages, chats)
        figures = asyncio.run(measure(engine, api, limited, rate))
    finally:
        api.stop()
        engine.dispose()
    limiter = "AIORateLimiter 30/s" if limited else "no rate limiter"
    pace = f"sender paced at {rate:g}/s" if rate > 0 else "sender unpaced"
    print(f"{label}, {limiter}, {pace}: {messages} messages to {chats} chats")
    print(
        f"  sent {figures['sent']:.0f} (failed attempts {figures['failed']:.0f}) "
        f"in {figures['claims']:.0f} claims"
    )
    print(f"  total {figures['seconds']:.1f} s, {figures['rate']:.1f} messages/s")
    print(f"  peak in any 1 s overall: {figures['peak_overall']:.0f} messages")
    print(
        f"  per chat: at most {figures['peak_chat']:.0f} in any 1 s, "
        f"smallest gap {figures['min_gap_chat']:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--no-limit", action="store_true", help="without PTB's rate limiter")
    parser.add_argument(
        "--rate", type=float, default=RATE, help="the sender's own pace (0: unpaced)"
    )
    parser.add_argument("--postgres", help="also on this PostgreSQL database (emptied)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'outbox.sqlite3'}"
        run(url, "SQLite file", args.messages, args.chats, not args.no_limit, args.rate)
    if args.postgres:
        run(args.postgres, "PostgreSQL", args.messages, args.chats, not args.no_limit, args.rate)


if __name__ == "__main__":
    main()
