"""bot.telegram.http: PTB's requests over aiohttp (form fields as PTB encodes
them, files as multipart, time-outs and lost connections as PTB's errors)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InputFile
from telegram.error import NetworkError, TimedOut

from bot.telegram.http import AiohttpRequest

TOKEN = "123:abc"


@pytest.fixture
async def api() -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
    """A Bot API that records each call's fields (and uploaded files) and answers ok."""
    calls: list[dict[str, Any]] = []

    async def answer(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if method == "slow":
            await asyncio.sleep(2)
        fields: dict[str, Any] = {"method": method}
        if request.content_type == "multipart/form-data":
            async for part in await request.multipart():
                body = await part.read()  # type: ignore[union-attr]
                fields[part.name or ""] = (part.filename, body)  # type: ignore[union-attr]
        else:
            fields |= dict(await request.post())
        calls.append(fields)
        result: Any = True
        if method == "getMe":
            result = {"id": 123, "is_bot": True, "first_name": "Q", "username": "q_bot"}
        elif method in {"sendMessage", "sendDocument"}:
            result = {"message_id": 7, "date": 0, "chat": {"id": 42, "type": "private"}}
        return web.json_response({"ok": True, "result": result})

    app = web.Application()
    app.router.add_post("/bot{token}/{method}", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}/bot", calls
    await runner.cleanup()


async def test_fields_and_files_reach_the_api(api: tuple[str, list[dict[str, Any]]]) -> None:
    base, calls = api
    async with Bot(TOKEN, base_url=base, request=AiohttpRequest()) as bot:
        await bot.send_message(42, "Grüezi", reply_markup=None)
        await bot.send_document(42, InputFile(b"<html></html>", filename="digest.html"))
    send, doc = calls[-2], calls[-1]
    assert send["method"] == "sendMessage"
    assert (send["chat_id"], send["text"]) == ("42", "Grüezi")
    assert doc["method"] == "sendDocument"
    assert doc["document"] == ("digest.html", b"<html></html>")


async def test_a_slow_answer_is_timed_out(api: tuple[str, list[dict[str, Any]]]) -> None:
    base, _ = api
    request = AiohttpRequest(read_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(f"{base}{TOKEN}/slow")
    finally:
        await request.shutdown()


async def test_no_server_is_a_network_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
        assert TOKEN not in str(caught.value)  # the URL (with the token) is not quoted
    finally:
        await request.shutdown()


async def test_not_initialized_refuses() -> None:
    with pytest.raises(RuntimeError):
        await AiohttpRequest().do_request("http://127.0.0.1:1/x", "POST")
