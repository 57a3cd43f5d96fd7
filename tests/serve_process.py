"""The real `quartierbot serve` as a subprocess, and Telegram's side of a
webhook: each update POSTed with the secret token and sent again after any
answer but 200 (or a refused connection), as Telegram does."""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tests import fake_telegram as tg
from tests.pg_cluster import free_port

LAUNCH = "import sys; from bot.cli import main; sys.argv[0] = 'quartierbot'; main()"
ROOT = Path(__file__).resolve().parents[1]
SECRET = "webhook-secret-0123456789"


def mentions(log: str, chat: int | str) -> bool:
    """`log` names the chat id `chat` as a number of its own: a short id such as
    8200 is also found inside a timestamp's microseconds ("07.682004"), which
    made the privacy checks fail at random (CI, 2026-12-07)."""
    return re.search(rf"(?<!\d){re.escape(str(chat))}(?!\d)", log) is not None


class Served:
    """One `quartierbot serve` process in webhook mode; its log goes to a file
    (a pipe nobody reads could fill up and stall it)."""

    def __init__(
        self, api: tg.FakeBotAPI, database_url: str, workdir: Path, **settings: str
    ) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.log_path = workdir / f"serve-{self.port}.log"
        self.env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": api.token,
            "TELEGRAM_BASE_URL": api.base_url,
            "DATABASE_URL": database_url,
            "WEBHOOK_URL": "https://quartierbot.example.invalid",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_PORT": str(self.port),
            "LOG_LEVEL": "DEBUG",
            "PYTHONPATH": str(ROOT),
            **settings,
        }
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-c", LAUNCH, "serve"],
                cwd=self.workdir,  # no .env from the work tree
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    async def probe(self, path: str) -> int | None:
        try:
            async with httpx.AsyncClient(timeout=5) as client:
                return (await client.get(self.url + path)).status_code
        except httpx.TransportError:
            return None

    async def wait_for(self, path: str, status: int, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while (found := await self.probe(path)) != status:
            assert self.process is not None and self.process.poll() is None, self.log()[-3000:]
            if time.monotonic() > deadline:
                raise AssertionError(f"{path} answered {found}, not {status}\n{self.log()[-3000:]}")
            await asyncio.sleep(0.1)

    async def stop(self, timeout: float = 60.0) -> tuple[int, float]:
        """SIGTERM; the exit status and how long the process took to exit."""
        assert self.process is not None
        began = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.to_thread(self.process.wait, timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(
                "serve did not stop after SIGTERM\n" + self.log()[-3000:]
            ) from None
        return code, time.monotonic() - began

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class Telegram:
    """Telegram delivering updates to the webhook: update ids in order, the
    chats made known to the emulated Bot API, each update retried until 200."""

    def __init__(self, api: tg.FakeBotAPI, served: Served, first_id: int = 1000) -> None:
        self.api = api
        self.served = served
        self._ids = itertools.count(first_id)
        self.answers: list[int | None] = []  # every attempt's status (None: no connection)

    def make(self, update: dict[str, Any]) -> dict[str, Any]:
        for body in update.values():
            if isinstance(body, dict) and "chat" in body:
                self.api.add_chat(int(body["chat"]["id"]))
            elif isinstance(body, dict) and "from" in body:
                self.api.add_chat(int(body["from"]["id"]))
        return {"update_id": next(self._ids), **update}

    async def deliver(
        self, update: dict[str, Any], *, retry: float = 0.25, timeout: float = 120.0
    ) -> int:
        """POST until 200 (the update id)."""
        body = update if "update_id" in update else self.make(update)
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(timeout=10) as client:
            while True:
                try:
                    answer = await client.post(
                        self.served.url + "/telegram", json=body, headers=headers
                    )
                    status: int | None = answer.status_code
                except httpx.TransportError:
                    status = None
                self.answers.append(status)
                if status == 200:
                    return int(body["update_id"])
                assert status is None or status >= 500, f"refused for good: {status}"
                if time.monotonic() > deadline:
                    raise AssertionError(f"update {body['update_id']} never accepted")
                await asyncio.sleep(retry)
