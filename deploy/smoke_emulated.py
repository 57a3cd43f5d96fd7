"""Drive the compose stack (docker-compose.yml) against the emulated Bot API.

    .venv/bin/python -m deploy.smoke_emulated --listen 172.17.0.1 --port 18081

Starts tests/fake_telegram.py's Bot API on LISTEN:PORT (the docker bridge's
address, so the containers reach it as host.docker.internal; nothing else),
brings the stack up with TELEGRAM_BASE_URL pointing there, waits for both
replicas to register the webhook, then sends one resident's conversation
through the proxy the way Telegram does (POST /telegram with the secret
header): a concern, then the press on "Ja, weiterleiten". Prints what came
back, the proxy's answers to a missing and a wrong secret, and /readyz of
both replicas. Then stops bot1 (SIGTERM) and has four residents write while
it is down, brings it back, and replaces its container by one at another
address (the proxy must find it without a reload), with the proxy's log
lines of each phase and the database's counts. Leaves the stack running
(`docker compose down -v` ends it).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import time
import urllib.error
import urllib.request
from typing import Any

from tests import fake_telegram
from tests import fake_telegram_updates as tg

CHAT = 4242
SECRET = "smoke-secret-0123456789"


def _listen_on(host: str, port: int) -> None:
    """The emulator binds 127.0.0.1: bind it to the bridge address instead."""
    base = fake_telegram._Server

    class _Bridge(base):  # type: ignore[misc, valid-type]
        def __init__(self, _address: Any, handler: Any) -> None:
            super().__init__((host, port), handler)

    fake_telegram._Server = _Bridge  # type: ignore[misc]


def post(url: str, update: dict[str, Any], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, json.dumps(update).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def compose(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        ["docker", "compose", *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", default="172.17.0.1")
    parser.add_argument("--port", type=int, default=18081)
    parser.add_argument("--proxy", default="http://127.0.0.1:8080/telegram")
    args = parser.parse_args()

    _listen_on(args.listen, args.port)
    api = fake_telegram.FakeBotAPI()
    api.start()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_BASE_URL": f"http://host.docker.internal:{args.port}/bot",
        "WEBHOOK_URL": "https://quartierbot.example.ch",
        "WEBHOOK_SECRET": SECRET,
        # every compose call below sees the same files (else `up` recreates)
        "COMPOSE_FILE": os.pathsep.join(["docker-compose.yml", "deploy/compose.emulated.yml"]),
    }
    started = time.monotonic()
    compose("up", "-d", "--wait", env=env)
    print(f"compose up --wait: {time.monotonic() - started:.1f} s")
    await api.wait_calls("setWebhook", 2, timeout=60)
    print("setWebhook calls:", [c.params.get("url") for c in api.sent("setWebhook")])

    print("no secret:", post(args.proxy, {"update_id": 1, **tg.text(CHAT, "x")}, None))
    print("wrong secret:", post(args.proxy, {"update_id": 2, **tg.text(CHAT, "x")}, "nope"))

    api.add_chat(CHAT)
    concern = {"update_id": 1001, **tg.text(CHAT, "Abfallkübel voll am Helvetiaplatz")}
    t0 = time.monotonic()
    print("concern:", post(args.proxy, concern, SECRET))
    print("the same update again:", post(args.proxy, concern, SECRET))
    [reply] = await api.wait_calls("sendMessage", 1, timeout=30)
    print(f"reply after {time.monotonic() - t0:.2f} s: {reply.params['text'][:160]!r}")
    labels = [b["text"] for row in reply.params["reply_markup"]["inline_keyboard"] for b in row]
    print("buttons:", labels)
    press = tg.callback(CHAT, tg.message_of(reply), tg.button_data(reply, "Ja, weiterleiten"))
    api._queries[press["callback_query"]["id"]] = time.monotonic()
    print("press:", post(args.proxy, {"update_id": 1002, **press}, SECRET))
    await api.wait_for(lambda: len(api.sent("answerCallbackQuery")) == 1, timeout=30)
    await api.wait_for(
        lambda: len(api.sent("sendMessage")) + len(api.sent("editMessageText")) >= 2, timeout=30
    )
    for call in api.sent():
        if call.method in {"sendMessage", "editMessageText", "answerCallbackQuery"}:
            print(f"  {call.method}: {str(call.params.get('text', ''))[:120]!r}")
    for service in ("bot1", "bot2"):
        ready = compose(
            "exec", "-T", service, "python", "-c",
            "import urllib.request as u; r = u.urlopen('http://127.0.0.1:8443/readyz');"
            " print(r.status, r.read().decode())",
            env=env,
        )  # fmt: skip
        print(f"{service} /readyz:", ready.strip())

    # A replica stopped the way `docker compose stop` / an update does it: SIGTERM.
    t0 = time.monotonic()
    compose("stop", "bot1", env=env)
    state = compose("ps", "-a", "bot1", "--format", "{{.Status}}", env=env).strip()
    print(f"bot1 stopped after {time.monotonic() - t0:.1f} s: {state}")
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    before = len(api.sent("sendMessage"))
    for n, chat in enumerate((4343, 4344, 4345, 4346)):
        api.add_chat(chat)
        concern = {"update_id": 1003 + n, **tg.text(chat, "Strassenlampe defekt am Idaplatz")}
        print(f"concern {n + 1} while bot1 is down:", post(args.proxy, concern, SECRET))
    await api.wait_for(lambda: len(api.sent("sendMessage")) == before + 4, timeout=30)
    print(f"  replies: {len(api.sent('sendMessage')) - before}")
    print("  proxy log (time, method, path, status, ms, replica, retries; check changes):")
    for line in compose("logs", "--no-log-prefix", "--since", since, "proxy", env=env).splitlines():
        if "/telegram" in line or " is DOWN" in line or " is UP" in line:
            print("   ", line.strip()[:160])
    compose("start", "bot1", env=env)
    compose("up", "-d", "--wait", "--no-deps", "bot1", env=env)
    print("bot1 back:", compose("ps", "bot1", "--format", "{{.Status}}", env=env).strip())

    # A new container for bot1 (as `docker compose up -d` does for a new
    # version): the proxy must find it at its new address without a reload.
    def address(service: str) -> str:
        cid = compose("ps", "-q", service, env=env).strip()
        inspect = [
            "docker",
            "inspect",
            "-f",
            "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}",
        ]
        return subprocess.run([*inspect, cid], capture_output=True, text=True).stdout.strip()

    old = address("bot1")
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    compose("rm", "-s", "-f", "bot1", env=env)
    # a container that takes the freed address (Docker hands out the lowest
    # free one), so the new bot1 gets another
    squatter = ["docker", "run", "-d", "--rm", "--network", "quartierbot_default"]
    squatter += ["--entrypoint", "sleep", "quartierbot:latest", "120"]
    squatter_id = subprocess.run(squatter, capture_output=True, text=True).stdout.strip()
    compose("up", "-d", "--wait", "--no-deps", "bot1", env=env)
    print(f"bot1 recreated: address {old} -> {address('bot1')}")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        log = compose("logs", "--no-log-prefix", "--since", since, "proxy", env=env)
        if "bot1 is UP" in log:
            break
        await asyncio.sleep(1)
    before = len(api.sent("sendMessage"))
    for n, chat in enumerate((4347, 4348, 4349, 4350)):
        api.add_chat(chat)
        concern = {"update_id": 1007 + n, **tg.text(chat, "Strassenlampe defekt am Idaplatz")}
        post(args.proxy, concern, SECRET)
    await api.wait_for(lambda: len(api.sent("sendMessage")) == before + 4, timeout=30)
    print(f"  4 more concerns, replies: {len(api.sent('sendMessage')) - before}; proxy log:")
    for line in compose("logs", "--no-log-prefix", "--since", since, "proxy", env=env).splitlines():
        if "/telegram" in line or " is DOWN" in line or " is UP" in line:
            print("   ", line.strip()[:160])
    subprocess.run(["docker", "rm", "-f", squatter_id], capture_output=True)
    rows = compose(
        "exec", "-T", "postgres", "psql", "-U", "quartierbot", "-d", "quartierbot", "-tA", "-c",
        "select (select count(*) from concern), (select count(*) from inbox_update),"
        " (select count(*) from processed_update)",
        env=env,
    )  # fmt: skip
    print("concerns | inbox rows | processed update ids:", rows.strip())
    print(
        "calls to the Bot API:",
        {m: len(api.sent(m)) for m in sorted({c.method for c in api.calls})},
    )
    api.stop()


if __name__ == "__main__":
    asyncio.run(main())
