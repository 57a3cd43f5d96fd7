"""Where the bot's CPU time goes: a summary of py-spy's collapsed stacks.

`python -m bench.load --profile DIR ...` attaches `py-spy record --format raw`
to each `serve` process for the measured part of the run (after start-up and
warm-up), sampling the thread that holds the GIL (`--gil`): the Python side's
CPU time, whichever thread runs it; C code that releases the GIL (SQLite's and
PostgreSQL's drivers waiting, numpy) and the kernel's share are not in it. Each sample's
time goes to the innermost frame that belongs to a known component (the
classifier, the database, PTB, the HTTP client, the webhook server, ...);
standard-library frames in between (re, json, copy, ...) count for the caller
that asked for them, unless nothing known is found.

    python -m bench.load.profile DIR/serve-0.txt [--cpu-ms-per-update 12.3]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

# (component, pattern on "function (file:line)"), first match wins per frame.
COMPONENTS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern))
    for name, pattern in [
        ("classifier: spaCy/thinc/numpy", r"/(spacy|thinc|numpy|srsly|cymem|preshed|blis)/"),
        ("classifier: TF-IDF/sklearn/scipy", r"/(sklearn|scipy|joblib)/"),
        ("places, urgent, text (nlp/)", r"/nlp/"),
        ("database: SQLAlchemy/sqlmodel", r"/(sqlalchemy|sqlmodel)/"),
        ("database: driver (psycopg/sqlite3)", r"/(psycopg|psycopg_pool|sqlite3)/"),
        ("store/ (own queries)", r"/store/"),
        ("dialog, staff, texts (bot/dialog, bot/staff)", r"/bot/(dialog|staff|texts|notices)"),
        ("Telegram side (bot/telegram)", r"/bot/telegram/"),
        ("bot/ other", r"/bot/"),
        ("PTB (telegram/)", r"/telegram/"),
        ("HTTP client (httpx/httpcore/h11/anyio)", r"/(httpx|httpcore|h11|anyio|certifi|idna)/"),
        ("webhook server (tornado/aiohttp)", r"/(tornado|aiohttp|multidict|yarl)/"),
        ("routing data (shapely/rapidfuzz)", r"/(shapely|rapidfuzz)/"),
        ("pydantic", r"/pydantic"),
        ("logging", r"/logging/"),
        ("asyncio event loop", r"/asyncio/|selectors\.py"),
        ("threads (to_thread pool)", r"concurrent/futures|/threading\.py"),
        ("imports (at run time)", r"<frozen importlib"),
        ("json", r"/json/"),
    ]
]
OTHER = "other (stdlib, interpreter)"
# Leaves where a thread waits (py-spy may still see it running, in the kernel):
# the event loop's epoll and an idle worker thread on its queue. Left out.
IDLE = re.compile(
    r"^(\w+Selector\.select|_worker|Condition\.wait|Event\.wait|Queue\.get) "
    r"\(.*(selectors|concurrent/futures/thread|threading|queue)\.py"
)
_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>.*?)(:\d+)?\)$")


def component(frame: str) -> str | None:
    for name, pattern in COMPONENTS:
        if pattern.search(frame):
            return name
    return None


# What a worker thread runs for the event loop's side (webhook, dispatcher,
# outbox), by the function handed to it; the rest of the worker threads' time
# is the dialog (Dialog.handle) or other jobs (digests, maintenance).
LOOP_SIDE_JOBS = {
    "OutboxSender._claim",
    "OutboxSender._keep_rest",
    "OutboxSender._release",
    "Dispatcher._claim",
    "Dispatcher._settle",
    "Recorder._commit",
    "Pacing._take_slot",
    "record_new",
    "renew",
    "get_env_proxy_for_url",
    "ClientSession._get_netrc_auth",
}


def side(frames: list[str]) -> str:
    """Which side of the process a sample is on: the event loop's thread, a
    worker thread's job for the loop side (by LOOP_SIDE_JOBS), the dialog, or
    another worker job."""
    for i, frame in enumerate(frames):
        if frame.startswith("_WorkItem.run") and i + 1 < len(frames):
            job = frames[i + 1].split(" (")[0]
            if job in LOOP_SIDE_JOBS:
                return f"loop side, in a worker thread: {job}"
            return "the dialog (Dialog.handle)" if job == "Dialog.handle" else "other worker jobs"
    if any("/threading.py" in f for f in frames):
        return "other worker jobs"
    return "loop side: the event loop's thread"


def summarise(path: Path) -> tuple[int, int, Counter[str], Counter[str], Counter[str]]:
    """Samples, idle samples left out, samples per component, self samples per
    function, and inclusive samples per module of the project's own code
    (with the samples per side, `side`, under "side: ...")."""
    total = idle = 0
    by_component: Counter[str] = Counter()
    by_function: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(";")
        if IDLE.match(frames[-1]):
            idle += n
            continue
        total += n
        owner = next((c for f in reversed(frames) if (c := component(f))), OTHER)
        by_component[owner] += n
        by_function[_short(frames[-1])] += n
        for name in {module for f in frames if (module := _own_module(f))}:
            inclusive[name] += n
        inclusive["side: " + side(frames)] += n
    return total, idle, by_component, by_function, inclusive


OWN = re.compile(r"/((bot|store|nlp|digest)/[\w/]+\.py)")


def _own_module(frame: str) -> str | None:
    """The project's module of a frame (bot/telegram/outbox.py), else None."""
    m = _FRAME.match(frame)
    if not m or "/site-packages/" in m["file"]:
        return None
    own = OWN.search(m["file"])
    return own[1] if own else None


def _short(frame: str) -> str:
    m = _FRAME.match(frame)
    if not m:
        return frame
    file = m["file"]
    if "site-packages/" in file:
        file = file.split("site-packages/", 1)[1]
    elif re.search(r"/lib/python3[.0-9]*/", file):
        file = re.split(r"/lib/python3[.0-9]*/", file, maxsplit=1)[1]
    else:
        file = "/".join(file.split("/")[-3:])
    return f"{m['func']} ({file})"


def report(path: Path, cpu_ms_per_update: float | None = None, top: int = 15) -> str:
    total, idle, by_component, by_function, inclusive = summarise(path)
    if not total:
        return f"{path}: no samples"
    lines = [f"{path}: {total} samples at 100/s of the GIL holder ({idle} in waits left out)"]
    lines.append("  share  ms/update  component")
    for name, n in by_component.most_common():
        per = f"{n / total * cpu_ms_per_update:9.2f}" if cpu_ms_per_update else "        -"
        lines.append(f"  {n / total:5.1%}  {per}  {name}")
    lines.append("  self time, top functions:")
    for name, n in by_function.most_common(top):
        lines.append(f"  {n / total:5.1%}  {name}")
    sides = Counter({k[6:]: n for k, n in inclusive.items() if k.startswith("side: ")})
    modules = Counter({k: n for k, n in inclusive.items() if not k.startswith("side: ")})
    lines.append("  inclusive, the project's modules (share, ms/update):")
    for name, n in modules.most_common(top):
        per = f"{n / total * cpu_ms_per_update:6.2f}" if cpu_ms_per_update else "     -"
        lines.append(f"  {n / total:5.1%} {per}  {name}")
    loop = sum(n for name, n in sides.items() if name.startswith("loop side"))
    lines.append(f"  by side (share, ms/update); the loop side in all: {loop / total:.1%}")
    for name, n in sides.most_common():
        per = f"{n / total * cpu_ms_per_update:6.2f}" if cpu_ms_per_update else "     -"
        lines.append(f"  {n / total:5.1%} {per}  {name}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.load.profile")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--cpu-ms-per-update", type=float)
    p.add_argument("--top", type=int, default=15)
    args = p.parse_args(argv)
    for path in args.files:
        print(report(path, args.cpu_ms_per_update, args.top))


if __name__ == "__main__":
    main()
