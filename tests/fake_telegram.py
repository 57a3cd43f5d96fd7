"""A Telegram Bot API server emulated on 127.0.0.1 for end-to-end tests.

It speaks just enough of the Bot API for the real python-telegram-bot stack:
getMe, getUpdates (with offsets and a short long-poll), deleteWebhook,
sendMessage, editMessageText and answerCallbackQuery. Tests push updates in and
read the calls the bot made.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER = {
    "id": 999000,
    "is_bot": True,
    "first_name": "Quartierbot",
    "username": "quartierbot_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None


class FakeBotAPI:
    def __init__(self, token: str = "123456:TESTTOKEN") -> None:
        self.token = token
        self.calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._next_update = 1
        self._next_message = 1
        self._server: ThreadingHTTPServer | None = None

    # -- server ---------------------------------------------------------------

    def start(self) -> None:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                method = self.path.rsplit("/", 1)[-1]
                if not self.path.startswith(f"/bot{api.token}/"):
                    self._reply(
                        401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
                    )
                    return
                params = api._parse(body, self.headers.get("Content-Type", ""))
                self._reply(200, {"ok": True, "result": api._handle(method, params)})

            do_GET = do_POST

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                return  # quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    @staticmethod
    def _parse(body: str, content_type: str) -> dict[str, Any]:
        if not body:
            return {}
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

    def _handle(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getUpdates":
            return self._get_updates(params)
        with self._cond:
            result = self._result(method, params)
            self.calls.append(Call(method, params, result))
            self._cond.notify_all()
            return result

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method not in {"sendMessage", "editMessageText"}:
            return True
        if method == "sendMessage":
            message_id = self._next_message
            self._next_message += 1
        else:
            message_id = int(params.get("message_id", 0))
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": int(params["chat_id"]), "type": "private"},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 0.5)
        with self._cond:
            while True:
                ready = [u for u in self._updates if u["update_id"] >= offset]
                if ready or time.monotonic() >= deadline:
                    return ready
                self._cond.wait(timeout=max(0.0, deadline - time.monotonic()))

    # -- test helpers ---------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        with self._cond:
            update = {"update_id": self._next_update, **update}
            self._next_update += 1
            self._updates.append(update)
            self._cond.notify_all()
            return int(update["update_id"])

    def sent(self, method: str | None = None) -> list[Call]:
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


# -- update builders -----------------------------------------------------------


def _user(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "is_bot": False, "first_name": "Anna", "language_code": "de"}


def _message(chat_id: int, **content: Any) -> dict[str, Any]:
    return {
        "message": {
            "message_id": int(time.time() * 1000) % 1_000_000,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Anna"},
            "from": _user(chat_id),
            **content,
        }
    }


def text(chat_id: int, body: str) -> dict[str, Any]:
    if body.startswith("/"):
        command = body.split()[0]
        return _message(
            chat_id,
            text=body,
            entities=[{"type": "bot_command", "offset": 0, "length": len(command)}],
        )
    return _message(chat_id, text=body)


def location(chat_id: int, lat: float, lon: float) -> dict[str, Any]:
    return _message(chat_id, location={"latitude": lat, "longitude": lon})


def photo(chat_id: int, file_id: str, caption: str | None = None) -> dict[str, Any]:
    sizes = [
        {"file_id": f"{file_id}-s", "file_unique_id": f"{file_id}-us", "width": 90, "height": 90},
        {"file_id": file_id, "file_unique_id": f"{file_id}-u", "width": 1280, "height": 960},
    ]
    return _message(chat_id, photo=sizes, **({"caption": caption} if caption else {}))


def voice(chat_id: int) -> dict[str, Any]:
    return _message(chat_id, voice={"file_id": "v1", "file_unique_id": "uv1", "duration": 3})


def callback(chat_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
    return {
        "callback_query": {
            "id": f"cb{int(time.time() * 1000)}",
            "from": _user(chat_id),
            "chat_instance": "ci1",
            "data": data,
            "message": message,
        }
    }


def message_of(call: Call) -> dict[str, Any]:
    """The message the bot sent, as Telegram echoes it in a callback query."""
    return dict(call.result)


def button_data(call: Call, label: str) -> str:
    for row in call.params["reply_markup"]["inline_keyboard"]:
        for button in row:
            if button["text"] == label:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r}")
