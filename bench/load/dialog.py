"""The dialog's transaction alone: CPU, statements and transactions per update.

Drives `Dialog.handle` in this process (no Telegram, no HTTP, no threads) with
the load bench's residents (bench/load/resident.py: a concern of the held-out
corpus, the place when asked, "Ja, weiterleiten"), replies queued in the outbox
as `serve` queues them (bot.telegram.replies.OutboxReplies). Prints CPU ms per
update (process time inside `Dialog.handle` only: the simulated resident's
reading of the replies is not counted), SQL statements and transactions per
update, and with --profile the top functions (cProfile) of the handling.
--record writes every update's replies (JSON lines) to compare two versions.

    PYTHONPATH=. .venv/bin/python -m bench.load.dialog --db sqlite --conversations 200
    PYTHONPATH=. .venv/bin/python -m bench.load.dialog --db postgres --pg-name helper_p_load
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text

from bench.load.resident import Done, Press, Say, Wait, load_concerns, react
from bot.dialog import Dialog
from bot.messages import Incoming, Reply
from bot.settings import Settings
from bot.telegram.replies import OutboxReplies
from nlp.classifier import ConcernClassifier
from store.db import make_engine, upgrade

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def fresh_url(db: str, pg_name: str, workdir: Path) -> str:
    if db == "sqlite":
        return f"sqlite:///{workdir / 'dialog.sqlite3'}"
    admin = make_engine(PG_ADMIN).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{pg_name}"'))
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + pg_name


def as_message(reply: Reply) -> dict[str, Any]:
    """A reply as Telegram shows it to the resident (text and buttons)."""
    markup: dict[str, Any] = {}
    if reply.buttons:
        markup["inline_keyboard"] = [
            [{"text": b.label, "callback_data": b.data} for b in row] for row in reply.buttons
        ]
    if reply.request_location:
        markup["keyboard"] = [[{"text": "Standort", "request_location": True}]]
    return {"text": reply.text, "reply_markup": markup}


class Counts:
    """Statements and commits; with `kinds` each statement's shape too (that parsing
    runs inside `handle`, so it is done only when asked for)."""

    def __init__(self, engine: Engine, kinds: bool = False) -> None:
        self.statements = 0
        self.commits = 0
        self.kinds: Counter[str] = Counter()
        self.by_kind = kinds
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def _statement(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        self.statements += 1
        if self.by_kind:
            self.kinds[shape(statement)] += 1

    def _commit(self, *_: Any) -> None:
        self.commits += 1


def shape(statement: str) -> str:
    """A statement's kind and table ("SELECT conversation FOR UPDATE"), no values."""
    words = statement.split()
    if not words:
        return "?"
    verb = words[0].upper()
    upper = [w.upper() for w in words]
    if verb == "WITH":  # a data-modifying WITH: its statements in order
        inner = [w for w in ("INSERT", "UPDATE", "DELETE") if f"({w} " in statement.upper()]
        return "WITH " + "+".join(inner)
    table = ""
    for marker in ("UPDATE", "INTO", "FROM"):
        if marker in upper:
            at = upper.index(marker)
            if at + 1 < len(words):
                table = words[at + 1].strip('"(')
                break
    tail = " FOR UPDATE" if "FOR UPDATE" in statement.upper() else ""
    if verb == "UPDATE" and "SET" in upper:
        cols = statement.split(" SET ", 1)[1].split(" WHERE ", 1)[0]
        tail = " SET " + ",".join(c.split("=")[0].strip() for c in cols.split(","))
    return f"{verb} {table}{tail}".strip()


def drive(
    dialog: Dialog,
    conversations: int,
    seed: int,
    handle: Callable[[Incoming], list[Reply]],
    first_chat: int = 10_000,
    first_update: int | None = None,
) -> int:
    """Whole conversations, residents taking turns (as many at once as `conversations`),
    in chats `first_chat`, `first_chat` + 1, ... with update ids from `first_update`
    (default 100 * `first_chat`; two drives on one database need update ids apart: a
    repeated update id is a repeat delivery, handled as nothing)."""
    rng = random.Random(seed)
    corpus = load_concerns()
    update_id = 100 * first_chat if first_update is None else first_update
    pending: list[tuple[int, Any, Incoming]] = []
    for n in range(conversations):
        concern = rng.choice(corpus)
        update_id += 1
        pending.append(
            (
                n,
                concern,
                Incoming(
                    "telegram",
                    str(first_chat + n),
                    "text",
                    str(first_chat + n),
                    text=concern.text,
                    update_id=update_id,
                ),
            )
        )
    handled = 0
    while pending:
        later = []
        for n, concern, msg in pending:
            replies = handle(msg)
            handled += 1
            step = react([as_message(r) for r in replies], concern, rng)
            if isinstance(step, Done | Wait) or handled > conversations * 8:
                continue
            update_id += 1
            chat = str(first_chat + n)
            if isinstance(step, Press):
                nxt = Incoming(
                    "telegram", chat, "callback", chat, data=step.data, update_id=update_id
                )
            else:
                assert isinstance(step, Say)
                nxt = Incoming("telegram", chat, "text", chat, text=step.text, update_id=update_id)
            later.append((n, concern, nxt))
        pending = later
    return handled


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(
        prog="python -m bench.load.dialog", description=__doc__.split("\n")[0]
    )
    p.add_argument("--db", default="sqlite", choices=["sqlite", "postgres"])
    p.add_argument("--pg-name", default="bench_dialog", help="own PostgreSQL db, recreated")
    p.add_argument("--conversations", type=int, default=200)
    p.add_argument("--warmup", type=int, default=20, help="conversations before measuring")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="conversations per chat, one after the other (as the load bench's "
        "residents: from the second on, a resident who has filed before)",
    )
    p.add_argument("--profile", action="store_true", help="cProfile the measured part")
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--statements", action="store_true", help="statements per update by kind")
    p.add_argument("--record", help="write each update's replies here (JSON lines)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = fresh_url(args.db, args.pg_name, Path(tmp))
        engine = make_engine(url)
        upgrade(engine)
        settings = Settings(_env_file=None, database_url=url, rate_limit_per_hour=100_000)  # type: ignore[call-arg]
        dialog = Dialog(engine=engine, classifier=ConcernClassifier.load(), settings=settings)

        def handle(msg: Incoming) -> list[Reply]:
            return dialog.handle(
                msg, OutboxReplies(msg.chat_id, 1 if msg.kind == "callback" else None)
            )

        drive(dialog, args.warmup, args.seed + 1, handle, first_chat=900_000)
        counts = Counts(engine, kinds=args.statements)
        prof = cProfile.Profile(time.process_time) if args.profile else None
        spent = [0.0, 0.0]  # CPU and wall inside handle
        record = [] if args.record else None

        def timed(msg: Incoming) -> list[Reply]:
            if prof is not None:
                prof.enable()
            cpu, wall = time.process_time(), time.perf_counter()
            replies = handle(msg)
            spent[0] += time.process_time() - cpu
            spent[1] += time.perf_counter() - wall
            if prof is not None:
                prof.disable()
            if record is not None:
                record.append([msg.chat_id, msg.text, msg.data, [as_message(r) for r in replies]])
            return replies

        n = sum(
            drive(
                dialog,
                args.conversations,
                args.seed + 1000 * k,
                timed,
                first_update=1_000_000 + 100_000 * k,
            )
            for k in range(args.rounds)
        )
        cpu, wall = spent
        if args.record:
            with open(args.record, "w", encoding="utf-8") as f:
                for row in record or []:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(
            f"{args.db}: {n} updates, {cpu * 1000 / n:.2f} ms CPU/update, "
            f"{wall * 1000 / n:.2f} ms wall, {counts.statements / n:.2f} statements/update, "
            f"{counts.commits / n:.2f} commits/update"
        )
        if args.statements:
            for kind, count in counts.kinds.most_common():
                print(f"  {count / n:6.2f}  {kind}")
        if prof is not None:
            stats = pstats.Stats(prof)
            stats.sort_stats("cumulative").print_stats(args.top)
            stats.sort_stats("tottime").print_stats(args.top)
        engine.dispose()


if __name__ == "__main__":
    main()
