"""The load bench (bench/load) itself, so it does not rot: its quick mode
drives the real `quartierbot serve` (webhook, SQLite) with a few residents
against the emulated Bot API, and every conversation comes to its end."""

from __future__ import annotations

from bench.load.__main__ import main


async def test_quick_run_completes_every_conversation_once() -> None:
    [result] = await main(["--quick", "--residents", "4", "--duration", "3"])
    assert result["conversations"] >= 4
    assert result["completed"] == result["conversations"], result["stuck"]
    assert result["forwarded"] >= 1
    assert result["unanswered"] == 0
    assert result["duplicates"] == 0
    assert result["callbacks_late"] == result["callbacks_never"] == 0
    assert result["answered"] == result["updates"] > 0
    assert 0 < result["p50_ms"] <= result["p99_ms"] < 60_000
    assert result["bot_cpu_s"] > 0 and result["peak_rss_mb"][0] > 50
    assert result["exit_codes"] == [0]
    assert result["log"]["Traceback"] == 0
