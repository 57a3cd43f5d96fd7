"""The HTTP client of the Bot API calls (python-telegram-bot's BaseRequest on
aiohttp), in place of PTB's default HTTPXRequest.

Why: httpcore 1.0's connection pool (under httpx) walks every pooled
connection, and for each idle one every connection again, on each request it
queues and on each it finishes: with the few dozen keep-alive connections
the outbox and the callback answers keep open, that was 9-12 ms of CPU per
update in the load bench (docs/load.md), more than the dialog. aiohttp's
connector hands out a kept-alive connection from a per-host queue.

Same contract as HTTPXRequest: parameters form-encoded (each value JSON as PTB
encodes it), files as multipart; time-outs raise telegram.error.TimedOut, other
transport failures NetworkError (only the exception's class is quoted: a
message could carry the URL, which holds the bot token).

A proxy named in the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as
aiohttp's `trust_env` reads them) is looked up once per host, the first time
it is asked: aiohttp's `trust_env=True` looks up the proxy and ~/.netrc in a
worker thread on every request, two thread hand-offs per Bot API call
(docs/load-loop.md). The Bot API authenticates by the token in the URL, so no
netrc credentials are sent.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import yarl
from aiohttp.helpers import get_env_proxy_for_url
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

CONNECTIONS = 256  # PTB's default pool size for the bot's requests
KEEPALIVE_SECONDS = 30.0
MAX_URLS = 256  # parsed URLs kept (the Bot API's methods; a file's URL is not kept past this)
FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}


class AiohttpRequest(BaseRequest):
    """Bot API requests over one aiohttp session (created in `initialize`, on
    the running loop)."""

    __slots__ = (
        "_connect",
        "_connections",
        "_media_write",
        "_pool",
        "_proxies",
        "_read",
        "_session",
        "_urls",
    )

    def __init__(
        self,
        *,
        connections: int = CONNECTIONS,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._connections = connections
        self._read = read_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        # (scheme, host, port) -> the environment's proxy for it (None: direct)
        self._proxies: dict[tuple[str, str, int | None], Proxy] = {}
        self._urls: dict[str, tuple[yarl.URL, yarl.URL | None, aiohttp.BasicAuth | None]] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._connections,
                limit_per_host=self._connections,
                keepalive_timeout=KEEPALIVE_SECONDS,
            )
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else None
        read = self._read if isinstance(read_timeout, DefaultValue) else read_timeout
        write = self._media_write if files else None
        if not isinstance(write_timeout, DefaultValue):
            write = write_timeout if files else None
        connect = self._connect if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = self._pool if isinstance(pool_timeout, DefaultValue) else pool_timeout
        # aiohttp's `connect` covers waiting for a pooled connection and connecting;
        # the upload of a file counts against its write time-out as a whole.
        timeout = aiohttp.ClientTimeout(
            total=None if write is None or read is None else write + read,
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=read,
        )
        data: Any = None
        headers = None
        if files:
            form = aiohttp.FormData()
            for name, value in (fields or {}).items():
                form.add_field(name, value)
            for name, (filename, content, mimetype) in files.items():
                form.add_field(name, content, filename=filename, content_type=mimetype)
            data = form
        elif fields:  # as aiohttp's FormData encodes a dict, without building one
            data = form_encode(fields)
            headers = FORM_HEADERS
        target, proxy, proxy_auth = await self._target(url)
        try:
            async with session.request(
                method,
                target,
                data=data,
                headers=headers,
                timeout=timeout,
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut(f"aiohttp {type(exc).__name__}") from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}") from exc

    async def _target(self, url: str) -> tuple[yarl.URL, yarl.URL | None, aiohttp.BasicAuth | None]:
        """The URL parsed, and the environment's proxy for its host, looked up
        once (in a thread: on some systems the bypass check resolves names).
        The bot's URLs are its base URL and a method's name: a few dozen."""
        known = self._urls.get(url)
        if known is not None:
            return known
        parsed = yarl.URL(url)
        key = (parsed.scheme, parsed.host or "", parsed.port)
        found = self._proxies.get(key)
        if found is None:
            found = self._proxies[key] = await asyncio.to_thread(env_proxy, parsed)
        if len(self._urls) < MAX_URLS:
            self._urls[url] = (parsed, *found)
        return (parsed, *found)


Proxy = tuple[yarl.URL | None, aiohttp.BasicAuth | None]


def env_proxy(url: yarl.URL) -> Proxy:
    """The proxy the environment names for `url`, as aiohttp's trust_env finds it."""
    try:
        return get_env_proxy_for_url(url)
    except LookupError:  # none named, or NO_PROXY covers the host
        return None, None


# application/x-www-form-urlencoded as urllib's urlencode (quote_plus) writes
# it: unreserved characters as they are, a space as "+", every other byte of
# the UTF-8 as %XX. urllib quotes byte by byte in a Python list comprehension
# (a fifth of a Bot API call's CPU for a reply's text); a table does it in C.
_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_QUOTED = [chr(b) if b in _SAFE else f"%{b:02X}" for b in range(256)]
_QUOTED[ord(" ")] = "+"
_QUOTE = _QUOTED.__getitem__


def form_quote(text: str) -> str:
    """`urllib.parse.quote_plus(text)`."""
    return "".join(map(_QUOTE, text.encode()))


def form_encode(fields: dict[str, str]) -> bytes:
    """`urllib.parse.urlencode(fields).encode()` for string values."""
    return "&".join(f"{form_quote(k)}={form_quote(v)}" for k, v in fields.items()).encode()
