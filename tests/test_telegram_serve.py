"""`quartierbot serve` as a process: it waits for an unreachable Bot API at
start-up instead of crashing, then serves, and stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import fake_telegram as tg

CHAT = 4242
LAUNCH = "import sys; from bot.cli import main; sys.argv[0] = 'quartierbot'; main()"


@pytest.fixture
def api() -> Iterator[tg.FakeBotAPI]:
    server = tg.FakeBotAPI()
    server.start()
    yield server
    server.stop()


async def test_serve_waits_for_telegram_then_answers(api: tg.FakeBotAPI, tmp_path: Path) -> None:
    api.fail_next("getMe", 502)  # Telegram (or the network) is down at start-up
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_BASE_URL": api.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path}/serve.sqlite3",
        "WEBHOOK_URL": "",
        "LOG_LEVEL": "DEBUG",
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, "serve"],
        cwd=tmp_path,  # no .env from the work tree
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        api.push(tg.text(CHAT, "/start"))
        [greeting] = await api.wait_calls("sendMessage", 1, timeout=60)
        assert "Grüezi" in greeting.params["text"]
        assert [c.status for c in api.attempts("getMe")][:2] == [502, 200]
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _, stderr = await asyncio.to_thread(process.communicate, timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert process.returncode == 0, stderr[-2000:]
    assert "Telegram unreachable at start-up" in stderr
    assert api.token not in stderr and str(CHAT) not in stderr  # even at DEBUG
