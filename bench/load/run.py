"""One load run: the emulated Bot API, fresh database, `quartierbot serve`
replicas (behind the round-robin proxy when more than one), warm-up, the
residents, and the figures."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.load import haproxy
from bench.load.botapi import BotAPI, Call, Limits
from bench.load.generator import Generator
from bench.load.procs import (
    REPO,
    Bot,
    Proxy,
    ServerCPU,
    Usage,
    bot_env,
    fresh_database,
    pg_transactions,
)
from bench.load.resident import Concern, load_concerns


@dataclass(frozen=True)
class Config:
    db: str = "sqlite"  # or "postgres"
    replicas: int = 1
    residents: int = 50
    duration: float = 30.0  # residents start new conversations this long
    drain: float = 120.0  # then conversations under way get this long to finish
    delay: float = 0.05  # the Bot API's answer time per call
    callback_window: float = 15.0
    limits: bool = False  # Telegram's flood limits (30/s overall, 1/s per chat)
    step_timeout: float = 90.0  # a resident gives up waiting for an answer after this
    think: float = 0.0  # a resident's pause before each step (x 0.5-1.5)
    source: Path = REPO
    pg_name: str = "bench_f_load"
    seed: int = 1
    profile: Path | None = None  # py-spy each serve process; stacks go here
    env: tuple[tuple[str, str], ...] = ()  # further settings for serve (KEY, VALUE)
    trace: bool = False  # the figures include every post and Bot API call (time, chat, what)
    proxy: str = "haproxy"  # in front of replicas: "haproxy" (when installed) or "python"


def percentile(values: list[float], q: float) -> float:
    """Nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, int(-(-q * len(ordered) // 1)))
    return ordered[min(rank, len(ordered)) - 1]


async def run(cfg: Config, concerns: list[Concern] | None = None) -> dict[str, Any]:
    concerns = concerns or load_concerns()
    limits = Limits() if cfg.limits else None
    api = BotAPI(delay=cfg.delay, callback_window=cfg.callback_window, limits=limits)
    await api.start()
    secret = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="qb-load-") as tmp:
        scratch = Path(tmp)
        url = fresh_database(cfg.db, scratch, cfg.pg_name)
        env = bot_env(cfg.source, url, api.base_url, api.token, secret)
        if not cfg.limits:
            # No flood limits to respect: the outbox's overall pace (25/s for
            # Telegram) is lifted too, else it is all that is measured.
            env["OUTBOX_RATE_PER_SECOND"] = "1000"
        env |= dict(cfg.env)
        bot = Bot(cfg.source, scratch, env, profile=profile_dir(cfg))
        proxy: Proxy | haproxy.HAProxy | None = None
        try:
            await asyncio.to_thread(bot.upgrade)
            bot.start(cfg.replicas)
            await bot.wait_ready()
            if cfg.replicas > 1:
                use_haproxy = cfg.proxy == "haproxy" and haproxy.available()
                proxy = haproxy.HAProxy(bot.ports) if use_haproxy else Proxy(bot.ports)
                await proxy.start()
                target = f"http://127.0.0.1:{proxy.port}/telegram"
            else:
                target = f"http://127.0.0.1:{bot.ports[0]}/telegram"
            async with Generator(
                api, target, secret, step_timeout=cfg.step_timeout, think=cfg.think, seed=cfg.seed
            ) as gen:
                await _warm_up(gen, bot.ports, concerns)
                result = await _measure(cfg, gen, api, bot, concerns, proxy)
        finally:
            if proxy is not None:
                await proxy.stop()
            codes = await asyncio.to_thread(bot.stop)
            await api.stop()
        result["exit_codes"] = codes
        result["log"] = bot.log_counts()
        if any(code != 0 for code in codes) or result["log"]["Traceback"]:
            result["log_tail"] = bot.tail()
    return result


def profile_dir(cfg: Config) -> Path | None:
    if cfg.profile is None:
        return None
    limits = "-limits" if cfg.limits else ""
    return cfg.profile / f"{cfg.db}-{cfg.replicas}x-{cfg.residents}{limits}"


async def _warm_up(gen: Generator, ports: list[int], concerns: list[Concern]) -> None:
    """A whole conversation with each process, straight to its port, before
    measuring (first classification, lazy imports, connections); then forget it."""
    for i, port in enumerate(ports):
        chat = gen.new_chat(-1 - i)
        url = f"http://127.0.0.1:{port}/telegram"
        rng = random.Random(i)
        await gen.conversation(chat, concerns[i], rng, url)
        if gen.stats.conversations_completed != i + 1:
            raise RuntimeError(f"warm-up: no complete conversation: {gen.stats.stuck}")
    gen.chats.clear()
    gen.stats = type(gen.stats)()


async def _measure(
    cfg: Config,
    gen: Generator,
    api: BotAPI,
    bot: Bot,
    concerns: list[Concern],
    proxy: Proxy | haproxy.HAProxy | None,
) -> dict[str, Any]:
    separate = proxy if isinstance(proxy, haproxy.HAProxy) else None
    proxy_cpu0 = separate.cpu() if separate is not None else 0.0
    first_call = len(api.calls)
    usage = Usage([p.pid for p in bot.processes])
    bench_cpu0 = time.process_time()
    load_before = os.getloadavg()
    xacts0 = await asyncio.to_thread(pg_transactions, cfg.pg_name) if cfg.db == "postgres" else 0
    server = ServerCPU() if cfg.db == "postgres" else None
    usage.start()
    if server is not None:
        server.start()
    bot.spy()
    started = time.monotonic()
    until = started + cfg.duration
    tasks = [asyncio.create_task(gen.resident(i, concerns, until)) for i in range(cfg.residents)]
    done, pending = await asyncio.wait(tasks, timeout=cfg.duration + cfg.drain)
    for task in pending:
        task.cancel()
    for task in done:
        if task.exception() is not None:
            raise task.exception()  # type: ignore[misc]
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.gather(*pending, return_exceptions=True)
    await usage.stop()
    pg_cpu = await server.stop() if server is not None else None
    proxy_cpu = separate.cpu() - proxy_cpu0 if separate is not None else None
    bench_cpu = time.process_time() - bench_cpu0
    await asyncio.to_thread(bot.unspy)
    xacts = 0
    if cfg.db == "postgres":
        await asyncio.sleep(1.2)  # the statistics are flushed about once a second
        xacts = await asyncio.to_thread(pg_transactions, cfg.pg_name) - xacts0
    load_after = os.getloadavg()
    s = gen.stats
    calls = api.calls[first_call:]
    answers = [c for c in calls if c.method == "answerCallbackQuery"]
    lat = s.latencies
    span = (s.last_reply or started) - (s.first_post or started)
    n = len(lat)
    late = sum(1 for c in answers if c.status == 400)
    cpu = sum(usage.cpu)
    return {
        "db": cfg.db,
        "replicas": cfg.replicas,
        "residents": cfg.residents,
        "limits": cfg.limits,
        "think_s": cfg.think,
        "delay_ms": round(cfg.delay * 1000),
        "updates": s.updates_posted,
        "answered": n,
        "unanswered": s.updates_posted - n,
        "updates_per_s": n / span if span > 0 else float("nan"),
        "p50_ms": percentile(lat, 0.50) * 1000,
        "p95_ms": percentile(lat, 0.95) * 1000,
        "p99_ms": percentile(lat, 0.99) * 1000,
        "max_ms": max(lat, default=float("nan")) * 1000,
        "conversations": s.conversations_started,
        "completed": s.conversations_completed,
        "forwarded": s.conversations_forwarded,
        "callbacks": s.callbacks_posted,
        "callbacks_late": late,
        "callbacks_never": s.callbacks_posted - late - sum(1 for c in answers if c.ok),
        "duplicates": s.duplicates,
        "post_errors": s.post_errors,
        "http_429": sum(1 for c in calls if c.status == 429),
        "api_calls": len(calls),
        # PostgreSQL: transactions per answered update (all of the bot's, idle polls too)
        "pg_xacts_per_update": xacts / n if n and cfg.db == "postgres" else None,
        "bot_cpu_s": cpu,
        "cpu_ms_per_update": cpu / n * 1000 if n else float("nan"),
        # of it, the event loop's thread, and the kernel's share (all threads)
        "loop_cpu_ms_per_update": sum(usage.loop_cpu) / n * 1000 if n else float("nan"),
        "system_cpu_ms_per_update": sum(usage.system) / n * 1000 if n else float("nan"),
        "peak_rss_mb": [round(r / 2**20) for r in usage.peak_rss],
        # the PostgreSQL server's CPU (all its processes) and the bench's own
        # (generator, emulated Bot API, proxy), per answered update
        "pg_cpu_ms_per_update": pg_cpu / n * 1000 if n and pg_cpu is not None else None,
        # HAProxy's, when it is the proxy (the Python proxy's is in the bench's)
        "proxy": None if proxy is None else "haproxy" if separate is not None else "python",
        "proxy_cpu_ms_per_update": proxy_cpu / n * 1000 if n and proxy_cpu is not None else None,
        "bench_cpu_s": bench_cpu,
        "bench_cpu_ms_per_update": bench_cpu / n * 1000 if n else float("nan"),
        "wall_s": time.monotonic() - started,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "stuck": s.stuck[:5],
        **({"trace": _trace(started, s.posts, calls)} if cfg.trace else {}),
    }


def _trace(start: float, posts: list[tuple[float, int, str]], calls: list[Call]) -> list[str]:
    """Posts and Bot API calls in time order (ms since the start; no texts)."""
    events = [(t, f"POST {chat} {kind}") for t, chat, kind in posts]
    events += [(c.at, f"API  {c.chat_id} {c.method} {c.status}") for c in calls]
    return [f"{(t - start) * 1000:9.1f} {what}" for t, what in sorted(events)]
