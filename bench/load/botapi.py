"""A lean asyncio Bot API emulator on 127.0.0.1 for the load bench (aiohttp).

Every call is answered after `delay` seconds (Telegram's round trip; 50 ms by
default) and recorded with the moment it arrived. It is strict where the bench
measures: a message to a chat that never wrote is refused ("chat not found"),
an empty or over-long text is refused, an edit of an unknown message is
refused, and answerCallbackQuery later than `callback_window` seconds after the
button was pressed (or twice) gets Telegram's 400 "query is too old". With
`limits`, messages beyond about 30 a second overall or one a second per chat
get a 429 with `parameters.retry_after` (sliding one-second windows; a refused
call does not count). The webhook methods are accepted (HTTPS only); getUpdates
answers 409 while a webhook is set, as Telegram does.

Listeners (`on_message`) hear every accepted message and edit at once: the
load generator's residents read their chat through them.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {"id": 999000, "is_bot": True, "first_name": "Quartierbot", "username": "qb_bench_bot"}
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
MESSAGE_METHODS = {"sendMessage", "editMessageText", "sendPhoto", "sendDocument"}
MAX_TEXT = 4096


@dataclass
class Call:
    method: str
    chat_id: int | None
    at: float  # time.monotonic() when the request arrived
    status: int = 200
    text: str | None = None
    markup: Any = None
    message_id: int | None = None
    description: str | None = None
    params: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return self.status == 200


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


class Limits:
    """Telegram's flood limits as sliding one-second windows."""

    def __init__(self, overall: int = 30, per_chat: int = 1, window: float = 1.0) -> None:
        self.overall, self.per_chat, self.window = overall, per_chat, window
        self._all: deque[float] = deque()
        self._chat: dict[int, deque[float]] = defaultdict(deque)

    def check(self, chat_id: int, now: float) -> None:
        """Count a message now, or raise a 429 saying when to retry."""
        for q in (self._all, self._chat[chat_id]):
            while q and q[0] <= now - self.window:
                q.popleft()
        waits = []
        if len(self._all) >= self.overall:
            waits.append(self._all[0] + self.window - now)
        chat = self._chat[chat_id]
        if len(chat) >= self.per_chat:
            waits.append(chat[0] + self.window - now)
        if waits:
            after = max(1, math.ceil(max(waits)))
            raise ApiError(429, f"Too Many Requests: retry after {after}", after)
        self._all.append(now)
        chat.append(now)


class BotAPI:
    def __init__(
        self,
        token: str = "123456:BENCHTOKEN",
        delay: float = 0.05,
        callback_window: float = 15.0,
        limits: Limits | None = None,
    ) -> None:
        self.token = token
        self.delay = delay
        self.callback_window = callback_window
        self.limits = limits
        self.calls: list[Call] = []
        self.webhook_url = ""
        self._chats: set[int] = set()
        self._queries: dict[str, float] = {}
        self._answered: set[str] = set()
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._next_message = 1
        self._listeners: list[Callable[[Call, dict[str, Any]], None]] = []
        self._refused: list[Callable[[Call], None]] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- set-up -----------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def add_chat(self, chat_id: int) -> None:
        self._chats.add(chat_id)

    def press(self, query_id: str) -> None:
        """A button was pressed now: its query may be answered within the window."""
        self._queries[query_id] = time.monotonic()

    def on_message(self, listener: Callable[[Call, dict[str, Any]], None]) -> None:
        self._listeners.append(listener)

    def on_refused(self, listener: Callable[[Call], None]) -> None:
        """Hear message requests refused by the flood limits (429)."""
        self._refused.append(listener)

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        return self._messages.get((chat_id, message_id))

    def unanswered_queries(self) -> int:
        return len(set(self._queries) - self._answered)

    # -- HTTP ---------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        arrived = time.monotonic()
        if request.match_info["token"] != self.token:
            return _json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        params = await _params(request)
        method = request.match_info["method"]
        if self.delay:
            await asyncio.sleep(self.delay)
        call = Call(method, _chat_id(params), arrived, params=params)
        try:
            result = self._dispatch(method, params, call)
        except ApiError as exc:
            call.status, call.description = exc.status, exc.description
            self.calls.append(call)
            if exc.status == 429:
                for refused in self._refused:
                    refused(call)
            body: dict[str, Any] = {
                "ok": False,
                "error_code": exc.status,
                "description": exc.description,
            }
            if exc.retry_after is not None:
                body["parameters"] = {"retry_after": exc.retry_after}
            return _json(exc.status, body)
        self.calls.append(call)
        if method in MESSAGE_METHODS:
            for listener in self._listeners:
                listener(call, result)
        return _json(200, {"ok": True, "result": result})

    def _dispatch(self, method: str, params: dict[str, Any], call: Call) -> Any:
        if method in ("getMe", "logOut", "close"):
            return BOT_USER if method == "getMe" else True
        if method == "setWebhook":
            url = str(params.get("url") or "")
            if url and not url.startswith("https://"):
                raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
            self.webhook_url = url
            return True
        if method == "deleteWebhook":
            self.webhook_url = ""
            return True
        if method == "getWebhookInfo":
            return {
                "url": self.webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": 0,
            }
        if method == "getUpdates":
            if self.webhook_url:
                raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
            return []
        if method in ("setMyCommands", "sendChatAction"):
            return True
        if method == "answerCallbackQuery":
            return self._answer(params)
        if method in MESSAGE_METHODS:
            return self._message_call(method, params, call)
        raise ApiError(404, "Not Found")

    def _answer(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        pressed = self._queries.get(query_id)
        late = pressed is None or time.monotonic() - pressed > self.callback_window
        if late or query_id in self._answered:
            raise ApiError(400, QUERY_TOO_OLD)
        self._answered.add(query_id)
        return True

    def _message_call(self, method: str, params: dict[str, Any], call: Call) -> dict[str, Any]:
        chat_id = call.chat_id
        if chat_id is None or chat_id not in self._chats:
            raise ApiError(400, "Bad Request: chat not found")
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        text = str(params.get("text") or params.get("caption") or "")
        if method in ("sendMessage", "editMessageText"):
            if not text.strip():
                raise ApiError(400, "Bad Request: message text is empty")
            if len(text.encode("utf-16-le")) // 2 > MAX_TEXT:
                raise ApiError(400, "Bad Request: message is too long")
        if method == "editMessageText":
            key = (chat_id, int(params.get("message_id") or 0))
            current = self._messages.get(key)
            if current is None:
                raise ApiError(400, "Bad Request: message to edit not found")
            if current.get("text") == text and current.get("reply_markup") == markup:
                raise ApiError(400, "Bad Request: message is not modified")
        else:
            key = (chat_id, self._next_message)
        if self.limits is not None:
            self.limits.check(chat_id, time.monotonic())
        if method != "editMessageText":
            self._next_message += 1
        message: dict[str, Any] = {
            "message_id": key[1],
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": text,
        }
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        self._messages[key] = message
        call.text, call.markup, call.message_id = text, markup, key[1]
        return message


def _chat_id(params: dict[str, Any]) -> int | None:
    try:
        return int(params["chat_id"])
    except (KeyError, TypeError, ValueError):
        return None


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        body = await request.read()
        return dict(json.loads(body)) if body else {}
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):
                params[key] = "<file>"
                continue
            try:
                params[key] = json.loads(value)
            except json.JSONDecodeError:
                params[key] = value
        return params
    return dict(request.query)


def _json(status: int, payload: dict[str, Any]) -> web.Response:
    return web.Response(status=status, text=json.dumps(payload), content_type="application/json")
