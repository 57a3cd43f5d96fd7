"""The floor of the stack: what python-telegram-bot 22 alone costs per update
on this machine, under the load bench's own generator and emulated Bot API.

The bot here is nothing of Quartierbot's: PTB's `Application.run_webhook`
(its Tornado webhook server), one handler that answers every text with one
`sendMessage`, no database, no classifier. Residents each post a text and wait
for the answer before the next, as in `python -m bench.load`, against the same
emulator (50 ms per call). It prints updates per second, latency, and the CPU
per update of the bot process and of the bench process (generator and
emulator), so the load bench's figures can be read against what any PTB bot
costs here: how many updates a second two cores can give at best.

    python -m bench.load.floor                       # PTB's default HTTP client (httpx)
    python -m bench.load.floor --client aiohttp      # Quartierbot's (bot/telegram/http.py)
    python -m bench.load.floor --residents 500 --duration 20
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import subprocess
import sys
import time
from typing import Any

import aiohttp
import psutil  # type: ignore[import-untyped]

from bench.load.botapi import BotAPI, Call
from bench.load.generator import SECRET_HEADER
from bench.load.procs import REPO, free_port
from bench.load.run import percentile

FIRST_CHAT = 8_000_000


def serve(port: int, base_url: str, token: str, secret: str, client: str) -> None:
    """The bare PTB bot (run in its own process)."""
    from telegram import Update
    from telegram.ext import Application, ContextTypes, MessageHandler, filters

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, "Danke, erhalten.")

    builder = Application.builder().token(token).base_url(base_url).concurrent_updates(512)
    if client == "aiohttp":
        from bot.telegram.http import AiohttpRequest

        builder = builder.request(AiohttpRequest(connections=512))
    else:
        from telegram.request import HTTPXRequest

        builder = builder.request(HTTPXRequest(connection_pool_size=512, pool_timeout=30))
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, answer))
    app.run_webhook(
        listen="127.0.0.1",
        port=port,
        url_path="telegram",
        webhook_url="https://bench.invalid/telegram",
        secret_token=secret,
        drop_pending_updates=False,
    )


class Residents:
    """Each resident posts a text, waits for the bot's message, and repeats."""

    def __init__(self, api: BotAPI, url: str, secret: str) -> None:
        self.url, self.secret = url, secret
        self.waiting: dict[int, tuple[float, asyncio.Event]] = {}
        self.latencies: list[float] = []
        self.posted = 0
        self.first: float | None = None
        self.last: float = 0.0
        self._update_id = 0
        api.on_message(self._heard)

    def _heard(self, call: Call, message: dict[str, Any]) -> None:
        pending = self.waiting.pop(call.chat_id or 0, None)
        if pending is not None:
            self.latencies.append(call.at - pending[0])
            self.last = max(self.last, call.at)
            pending[1].set()

    async def resident(self, session: aiohttp.ClientSession, chat_id: int, until: float) -> None:
        n = 0
        while time.monotonic() < until:
            n += 1
            self._update_id += 1
            update = {
                "update_id": self._update_id,
                "message": {
                    "message_id": n,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private", "first_name": "Anna"},
                    "from": {"id": chat_id, "is_bot": False, "first_name": "Anna"},
                    "text": "Der Kübel am Idaplatz ist voll",
                },
            }
            done = asyncio.Event()
            now = time.monotonic()
            self.first = self.first or now
            self.waiting[chat_id] = (now, done)
            self.posted += 1
            headers = {SECRET_HEADER: self.secret}
            async with session.post(self.url, json=update, headers=headers) as r:
                await r.read()
            try:
                await asyncio.wait_for(done.wait(), 60)
            except TimeoutError:
                self.waiting.pop(chat_id, None)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    api = BotAPI(delay=args.delay / 1000)
    await api.start()
    secret = secrets.token_urlsafe(24)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    code = (
        "import sys; from bench.load.floor import serve; "
        "serve(int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])"
    )
    argv = [str(port), api.base_url, api.token, secret, args.client]
    bot = subprocess.Popen([sys.executable, "-c", code, *argv], env=env, cwd=REPO)
    url = f"http://127.0.0.1:{port}/telegram"
    residents = Residents(api, url, secret)
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            await _wait_ready(session, url, bot)
            for i in range(args.residents):
                api.add_chat(FIRST_CHAT + i)
            warm = time.monotonic() + 2
            warmers = (residents.resident(session, FIRST_CHAT + i, warm) for i in range(5))
            await asyncio.gather(*warmers)
            residents.latencies.clear()
            residents.posted, residents.first = 0, None
            proc = psutil.Process(bot.pid)
            cpu0 = sum(proc.cpu_times()[:2])
            bench0 = time.process_time()
            load = os.getloadavg()[0]
            until = time.monotonic() + args.duration
            await asyncio.gather(
                *(residents.resident(session, FIRST_CHAT + i, until) for i in range(args.residents))
            )
            cpu = sum(proc.cpu_times()[:2]) - cpu0
            bench_cpu = time.process_time() - bench0
            rss = proc.memory_info().rss
    finally:
        bot.terminate()
        bot.wait(30)
        await api.stop()
    lat = residents.latencies
    n = len(lat)
    span = residents.last - (residents.first or residents.last)
    return {
        "client": args.client,
        "residents": args.residents,
        "updates": residents.posted,
        "answered": n,
        "updates_per_s": n / span if span > 0 else float("nan"),
        "p50_ms": percentile(lat, 0.50) * 1000,
        "p99_ms": percentile(lat, 0.99) * 1000,
        "bot_cpu_ms_per_update": cpu / n * 1000 if n else float("nan"),
        "bench_cpu_ms_per_update": bench_cpu / n * 1000 if n else float("nan"),
        "bot_rss_mb": round(rss / 2**20),
        "load_before": round(load, 2),
    }


async def _wait_ready(
    session: aiohttp.ClientSession, url: str, bot: subprocess.Popen[bytes]
) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if bot.poll() is not None:
            raise RuntimeError(f"the floor bot exited with {bot.returncode}")
        try:
            async with session.get(url) as r:
                if r.status < 500:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the floor bot did not start")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(
        prog="python -m bench.load.floor", description=__doc__.split("\n")[0]
    )
    p.add_argument("--client", choices=["httpx", "aiohttp"], default="httpx")
    p.add_argument("--residents", type=int, default=500)
    p.add_argument("--duration", type=float, default=20.0)
    p.add_argument("--delay", type=float, default=50.0, help="ms the Bot API takes per call")
    args = p.parse_args(argv)
    r = asyncio.run(run(args))
    cores = os.cpu_count() or 1
    per_update = r["bot_cpu_ms_per_update"] + r["bench_cpu_ms_per_update"]
    print(
        f"floor ({r['client']}), {r['residents']} residents: {r['answered']} of {r['updates']} "
        f"answered, {r['updates_per_s']:.1f} updates/s, p50 {r['p50_ms']:.0f} ms, "
        f"p99 {r['p99_ms']:.0f} ms"
    )
    print(
        f"  CPU per update: bot {r['bot_cpu_ms_per_update']:.2f} ms, bench (generator and "
        f"emulator) {r['bench_cpu_ms_per_update']:.2f} ms; at most {cores * 1000 / per_update:.0f} "
        f"updates/s on {cores} cores; bot RSS {r['bot_rss_mb']} MB; load {r['load_before']}"
    )


if __name__ == "__main__":
    main()
