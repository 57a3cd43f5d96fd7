"""bot.telegram.http: PTB's requests over aiohttp (form fields as PTB encodes
them, files as multipart, time-outs and lost connections as PTB's errors)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import pytest
from aiohttp import ClientSession, web
from hypothesis import given
from hypothesis import strategies as st
from telegram import Bot, InputFile
from telegram.error import NetworkError, TimedOut

from bot.telegram.http import AiohttpRequest, form_encode

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


async def test_requests_hand_no_work_to_threads(
    api: tuple[str, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """aiohttp's trust_env looked up the proxy and ~/.netrc in a worker thread
    on every request (two thread hand-offs per Bot API call); the proxy is now
    looked up once per host."""
    base, calls = api
    loop = asyncio.get_running_loop()
    handed: list[str] = []
    run_in_executor = loop.run_in_executor

    def counting(executor: Any, func: Any, *args: Any) -> Any:
        handed.append(repr(func))
        return run_in_executor(executor, func, *args)

    monkeypatch.setattr(loop, "run_in_executor", counting)
    request = AiohttpRequest()
    await request.initialize()
    try:
        for _ in range(5):
            await request.post(f"{base}{TOKEN}/getMe")
    finally:
        await request.shutdown()
    assert len(calls) == 5
    assert len(handed) == 1  # the proxy lookup, once


async def test_a_proxy_named_in_the_environment_is_used(
    api: tuple[str, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP_PROXY (as aiohttp's trust_env read it) still carries the requests;
    NO_PROXY still bypasses it."""
    base, calls = api
    through: list[str] = []

    async def forward(request: web.Request) -> web.Response:
        through.append(request.path)
        async with (
            ClientSession() as session,
            session.post(
                str(request.url),
                data=await request.read(),
                headers={"Content-Type": request.content_type},
            ) as r,
        ):
            return web.Response(
                status=r.status, body=await r.read(), content_type="application/json"
            )

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", forward)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    try:
        async with Bot(TOKEN, base_url=base, request=AiohttpRequest()) as bot:
            await bot.send_message(42, "Grüezi")
        assert through == ["/bot123:abc/getMe", "/bot123:abc/sendMessage"]
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with Bot(TOKEN, base_url=base, request=AiohttpRequest()) as bot:
            await bot.send_message(42, "Grüezi")
        assert len(through) == 2  # not through the proxy
        assert [c["method"] for c in calls] == ["getMe", "sendMessage"] * 2
    finally:
        await runner.cleanup()


# Text as it can reach a form field: any Unicode that has a UTF-8 form.
_FIELD = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)


@given(st.dictionaries(_FIELD, _FIELD, max_size=5))
def test_the_form_body_is_what_urlencode_gives(fields: dict[str, str]) -> None:
    """The posted body (bot.telegram.http.form_encode, a table instead of
    urllib's per-byte quoting) is what urllib.parse.urlencode gives."""
    assert form_encode(fields) == urlencode(fields, doseq=True).encode()
