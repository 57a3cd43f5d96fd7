"""A Telegram Bot API server emulated on 127.0.0.1 for end-to-end tests.

It speaks the part of the Bot API the bot uses, as strictly as Telegram does:
getMe, getUpdates (offsets: an update is confirmed, and forgotten, once
getUpdates is called with a higher offset; a short long-poll; 409 while a
webhook is set; the offsets asked for are in `offsets`),
setWebhook (HTTPS only), deleteWebhook, sendMessage, sendPhoto (by file id),
sendDocument (an uploaded file, or by file id), editMessageText and
answerCallbackQuery; sendPhoto and sendDocument with a `caption` and
`reply_parameters`.
Errors come as Telegram sends them,
`{"ok": false, "error_code": 400, "description": "Bad Request: ..."}`:

- text 1–4096 characters after entity parsing (counted in UTF-16 code units,
  never more lenient than Telegram), "message is too long" / "message text is
  empty"; callback_data 1–64 bytes ("BUTTON_DATA_INVALID"); a chat that never
  wrote to the bot: "chat not found"; a chat that blocked it: 403;
- sendPhoto or sendDocument with a file id the bot never received (nor
  `add_file`): "wrong file identifier/HTTP URL specified"; with a file id of
  another type (a document's in sendPhoto, a photo's in sendDocument: "It is
  not possible to change the file type when resending by file_id", Bot API,
  Sending files): "can't use file of type Document as Photo"; a caption over
  1024 characters: "message caption is too long"; `reply_parameters` naming a
  message the chat does not have, without `allow_sending_without_reply`:
  "message to be replied not found";
- an edit to an unknown message: "message to edit not found"; the same text and
  markup again: "message is not modified: ...";
- a callback query answered twice, unknown, or older than `query_max_age`
  seconds (Telegram: about 15): "query is too old and response timeout expired
  or query ID is invalid";
- unknown methods: 404 "Not Found"; a wrong token: 401 "Unauthorized".

Faults are injected per method: `fail_next(method, status=429, retry_after=1)`
(403 blocked, 429 with `parameters.retry_after`, 500 as JSON, 502 as nginx's
HTML page, or any status/description; with `delay`, the error comes that late:
a time-out in which nothing was carried out; `migrate_to`: a group that became
a supergroup), `delay_next(method, seconds)` (a
slow answer, for time-outs; the call is handled after the delay). Tests push updates
in and read the calls: `sent(method)` are the successful ones, `attempts(method)`
every call including the failed ones; each call records when it arrived
(`Call.at`, time.monotonic()).
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from telegram.ext import Application

from tests.fake_telegram_updates import (
    button_data,
    callback,
    contact,
    document,
    location,
    message_of,
    photo,
    text,
    video,
    voice,
)

__all__ = [
    "BOT_USER",
    "ApiError",
    "Call",
    "FakeBotAPI",
    "button_data",
    "callback",
    "contact",
    "document",
    "location",
    "message_of",
    "photo",
    "polling",
    "text",
    "video",
    "visible_text",
    "voice",
]

BOT_USER = {
    "id": 999000,
    "is_bot": True,
    "first_name": "Quartierbot",
    "username": "quartierbot_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
MAX_CAPTION = 1024
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a content and reply markup of the current message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
BLOCKED = "Forbidden: bot was blocked by the user"
BAD_GATEWAY_HTML = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None
    status: int = 200
    description: str | None = None  # Telegram's error description when it failed
    at: float = field(default_factory=time.monotonic)  # when the call arrived

    @property
    def ok(self) -> bool:
        return self.status == 200


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass
class _Fault:
    status: int = 0  # 0: no error, only the delay
    description: str | None = None
    retry_after: int | None = None
    delay: float = 0.0
    migrate_to: int | None = None


_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: BLOCKED,
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
}


def _files_of(message: dict[str, Any]) -> dict[str, str]:
    """The file ids a resident's message gives the bot, with their types."""
    files = {p["file_id"]: "Photo" for p in message.get("photo", [])}
    for field_name, kind in (("document", "Document"), ("video", "Video"), ("voice", "Voice")):
        if isinstance(message.get(field_name), dict):
            files[message[field_name]["file_id"]] = kind
    return files


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text as the resident sees it: entity markup removed (HTML exactly,
    Markdown approximately)."""
    if parse_mode and parse_mode.upper() == "HTML":
        return html.unescape(re.sub(r"<[^>]*>", "", text))
    if parse_mode and parse_mode.lower().startswith("markdown"):
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        return re.sub(r"\\(.)", r"\1", re.sub(r"(?<!\\)[*_~`|]", "", text))
    return text


def _multipart(raw: bytes, content_type: str) -> dict[str, Any]:
    """A file upload: fields as in a form, files as {"filename", "content"}."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    params: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        filename = part.get_filename()
        if filename is not None:
            params[name] = {"filename": filename, "content": payload}
            continue
        value = payload.decode("utf-8")
        try:
            params[name] = json.loads(value)
        except json.JSONDecodeError:
            params[name] = value
    return params


class _Server(ThreadingHTTPServer):
    # Telegram takes many connections at once; socketserver's default backlog
    # of 5 would refuse a burst of concurrent requests.
    request_queue_size = 256


class FakeBotAPI:
    def __init__(self, token: str = "123456:TESTTOKEN", query_max_age: float = 15.0) -> None:
        self.token = token
        self.query_max_age = query_max_age
        self.calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._next_update = 1
        self.offsets: list[int | None] = []  # of every getUpdates, in order
        self._next_message = 1
        self._chats: set[int] = set()
        self._blocked: set[int] = set()
        self._files: dict[str, str] = {}  # file id -> its type ("Photo", "Document", ...)
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._queries: dict[str, float] = {}  # id -> when the button was pressed
        self._answered: set[str] = set()
        self._faults: dict[str, deque[_Fault]] = defaultdict(deque)
        self.webhook_url = ""
        self._server: ThreadingHTTPServer | None = None
        self._methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": lambda _p: BOT_USER,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "editMessageText": self._edit_message_text,
            "answerCallbackQuery": self._answer_callback_query,
        }

    # -- server ---------------------------------------------------------------

    def start(self) -> None:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                prefix, _, method = self.path.rpartition("/")
                if prefix != f"/bot{api.token}":
                    self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                params = api._parse(body, self.headers.get("Content-Type", ""))
                status, payload = api._dispatch(method, params)
                if status == 502:
                    self._send(502, BAD_GATEWAY_HTML.encode(), "text/html")
                else:
                    self._json(status, payload)

            do_GET = do_POST

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                self._send(status, json.dumps(payload).encode("utf-8"), "application/json")

            def _send(self, status: int, data: bytes, content_type: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client timed out and went away

            def log_message(self, format: str, *args: Any) -> None:
                return  # quiet

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    @property
    def method_url(self) -> str:
        """Prefix for raw HTTP calls: method_url + "sendMessage"."""
        return f"{self.base_url}{self.token}/"

    @staticmethod
    def _parse(raw: bytes, content_type: str) -> dict[str, Any]:
        if not raw:
            return {}
        if content_type.startswith("multipart/form-data"):
            return _multipart(raw, content_type)
        body = raw.decode("utf-8")
        if "json" in content_type:
            return dict(json.loads(body))
        params: dict[str, Any] = {}
        for key, values in parse_qs(body, keep_blank_values=True).items():
            value = values[0]
            try:
                params[key] = json.loads(value)
            except json.JSONDecodeError:
                params[key] = value
        return params

    def _dispatch(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        # Telegram's method names are case-insensitive.
        canonical = {m.lower(): m for m in [*self._methods, "getUpdates"]}.get(method.lower())
        arrived = time.monotonic()
        with self._cond:
            queue = self._faults.get(canonical or method)
            fault = queue.popleft() if queue else None
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        try:
            if canonical is None:
                raise ApiError(404, "Not Found")
            if fault is not None and fault.status:
                raise self._fault_error(fault)
            if canonical == "getUpdates":
                return 200, {"ok": True, "result": self._get_updates(params)}
            with self._cond:
                result = self._methods[canonical](params)
                self.calls.append(Call(canonical, params, result, at=arrived))
                self._cond.notify_all()
            return 200, {"ok": True, "result": result}
        except ApiError as exc:
            with self._cond:
                self.calls.append(
                    Call(canonical or method, params, None, exc.status, exc.description, arrived)
                )
                self._cond.notify_all()
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": exc.status,
                "description": exc.description,
            }
            if exc.parameters:
                payload["parameters"] = exc.parameters
            return exc.status, payload

    @staticmethod
    def _fault_error(fault: _Fault) -> ApiError:
        if fault.status == 429:
            after = fault.retry_after or 1
            return ApiError(
                429,
                fault.description or f"Too Many Requests: retry after {after}",
                {"retry_after": after},
            )
        if fault.migrate_to is not None:
            return ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": fault.migrate_to},
            )
        description = fault.description or _DEFAULT_DESCRIPTIONS.get(fault.status, "Bad Gateway")
        return ApiError(fault.status, description)

    # -- methods (called with self._cond held) -------------------------------

    def _delete_webhook(self, _params: dict[str, Any]) -> bool:
        self.webhook_url = ""
        return True

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if url and not url.startswith("https://"):
            raise ApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        self.webhook_url = url
        return True

    def _chat(self, params: dict[str, Any]) -> int:
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        try:
            chat_id = int(raw)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if chat_id not in self._chats:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self._blocked:
            raise ApiError(403, BLOCKED)
        return chat_id

    @staticmethod
    def _text(params: dict[str, Any]) -> str:
        text = visible_text(str(params.get("text") or ""), params.get("parse_mode"))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    @staticmethod
    def _markup(params: dict[str, Any]) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if not isinstance(markup, dict):
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _message(self, chat_id: int, message_id: int, text: str, markup: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": text,
        }
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
        text = self._text(params)
        markup = self._markup(params)
        message_id = self._next_message
        self._next_message += 1
        message = self._message(chat_id, message_id, text, markup)
        self._messages[(chat_id, message_id)] = message
        return message

    def _file(self, params: dict[str, Any], field_name: str, kind: str) -> str:
        file_id = str(params.get(field_name) or "")
        known = self._files.get(file_id)
        if known is None:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        if known != kind:
            raise ApiError(400, f"Bad Request: can't use file of type {known} as {kind}")
        return file_id

    def _media(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any]:
        """A new message without text: its caption, the message it replies to."""
        caption = str(params.get("caption") or "")
        if utf16_len(caption) > MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        replied = params.get("reply_parameters")
        if isinstance(replied, str):
            replied = json.loads(replied)
        original = None
        if isinstance(replied, dict):
            original = self._messages.get((chat_id, int(replied.get("message_id") or 0)))
            if original is None and not replied.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
        message_id = self._next_message
        self._next_message += 1
        message = self._message(chat_id, message_id, "", self._markup(params))
        del message["text"]
        if caption:
            message["caption"] = caption
        if original is not None:
            message["reply_to_message"] = original
        return message

    def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
        file_id = self._file(params, "photo", "Photo")
        message = self._media(chat_id, params)
        message["photo"] = [
            {"file_id": file_id, "file_unique_id": f"{file_id}-u", "width": 1280, "height": 960}
        ]
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
        upload = params.get("document")
        if isinstance(upload, dict):
            if not upload.get("content"):
                raise ApiError(400, "Bad Request: there is no document in the request")
            sent = {"file_name": upload["filename"], "file_size": len(upload["content"])}
        elif upload:
            sent = {"file_id": self._file(params, "document", "Document")}
        else:
            raise ApiError(400, "Bad Request: there is no document in the request")
        message = self._media(chat_id, params)
        message_id = message["message_id"]
        message["document"] = {"file_id": f"doc{message_id}", "file_unique_id": f"udoc{message_id}"}
        message["document"].update(sent)
        self._messages[(chat_id, message_id)] = message
        return message

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
        text = self._text(params)
        markup = self._markup(params)
        key = (chat_id, int(params.get("message_id") or 0))
        current = self._messages.get(key)
        if current is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        message = self._message(chat_id, key[1], text, markup)
        if message.get("reply_markup") == current.get("reply_markup") and text == current["text"]:
            raise ApiError(400, NOT_MODIFIED)
        message["date"] = current["date"]
        message["edit_date"] = int(time.time())
        self._messages[key] = message
        return message

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        pressed = self._queries.get(query_id)
        if (
            pressed is None
            or query_id in self._answered
            or time.monotonic() - pressed > self.query_max_age
        ):
            raise ApiError(400, QUERY_TOO_OLD)
        self._answered.add(query_id)
        return True

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 0.5)
        with self._cond:
            self.offsets.append(int(params["offset"]) if params.get("offset") else None)
            # Confirmed: Telegram forgets them (they never come again).
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while True:
                ready = [u for u in self._updates if u["update_id"] >= offset]
                if ready or time.monotonic() >= deadline:
                    return ready
                self._cond.wait(timeout=max(0.0, deadline - time.monotonic()))

    # -- test helpers ---------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update; its chat becomes known, its callback query answerable."""
        with self._cond:
            update = {"update_id": self._next_update, **update}
            self._next_update += 1
            if "message" in update:
                self._chats.add(int(update["message"]["chat"]["id"]))
                self._files.update(_files_of(update["message"]))
            query = update.get("callback_query")
            if query is not None:
                self._chats.add(int(query["from"]["id"]))
                self._queries[str(query["id"])] = time.monotonic()
            self._updates.append(update)
            self._cond.notify_all()
            return int(update["update_id"])

    def add_chat(self, chat_id: int) -> None:
        """A chat that has written to the bot (for updates not pushed through getUpdates)."""
        with self._cond:
            self._chats.add(chat_id)

    def add_file(self, file_id: str, kind: str = "Photo") -> None:
        """A file the bot has received (for sendPhoto, or sendDocument with
        kind "Document", by file id)."""
        with self._cond:
            self._files[file_id] = kind

    def block(self, chat_id: int) -> None:
        """The resident blocks the bot: every send to the chat answers 403."""
        with self._cond:
            self._chats.add(chat_id)
            self._blocked.add(chat_id)

    def fail_next(
        self,
        method: str,
        status: int,
        *,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
        delay: float = 0.0,
        migrate_to: int | None = None,
    ) -> None:
        """The next `times` calls of `method` fail with `status` (and are not carried
        out); with `delay`, the answer comes that late (a client time-out); with
        `migrate_to`, a 400 says the group became that supergroup."""
        with self._cond:
            for _ in range(times):
                fault = _Fault(status, description, retry_after, delay, migrate_to)
                self._faults[method].append(fault)

    def delay_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next `times` calls of `method` are answered `seconds` late (then carried out)."""
        with self._cond:
            for _ in range(times):
                self._faults[method].append(_Fault(delay=seconds))

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """The bot's message as the resident currently sees it."""
        with self._cond:
            return self._messages.get((chat_id, message_id))

    def sent(self, method: str | None = None) -> list[Call]:
        """Successful calls (of one method)."""
        with self._cond:
            return [c for c in self.calls if c.ok and (method is None or c.method == method)]

    def attempts(self, method: str | None = None) -> list[Call]:
        """All calls (of one method), including the failed ones."""
        with self._cond:
            return [c for c in self.calls if method is None or c.method == method]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls: {[c.method for c in self.calls]}")
            await asyncio.sleep(0.02)

    async def wait_calls(self, method: str, n: int, timeout: float = 15.0) -> list[Call]:
        await self.wait_for(lambda: len(self.sent(method)) >= n, timeout)
        return self.sent(method)


@asynccontextmanager
async def polling(
    app: Application,  # type: ignore[type-arg]
    *,
    max_concurrent: int = 8,
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The application running as `quartierbot serve` runs it in polling mode:
    our getUpdates loop stores each update in the durable inbox before the next
    offset, and the dispatcher handles them (each chat in order, chats at once)."""
    from bot.telegram.dispatcher import Dispatcher
    from bot.telegram.inbox import handler
    from bot.telegram.polling import Poller

    engine = app.bot_data["dialog"].engine
    async with app:
        await app.start()
        dispatcher = Dispatcher(engine, handler(app), max_concurrent=max_concurrent)
        dispatcher.start()
        poller = Poller(app.bot, engine, long_poll=1)
        poller.start()
        try:
            yield app
        finally:
            await poller.stop(1.0)
            await dispatcher.stop(5.0)
            await app.stop()
