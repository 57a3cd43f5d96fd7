"""Simulated residents posting updates to the bot's webhook, and what they saw.

Each resident has its own chat and waits for the bot's answer before its next
step (bench.load.resident decides the step). An update's latency runs from
the moment its POST starts to the first message request (sendMessage,
editMessageText, ...) for that chat reaching the emulated Bot API, accepted or
refused with a 429 (the bot asked to reply then; a flood wait is Telegram's).
Every accepted message is attributed to the update the resident is waiting on;
the same message (text and buttons) twice in one conversation is a duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bench.load.botapi import BotAPI, Call
from bench.load.resident import Concern, Done, Press, Say, Wait, react

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
FIRST_CHAT = 7_000_000


@dataclass
class Pending:
    """An update the resident waits on."""

    update_id: int
    posted: float
    callback: str | None = None
    first_reply: float | None = None


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    updates_posted: int = 0
    updates_unanswered: int = 0
    post_errors: int = 0  # webhook answered non-200 or not at all (the POST was retried)
    conversations_started: int = 0
    conversations_completed: int = 0
    conversations_forwarded: int = 0
    duplicates: int = 0
    callbacks_posted: int = 0
    first_post: float | None = None
    last_reply: float | None = None
    stuck: list[str] = field(default_factory=list)  # the last bot text keys, for diagnosis
    posts: list[tuple[float, int, str]] = field(default_factory=list)  # when, chat, kind


class Chat:
    """What one resident's chat shows and which update it waits on."""

    def __init__(self, chat_id: int) -> None:
        self.chat_id = chat_id
        self.pending: Pending | None = None
        self.inbox: list[dict[str, Any]] = []  # messages since the resident's last step
        self.seen: set[str] = set()  # message fingerprints of this conversation
        self.changed = asyncio.Event()


class Generator:
    def __init__(
        self,
        api: BotAPI,
        url: str,
        secret: str,
        *,
        step_timeout: float = 60.0,
        think: float = 0.0,
        grace: float = 1.2,
        seed: int = 1,
    ) -> None:
        self.api = api
        self.url = url
        self.secret = secret
        self.step_timeout = step_timeout
        self.think = think
        self.grace = grace
        self.seed = seed
        self.stats = Stats()
        self.chats: dict[int, Chat] = {}
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._session: aiohttp.ClientSession | None = None
        api.on_message(self._on_message)
        api.on_refused(self._on_refused)

    async def __aenter__(self) -> Generator:
        connector = aiohttp.TCPConnector(limit=0, force_close=False)
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=10)
        self._session = aiohttp.ClientSession(connector=connector, timeout=timeout)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    # -- what the Bot API saw -------------------------------------------------

    def _on_message(self, call: Call, message: dict[str, Any]) -> None:
        chat = self.chats.get(call.chat_id or 0)
        if chat is None:
            return
        mark = json.dumps(
            [
                call.method,
                call.message_id if call.method != "sendMessage" else 0,
                call.text,
                call.markup,
            ],
            sort_keys=True,
            ensure_ascii=False,
        )
        if mark in chat.seen:
            self.stats.duplicates += 1
        chat.seen.add(mark)
        pending = chat.pending
        if pending is not None and pending.first_reply is None:
            pending.first_reply = call.at
            self.stats.latencies.append(call.at - pending.posted)
        self.stats.last_reply = max(self.stats.last_reply or 0.0, call.at)
        chat.inbox = [m for m in chat.inbox if m["message_id"] != message["message_id"]]
        chat.inbox.append(message)
        chat.changed.set()

    def _on_refused(self, call: Call) -> None:
        """A message request refused by the flood limits still answers the update."""
        chat = self.chats.get(call.chat_id or 0)
        if chat is None or call.status != 429 or chat.pending is None:
            return
        if chat.pending.first_reply is None:
            chat.pending.first_reply = call.at
            self.stats.latencies.append(call.at - chat.pending.posted)

    # -- posting updates ------------------------------------------------------

    def _user(self, chat_id: int) -> dict[str, Any]:
        return {"id": chat_id, "is_bot": False, "first_name": "Anna", "language_code": "de"}

    def text_update(self, chat_id: int, text: str) -> dict[str, Any]:
        return {
            "message": {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "Anna"},
                "from": self._user(chat_id),
                "text": text,
                **(
                    {"entities": [{"type": "bot_command", "offset": 0, "length": len(text)}]}
                    if text.startswith("/")
                    else {}
                ),
            }
        }

    def callback_update(self, chat_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
        return {
            "callback_query": {
                "id": f"q{next(self._query_ids)}",
                "from": self._user(chat_id),
                "chat_instance": f"ci{chat_id}",
                "data": data,
                "message": message,
            }
        }

    async def post(self, chat: Chat, update: dict[str, Any], url: str | None = None) -> None:
        """POST the update as Telegram would, repeating it while the webhook fails."""
        assert self._session is not None
        update = {"update_id": next(self._update_ids), **update}
        query = update.get("callback_query")
        now = time.monotonic()
        if query is not None:
            self.api.press(query["id"])
            self.stats.callbacks_posted += 1
        if chat.pending is not None and chat.pending.first_reply is None:
            self.stats.updates_unanswered += 1
        chat.pending = Pending(update["update_id"], now, query["id"] if query else None)
        chat.inbox = []
        chat.changed.clear()
        self.stats.updates_posted += 1
        self.stats.posts.append((now, chat.chat_id, "callback" if query else "message"))
        if self.stats.first_post is None:
            self.stats.first_post = now
        headers = {SECRET_HEADER: self.secret}
        for attempt in range(30):
            try:
                async with self._session.post(url or self.url, json=update, headers=headers) as r:
                    await r.read()
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            self.stats.post_errors += 1
            await asyncio.sleep(min(0.5 * 2**attempt, 5.0))
        raise RuntimeError("the webhook did not take the update")

    # -- residents ----------------------------------------------------------------

    def new_chat(self, index: int) -> Chat:
        chat = Chat(FIRST_CHAT + index)
        self.chats[chat.chat_id] = chat
        self.api.add_chat(chat.chat_id)
        return chat

    async def _next_step(self, chat: Chat, concern: Concern, rng: random.Random) -> object:
        """Wait until the bot's answer says what to do next (or time out)."""
        deadline = time.monotonic() + self.step_timeout
        while True:
            step = react(chat.inbox, concern, rng)
            if not isinstance(step, Wait):
                return step
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            chat.changed.clear()
            try:
                await asyncio.wait_for(chat.changed.wait(), remaining)
            except TimeoutError:
                return None

    async def conversation(
        self, chat: Chat, concern: Concern, rng: random.Random, url: str | None = None
    ) -> None:
        self.stats.conversations_started += 1
        chat.seen = set()
        await self.post(chat, self.text_update(chat.chat_id, concern.text), url)
        for _ in range(12):
            step = await self._next_step(chat, concern, rng)
            if step is None:
                self._give_up(chat)
                return
            if isinstance(step, Done):
                # A second concern of the same message may follow: a person reads on.
                await self._settle(chat, concern, rng)
                self.stats.conversations_completed += 1
                self.stats.conversations_forwarded += step.forwarded
                chat.pending = None
                return
            if self.think:
                await asyncio.sleep(self.think * rng.uniform(0.5, 1.5))
            if isinstance(step, Press):
                update = self.callback_update(chat.chat_id, step.message, step.data)
                await self.post(chat, update, url)
            elif isinstance(step, Say):
                await self.post(chat, self.text_update(chat.chat_id, step.text), url)
        self._give_up(chat)

    async def _settle(self, chat: Chat, concern: Concern, rng: random.Random) -> None:
        """After "forwarded": wait `grace` for more; answer a further question."""
        for _ in range(6):
            seen = len(chat.inbox)
            await asyncio.sleep(self.grace)
            if len(chat.inbox) == seen:
                return
            step = react(chat.inbox[seen:], concern, rng)
            if isinstance(step, Press):
                await self.post(chat, self.callback_update(chat.chat_id, step.message, step.data))
            elif isinstance(step, Say):
                await self.post(chat, self.text_update(chat.chat_id, step.text))
            else:
                continue
            await self._answered(chat)

    async def _answered(self, chat: Chat) -> None:
        """Until the bot answers the update just posted (or `step_timeout`)."""
        deadline = time.monotonic() + self.step_timeout
        while not chat.inbox and (remaining := deadline - time.monotonic()) > 0:
            chat.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(chat.changed.wait(), remaining)

    def _give_up(self, chat: Chat) -> None:
        if chat.pending is not None and chat.pending.first_reply is None:
            self.stats.updates_unanswered += 1
        last = chat.inbox[-1]["text"][:40] if chat.inbox else "(no answer)"
        self.stats.stuck.append(last)
        chat.pending = None

    async def resident(
        self, index: int, concerns: list[Concern], until: float, start_within: float = 1.0
    ) -> None:
        """One resident: conversations one after the other until `until`."""
        rng = random.Random(self.seed * 100_003 + index)
        chat = self.new_chat(index)
        await asyncio.sleep(rng.uniform(0, start_within))
        while time.monotonic() < until:
            await self.conversation(chat, rng.choice(concerns), rng)
