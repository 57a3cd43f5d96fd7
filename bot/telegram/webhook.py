"""The webhook's HTTP server: an update is stored in the inbox before Telegram
hears 200, so an acknowledged update is never lost (PTB's own run_webhook
answers first and keeps the update in memory).

aiohttp's low-level server serves it (aiohttp is the bot's HTTP client
already): on the bot's asyncio loop, with its C HTTP parser and no router, a
request costs ~110 us of CPU where Tornado's pure-Python HTTP/1 and
RequestHandler took ~310 us (docs/load.md, round 5). Stopping closes the
listener, lets the requests being stored finish, then closes the connections.

- `POST /telegram`: the `X-Telegram-Bot-Api-Secret-Token` header must equal
  WEBHOOK_SECRET (constant-time comparison; missing or wrong: 403), the body
  must be a JSON object with an integer `update_id` (else 400), at most
  `MAX_BODY_BYTES` (larger: refused before it is read, 400). The
  update is recorded (`store.inbox.record_new`, updates arriving together in
  one transaction; a repeated `update_id` is kept once and answered 200 as
  well), then 200; a new button press's callback query is answered right
  then (bot.telegram.callbacks), not when its turn comes. A failing database answers 503: Telegram
  sends the update again later. While the process starts (no store yet) or
  shuts down: 503.
- `GET /healthz`, `GET /readyz`: bot.telegram.health.
- Anything else: 404 (a known path with another method: 405).

The request is never logged (it holds the resident's text); the log names the
update id and what went wrong.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from aiohttp import web
from aiohttp.web_exceptions import HTTPRequestEntityTooLarge
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.telegram import callbacks
from bot.telegram.callbacks import Answerer
from bot.telegram.groupcommit import GroupCommit
from bot.telegram.health import Health

log = logging.getLogger(__name__)

WEBHOOK_PATH = "telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20  # Telegram's updates are a few KB; 1 MiB is generous
RECORD_THREADS = 4  # inbox writes at once, apart from the threads the dialog uses
MAX_BATCH = 200  # updates stored in one transaction at most

# Returns how many were new, or (store.inbox.record_new) which ones.
RecordMany = Callable[[Sequence[tuple[int, dict[str, Any]]]], int | list[int]]
_Update = tuple[int, dict[str, Any]]


@dataclass
class Receiver:
    """What the webhook handler needs: the secret, how to store updates (the
    inbox wakes the local dispatcher itself), and whether updates are still taken.

    Updates arriving together are stored together: while RECORD_THREADS writes
    are under way, the next ones wait and then go in one transaction (a commit
    per update would make the database's commit time the limit). A batch the
    database refuses for its content is retried one by one, so one bad update
    fails alone (bot.telegram.groupcommit)."""

    secret: str = field(repr=False)
    record_many: RecordMany | None = None  # sync, in a worker thread; None: not ready yet
    # Answers the callback queries of newly stored updates (bot.telegram.callbacks);
    # needs a record_many that says which updates were new.
    answerer: Answerer | None = None
    accepting: bool = True
    in_flight: int = 0
    _idle: asyncio.Event = field(default_factory=asyncio.Event)
    _group: GroupCommit[_Update, None] = field(init=False, repr=False)
    _pool: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(RECORD_THREADS, thread_name_prefix="inbox")
    )

    def __post_init__(self) -> None:
        self._idle.set()
        self._group = GroupCommit(
            self._record,
            writers=RECORD_THREADS,
            max_batch=MAX_BATCH,
            # The database away: each update alone would fail the same way.
            split=lambda exc: not isinstance(exc, OperationalError),
            name="inbox writes",
        )

    def authorised(self, header: str | None) -> bool:
        if header is None:
            return False
        return hmac.compare_digest(header.encode(), self.secret.encode())

    async def store(self, update_id: int, payload: dict[str, Any]) -> None:
        """Returns once the update is committed (a repeat of a stored one too)."""
        if self.answerer is not None:
            callbacks.mark(payload)
        await self._group.submit((update_id, payload))

    async def _record(self, batch: list[_Update]) -> list[None]:
        """One transaction for the batch (an update id twice: stored once)."""
        unique = list({uid: (uid, payload) for uid, payload in reversed(batch)}.values())
        record_many = self.record_many
        assert record_many is not None
        new = await asyncio.get_running_loop().run_in_executor(self._pool, record_many, unique)
        if self.answerer is not None and isinstance(new, list):
            fresh = set(new)
            self.answerer.stored(payload for uid, payload in unique if uid in fresh)
        return [None] * len(batch)

    def begin(self) -> None:
        self.in_flight += 1
        self._idle.clear()

    def end(self) -> None:
        self.in_flight -= 1
        if self.in_flight == 0:
            self._idle.set()

    async def drained(self) -> None:
        """Returns once no request is being stored."""
        await self._idle.wait()

    def close(self) -> None:
        self._pool.shutdown(wait=False)


def parse_update(body: bytes) -> tuple[int, dict[str, Any]] | None:
    """The update id and the update, or None for anything that is not an update."""
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict):
        return None
    update_id = payload.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool) or update_id < 0:
        return None
    return update_id, payload


def _answer(status: int, text: str) -> web.Response:
    return web.Response(status=status, text=text + "\n", content_type="text/plain")


async def receive(receiver: Receiver, request: web.BaseRequest) -> web.Response:
    """POST /telegram: checked, stored, then 200 (see the module's doc)."""
    if not receiver.accepting or receiver.record_many is None:
        return _answer(503, "not ready" if receiver.accepting else "shutting down")
    if not receiver.authorised(request.headers.get(SECRET_HEADER)):
        log.warning("webhook: request without the right secret token refused")
        return _answer(403, "forbidden")
    length = request.content_length
    try:
        if length is not None and length > MAX_BODY_BYTES:
            raise HTTPRequestEntityTooLarge(MAX_BODY_BYTES, length)
        body = await request.read()  # at most client_max_size (MAX_BODY_BYTES)
    except HTTPRequestEntityTooLarge:
        refused = _answer(400, "too large")
        refused.force_close()  # the rest of the body is not read: the connection goes
        return refused
    parsed = parse_update(body)
    if parsed is None:
        log.warning("webhook: a body that is not an update refused")
        return _answer(400, "not an update")
    update_id, payload = parsed
    receiver.begin()
    try:
        await receiver.store(update_id, payload)
    except (OperationalError, DBAPIError) as exc:
        log.error("webhook: update %s not stored, database: %s", update_id, type(exc).__name__)
        return _answer(503, "not stored, try again")
    except Exception as exc:
        log.error("webhook: update %s not stored: %s", update_id, type(exc).__name__)
        return _answer(500, "not stored, try again")
    finally:
        receiver.end()
    return _answer(200, "ok")


Route = Callable[[web.BaseRequest], Awaitable[web.StreamResponse]]


def build_routes(receiver: Receiver | None, health: Health) -> dict[str, tuple[str, Route]]:
    """Path -> (method, handler)."""
    routes: dict[str, tuple[str, Route]] = {
        "/healthz": ("GET", lambda request: health.alive()),
        "/readyz": ("GET", lambda request: health.ready()),
    }
    if receiver is not None:
        routes[f"/{WEBHOOK_PATH}"] = ("POST", partial(receive, receiver))
    return routes


def dispatch(routes: dict[str, tuple[str, Route]]) -> Route:
    """The server's one handler: the route of the request's path."""

    async def handle(request: web.BaseRequest) -> web.StreamResponse:
        route = routes.get(request.path)
        if route is None:
            return _answer(404, "not found")
        method, handler = route
        if request.method != method:
            return _answer(405, "method not allowed")
        return await handler(request)

    return handle


@dataclass
class Server:
    """The listening HTTP server; `stop()` closes the listener, then the
    connections once the requests in progress are done."""

    http: web.Server
    listener: asyncio.Server
    receiver: Receiver | None
    port: int

    async def stop(self, timeout: float) -> None:
        self.listener.close()  # no new connections
        if self.receiver is not None:
            self.receiver.accepting = False  # kept-alive connections: 503
            try:
                await asyncio.wait_for(self.receiver.drained(), timeout)
            except TimeoutError:
                log.warning("webhook: requests still storing after %.0f s; closing", timeout)
        try:
            await asyncio.wait_for(self.http.shutdown(max(timeout, 1.0)), max(timeout, 1.0) + 1)
        except TimeoutError:
            log.warning("webhook: connections still open at shutdown")
        if self.receiver is not None:
            self.receiver.close()


async def start(listen: str, port: int, health: Health, receiver: Receiver | None = None) -> Server:
    """Listen on `listen:port` (port 0: a free one) and serve until stopped."""
    http = web.Server(
        dispatch(build_routes(receiver, health)),
        access_log=None,  # the request is never logged (it holds the resident's text)
    )
    listener = await asyncio.get_running_loop().create_server(http, listen, port)
    bound = listener.sockets[0].getsockname()[1]
    log.info("HTTP server on %s:%d (%s)", listen, bound, "webhook" if receiver else "health only")
    return Server(http=http, listener=listener, receiver=receiver, port=bound)


__all__ = ["Receiver", "Server", "parse_update", "start"]
