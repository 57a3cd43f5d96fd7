"""The bot under test: `quartierbot serve` processes in webhook mode, their
database, a round-robin proxy in front of several, and their CPU and memory.

The processes run the code of `source` (a checkout; by default this one) with
the same Python, in a scratch directory (no .env), logging at WARNING.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psutil  # type: ignore[import-untyped]
from aiohttp import web

REPO = Path(__file__).resolve().parents[2]
LAUNCH = "import sys; from bot.cli import main; sys.argv[0] = 'quartierbot'; main()"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fresh_database(kind: str, scratch: Path, pg_name: str) -> str:
    """An empty database for one run: a new SQLite file, or the PostgreSQL
    database `pg_name` dropped and created again."""
    if kind == "sqlite":
        path = scratch / "bench.sqlite3"
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{pg_name}"')
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{pg_name}"


def pg_transactions(pg_name: str) -> int:
    """Transactions committed or rolled back in the database so far (PostgreSQL's
    statistics, flushed about once a second)."""
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        row = conn.execute(
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = %s",
            (pg_name,),
        ).fetchone()
    return int(row[0]) if row else 0


@dataclass
class Bot:
    """The serve processes of one run."""

    source: Path
    scratch: Path
    env: dict[str, str]
    ports: list[int] = field(default_factory=list)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)
    profile: Path | None = None  # py-spy the serve processes, stacks to this directory
    spies: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-c", LAUNCH, *args]

    def upgrade(self) -> None:
        """Migrations once, before the replicas start (they would race)."""
        subprocess.run(
            self.command("db", "upgrade"),
            cwd=self.scratch,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self, replicas: int) -> None:
        for i in range(replicas):
            port = free_port()
            log = self.scratch / f"serve-{i}.log"
            env = {**self.env, "WEBHOOK_PORT": str(port)}
            with log.open("wb") as out:
                process = subprocess.Popen(
                    self.command("serve"),
                    cwd=self.scratch,
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            self.ports.append(port)
            self.processes.append(process)
            self.logs.append(log)

    async def wait_ready(self, timeout: float = 180.0) -> None:
        """Until every process answers HTTP on its port (/readyz when it has one)."""
        deadline = time.monotonic() + timeout
        async with aiohttp.ClientSession() as session:
            for port, process in zip(self.ports, self.processes, strict=True):
                while True:
                    if process.poll() is not None:
                        raise RuntimeError(f"serve exited with {process.returncode}: {self.tail()}")
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"serve not ready: {self.tail()}")
                    try:
                        url = f"http://127.0.0.1:{port}/readyz"
                        async with session.get(url) as r:
                            if r.status in (200, 404, 405):
                                break
                    except aiohttp.ClientError:
                        pass
                    await asyncio.sleep(0.2)

    def tail(self, lines: int = 15) -> str:
        out = []
        for log in self.logs:
            text = log.read_text(errors="replace").splitlines()
            out.append("\n".join(text[-lines:]))
        return "\n---\n".join(out)

    def log_counts(self) -> dict[str, int]:
        """ERROR and WARNING lines in the processes' logs (the bot never logs texts)."""
        counts = {"ERROR": 0, "WARNING": 0, "Traceback": 0}
        for log in self.logs:
            for line in log.read_text(errors="replace").splitlines():
                for key in counts:
                    if key in line:
                        counts[key] += 1
        return counts

    def spy(self) -> None:
        """Sample every serve process from now on (py-spy attached, 100 a second,
        without pausing the process): the thread holding the GIL, i.e. where the
        Python code spends its CPU time (C code that releases the GIL is missed)."""
        if self.profile is None:
            return
        self.profile.mkdir(parents=True, exist_ok=True)
        spy = Path(sys.executable).with_name("py-spy")
        for i, process in enumerate(self.processes):
            out = self.profile / f"serve-{i}.txt"
            command = [str(spy), "record", "--pid", str(process.pid), "--nonblocking"]
            command += ["--gil", "--full-filenames", "-r", "100", "-f", "raw", "-o", str(out)]
            log = (self.profile / f"py-spy-{i}.log").open("wb")
            self.spies.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT))

    def unspy(self) -> None:
        """Stop sampling; py-spy writes its stacks."""
        for spy in self.spies:
            spy.send_signal(signal.SIGINT)
        for spy in self.spies:
            try:
                spy.wait(timeout=30)
            except subprocess.TimeoutExpired:
                spy.kill()
        self.spies = []

    def stop(self, grace: float = 30.0) -> list[int | None]:
        self.unspy()
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        codes: list[int | None] = []
        for process in self.processes:
            try:
                codes.append(process.wait(timeout=grace))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                codes.append(None)
        return codes


def bot_env(
    source: Path, database_url: str, api_base: str, token: str, secret: str
) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    return {
        **keep,
        "PYTHONPATH": str(source),
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_BASE_URL": api_base,
        "WEBHOOK_URL": "https://bench.invalid/",
        "WEBHOOK_SECRET": secret,
        "WEBHOOK_LISTEN": "127.0.0.1",
        # Residents of the bench file many concerns an hour.
        "RATE_LIMIT_PER_HOUR": "100000",
        "LOG_LEVEL": "WARNING",
    }


def _is_spy(p: psutil.Process) -> bool:
    try:
        return bool(p.name() == "py-spy")
    except psutil.Error:
        return False


class Usage:
    """CPU seconds and peak resident memory of processes (and their children,
    py-spy excepted), sampled every `interval` seconds while the run lasts.
    Also, per process, the CPU of its main thread (the event loop: webhook,
    dispatcher, outbox sender, HTTP client; the worker threads run the dialog
    and the database calls) and the kernel's share (system time)."""

    def __init__(self, pids: list[int], interval: float = 1.0) -> None:
        self.procs = [psutil.Process(pid) for pid in pids]
        self.interval = interval
        self.peak_rss = [0] * len(pids)
        self._cpu0 = [self._cpu(p) for p in self.procs]
        self._loop0 = [self._loop_cpu(p) for p in self.procs]
        self._sys0 = [self._system(p) for p in self.procs]
        self.cpu = [0.0] * len(pids)
        self.loop_cpu = [0.0] * len(pids)
        self.system = [0.0] * len(pids)
        self._task: asyncio.Task[None] | None = None

    @staticmethod
    def _loop_cpu(p: psutil.Process) -> float:
        """The main thread's CPU (its thread id is the process id)."""
        with contextlib.suppress(psutil.Error):
            for t in p.threads():
                if t.id == p.pid:
                    return float(t.user_time + t.system_time)
        return 0.0

    def _system(self, p: psutil.Process) -> float:
        total = 0.0
        for q in self._tree(p):
            with contextlib.suppress(psutil.Error):
                total += q.cpu_times().system
        return total

    @staticmethod
    def _tree(p: psutil.Process) -> list[psutil.Process]:
        try:
            tree = [p, *p.children(recursive=True)]
        except psutil.Error:
            tree = [p]
        return [q for q in tree if not _is_spy(q)]

    def _cpu(self, p: psutil.Process) -> float:
        total = 0.0
        for q in self._tree(p):
            try:
                t = q.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                pass
        return total

    def _sample(self) -> None:
        for i, p in enumerate(self.procs):
            rss = 0
            for q in self._tree(p):
                with contextlib.suppress(psutil.Error):
                    rss += q.memory_info().rss
            self.peak_rss[i] = max(self.peak_rss[i], rss)

    async def _loop(self) -> None:
        while True:
            self._sample()
            await asyncio.sleep(self.interval)

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> None:
        self._sample()
        self.cpu = [self._cpu(p) - c0 for p, c0 in zip(self.procs, self._cpu0, strict=True)]
        self.loop_cpu = [
            self._loop_cpu(p) - c0 for p, c0 in zip(self.procs, self._loop0, strict=True)
        ]
        self.system = [self._system(p) - c0 for p, c0 in zip(self.procs, self._sys0, strict=True)]
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


class ServerCPU:
    """CPU seconds of the PostgreSQL server's processes (every backend, and the
    writers and checkpointer they share), sampled while the run lasts: a
    backend that ends between samples loses at most one interval of its time.
    On a shared machine this counts other databases' work too."""

    def __init__(self, name: str = "postgres", interval: float = 1.0) -> None:
        self.name, self.interval = name, interval
        self._base: dict[int, float] = {}
        self._last: dict[int, float] = {}
        self._task: asyncio.Task[None] | None = None
        self._base = self._now()

    def _now(self) -> dict[int, float]:
        seen = {}
        for p in psutil.process_iter(["name", "cpu_times"]):
            if p.info["name"] == self.name and p.info["cpu_times"] is not None:
                t = p.info["cpu_times"]
                seen[p.pid] = float(t.user + t.system)
        return seen

    async def _loop(self) -> None:
        while True:
            self._last |= await asyncio.to_thread(self._now)
            await asyncio.sleep(self.interval)

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> float:
        """The CPU seconds since the start."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        self._last |= self._now()
        return sum(t - self._base.get(pid, 0.0) for pid, t in self._last.items())


class Proxy:
    """A tiny round-robin HTTP proxy: each POST goes to the next backend."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self._next = itertools.cycle(ports)
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        body = await request.read()
        headers = {
            k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")
        }
        port = next(self._next)
        url = f"http://127.0.0.1:{port}{request.path_qs}"
        try:
            async with self._session.request(request.method, url, data=body, headers=headers) as r:
                return web.Response(status=r.status, body=await r.read())
        except aiohttp.ClientError:
            return web.Response(status=502)

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        self.port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", self.port, backlog=1024).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()
