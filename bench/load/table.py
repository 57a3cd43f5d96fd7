"""The figures of `python -m bench.load --json FILE` as a Markdown table.

python -m bench.load.table FILE.jsonl [FILE.jsonl ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HEAD = (
    "| database | replicas | residents | limits | updates | updates/s | p50 ms | p95 ms | p99 ms "
    "| conversations completed | callbacks late | duplicates | unanswered | 429s | bot CPU s "
    "| CPU ms/update | PG xacts/update | peak RSS MB | load avg |"
)


def line(r: dict[str, Any]) -> str:
    cells = [
        "PostgreSQL" if r["db"] == "postgres" else "SQLite",
        r["replicas"],
        f"{r['residents']} (think {t:g} s)" if (t := r.get("think_s")) else r["residents"],
        "yes" if r["limits"] else "no",
        r["answered"],
        f"{r['updates_per_s']:.1f}",
        f"{r['p50_ms']:.0f}",
        f"{r['p95_ms']:.0f}",
        f"{r['p99_ms']:.0f}",
        f"{r['completed']}/{r['conversations']}",
        f"{r['callbacks_late']}/{r['callbacks']}",
        r["duplicates"],
        r["unanswered"],
        r["http_429"],
        f"{r['bot_cpu_s']:.1f}",
        f"{r['cpu_ms_per_update']:.1f}",
        f"{x:.1f}" if (x := r.get("pg_xacts_per_update")) is not None else "",
        "+".join(str(x) for x in r["peak_rss_mb"]),
        f"{r['load_before'][0]:.1f}→{r['load_after'][0]:.1f}",
    ]
    return "| " + " | ".join(str(c) for c in cells) + " |"


def main(argv: list[str] | None = None) -> None:
    print(HEAD)
    print("|" + "---|" * (HEAD.count("|") - 1))
    for name in argv if argv is not None else sys.argv[1:]:
        for raw in Path(name).read_text(encoding="utf-8").splitlines():
            if raw.strip():
                print(line(json.loads(raw)))


if __name__ == "__main__":
    main()
