"""Reply latency of one resident alone, through the durable outbox.

The real application (polling: our poller -> inbox -> dispatcher -> on_update
-> dialog, which queues the replies in its transaction -> the woken outbox
sender) against the emulated Bot API on 127.0.0.1. A resident writes at a
human pace (one message every `--pause` seconds) and alternates three kinds of
update: a command (/hilfe), a concern (classified; its question), and the
confirmation button (an edit of the pressed message). For each update it
prints p50/p95/p99/max of the time from the update being queued at the
emulator (`push`) to the first reply request arriving there (sendMessage or
editMessageText), i.e. what the issue's "receipt of an update to the bot's
reply request reaching the Bot API" means, plus the getUpdates pickup.

    python bench/reply_latency.py [--rounds 40] [--pause 1.1]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/NAME]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.outbox_throughput import fresh_engine
from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from nlp.classifier import ConcernClassifier
from tests import fake_telegram as tg

CHAT = 4242
CONCERNS = [
    "Der Abfallkübel am Helvetiaplatz ist übervoll",
    "Beim Idaplatz ist es nachts sehr laut",
    "Die Strassenlampe an der Josefstrasse 12 flackert seit Tagen",
    "Am Limmatplatz liegt überall Glas auf dem Velostreifen",
]


def percentiles(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    q = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    figures = f"p50 {q[49]:6.1f}  p95 {q[94]:6.1f}  p99 {q[98]:6.1f}  max {ms[-1]:6.1f} ms"
    return f"n={len(ms):3d}  {figures}"


async def measure(url: str, rounds: int, pause: float) -> dict[str, list[float]]:
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    api = tg.FakeBotAPI()
    api.start()
    engine = fresh_engine(url)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        telegram_bot_token=SecretStr(api.token),
        telegram_base_url=api.base_url,
        rate_limit_per_hour=1000,
    )
    dialog = Dialog(engine=engine, classifier=ConcernClassifier.load(), settings=settings)
    seen: dict[str, list[float]] = {"command": [], "concern": [], "button": []}
    try:
        async with tg.polling(build_application(settings, dialog)):
            for i in range(rounds):
                before = len(api.sent("sendMessage"))
                pushed = time.monotonic()
                api.push(tg.text(CHAT, "/hilfe"))
                [*_, reply] = await api.wait_calls("sendMessage", before + 1)
                seen["command"].append(reply.at - pushed)
                await asyncio.sleep(pause)

                pushed = time.monotonic()
                api.push(tg.text(CHAT, CONCERNS[i % len(CONCERNS)]))
                [*_, question] = await api.wait_calls("sendMessage", before + 2)
                seen["concern"].append(question.at - pushed)
                await asyncio.sleep(pause)

                buttons = question.params.get("reply_markup", {}).get("inline_keyboard", [])
                data = buttons[0][0]["callback_data"] if buttons else None
                if data is None:  # asked where instead: no button to press this round
                    continue
                edits = len(api.sent("editMessageText"))
                pushed = time.monotonic()
                api.push(tg.callback(CHAT, tg.message_of(question), data))
                [*_, edit] = await api.wait_calls("editMessageText", edits + 1)
                seen["button"].append(edit.at - pushed)
                await asyncio.sleep(pause)
    finally:
        api.stop()
        engine.dispose()
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--pause", type=float, default=1.1)
    parser.add_argument("--postgres", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.postgres or f"sqlite:///{tmp}/latency.sqlite3"
        label = "PostgreSQL" if args.postgres else "SQLite (file)"
        seen = asyncio.run(measure(url, args.rounds, args.pause))
    print(f"{label}: one resident, update pushed -> first reply request at the Bot API")
    for kind, values in seen.items():
        print(f"  {kind:8s} {percentiles(values)}")
    print(f"  {'all':8s} {percentiles([v for vs in seen.values() for v in vs])}")


if __name__ == "__main__":
    main()
