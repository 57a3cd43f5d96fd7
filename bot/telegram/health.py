"""Liveness and readiness for the orchestrator (Docker, Kubernetes, a proxy).

- `GET /healthz`: 200 while the process runs (also while it waits for
  Telegram or shuts down): restarting it would not help.
- `GET /readyz`: 200 only when the bot can do its work: Telegram answered
  getMe, the process is not shutting down, the database answers and its
  schema is at the newest Alembic revision; else 503. The body says which
  part is missing (no secrets, no addresses).

The database check runs in a worker thread with a time limit, one at a time;
its answer is reused for a second, so a busy prober does not load the database.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from dataclasses import dataclass, field

from aiohttp import web
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from store.db import MIGRATIONS

log = logging.getLogger(__name__)

CHECK_TIMEOUT = 3.0  # seconds the database may take to answer
REUSE_SECONDS = 1.0


@functools.cache
def _heads() -> frozenset[str]:
    """The newest revisions of the migrations this code ships (read once)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return frozenset(ScriptDirectory.from_config(config).get_heads())


def schema_state(engine: Engine) -> str:
    """'ok' when the database answers and is at the newest revision, else why not."""
    heads = _heads()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            current = set(MigrationContext.configure(conn).get_current_heads())
    except Exception as exc:
        log.debug("readiness: database check failed: %s", type(exc).__name__)
        return "unreachable"
    return "ok" if current == heads else "migrations pending"


@dataclass
class Health:
    """The process's state as the probes see it."""

    engine: Engine
    telegram: str = "connecting"  # -> "ok" once getMe answered
    stopping: bool = False
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    _last: tuple[float, str] | None = None

    async def database(self) -> str:
        async with self._lock:
            now = time.monotonic()
            if self._last is not None and now - self._last[0] < REUSE_SECONDS:
                return self._last[1]
            try:
                state = await asyncio.wait_for(
                    asyncio.to_thread(schema_state, self.engine), CHECK_TIMEOUT
                )
            except TimeoutError:
                state = "unreachable"
            self._last = (time.monotonic(), state)
            return state

    async def readiness(self) -> tuple[bool, dict[str, str]]:
        parts = {
            "telegram": self.telegram,
            "database": await self.database(),
            "process": "stopping" if self.stopping else "ok",
        }
        return all(v == "ok" for v in parts.values()), parts

    async def alive(self) -> web.Response:
        """GET /healthz."""
        return web.Response(text="ok\n", content_type="text/plain")

    async def ready(self) -> web.Response:
        """GET /readyz: 200 or 503, and which part is missing."""
        ready, parts = await self.readiness()
        body = json.dumps({"ready": ready, **parts})
        return web.Response(
            status=200 if ready else 503, text=body, content_type="application/json"
        )
