"""Where the bot's CPU time goes: a summary of py-spy's collapsed stacks.

`python -m bench.load --profile DIR ...` runs each `serve` process under
`py-spy record --format raw` (all threads, on-CPU samples only). Each sample's
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
        ("threads (to_thread pool)", r"concurrent/futures|threading\.py"),
        ("json", r"/json/"),
    ]
]
OTHER = "other (stdlib, interpreter)"
_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>.*?)(:\d+)?\)$")


def component(frame: str) -> str | None:
    for name, pattern in COMPONENTS:
        if pattern.search(frame):
            return name
    return None


def summarise(path: Path) -> tuple[int, Counter[str], Counter[str], Counter[str]]:
    """Samples, samples per component, self samples per function, and inclusive
    samples of the entry points that matter (Dialog.handle, the HTTP handling)."""
    total = 0
    by_component: Counter[str] = Counter()
    by_function: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        owner = next((c for f in reversed(frames) if (c := component(f))), OTHER)
        by_component[owner] += n
        by_function[_short(frames[-1])] += n
        for name in {_short(f) for f in frames if _is_entry(f)}:
            inclusive[name] += n
    return total, by_component, by_function, inclusive


ENTRIES = re.compile(
    r"^(handle|_dispatch|classify|route_concern|forward|claim_update|lock_conversation|"
    r"process_update|on_update|deliver|send_message|commit|execute|flush|_post|post|"
    r"_handle_update|record|run_until_complete)\b"
)


def _is_entry(frame: str) -> bool:
    m = _FRAME.match(frame)
    return bool(m and ENTRIES.match(m["func"]) and "/site-packages/" not in m["file"])


def _short(frame: str) -> str:
    m = _FRAME.match(frame)
    if not m:
        return frame
    file = m["file"]
    for marker in ("site-packages/", "/work/main/", "/lib/python3"):
        if marker in file:
            file = file.split(marker, 1)[1]
    return f"{m['func']} ({file})"


def report(path: Path, cpu_ms_per_update: float | None = None, top: int = 15) -> str:
    total, by_component, by_function, inclusive = summarise(path)
    if not total:
        return f"{path}: no samples"
    lines = [f"{path.name}: {total} samples (on-CPU, all threads)"]
    lines.append("  share  ms/update  component")
    for name, n in by_component.most_common():
        per = f"{n / total * cpu_ms_per_update:9.2f}" if cpu_ms_per_update else "        -"
        lines.append(f"  {n / total:5.1%}  {per}  {name}")
    lines.append("  self time, top functions:")
    for name, n in by_function.most_common(top):
        lines.append(f"  {n / total:5.1%}  {name}")
    lines.append("  inclusive, own code's entry points:")
    for name, n in inclusive.most_common(top):
        lines.append(f"  {n / total:5.1%}  {name}")
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
