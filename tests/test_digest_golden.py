"""Golden files: the text and Telegram digests of the fixed store
(tests/digest_factories.py) must read exactly as in tests/golden/digest/.
After an intended change: `pytest tests/test_digest_golden.py --update-golden`
rewrites them; review the diff before committing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from digest import build_digest, daily_period, render_telegram, render_text, weekly_period
from digest.model import Digest
from nlp.routing import RoutingTable
from store.db import session_scope
from tests.digest_factories import DIGEST_DAY, NOW, fill_scenario

GOLDEN = Path(__file__).parent / "golden" / "digest"
PART_BREAK = "\n\n===== next message =====\n\n"
CASES = [
    ("qk_kreise_3_4_5", False),
    ("erz", False),
    ("qk_unknown", False),
    ("gsz", False),  # empty
    ("qk_kreise_3_4_5", True),
]


@pytest.fixture
def digests(engine: Engine, routing: RoutingTable) -> dict[str, Digest]:
    with session_scope(engine) as s:
        fill_scenario(s, routing)
    result = {}
    with session_scope(engine) as s:
        for office, weekly in CASES:
            period = weekly_period(DIGEST_DAY) if weekly else daily_period(DIGEST_DAY)
            name = f"{office}-{'weekly' if weekly else 'daily'}"
            result[name] = build_digest(s, routing, office, *period, now=NOW)
    return result


def compare(request: pytest.FixtureRequest, name: str, actual: str) -> None:
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run pytest --update-golden"
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


@pytest.mark.parametrize("case", [f"{o}-{'weekly' if w else 'daily'}" for o, w in CASES])
def test_text_golden(request: pytest.FixtureRequest, digests: dict[str, Digest], case: str) -> None:
    compare(request, f"{case}.txt", render_text(digests[case]))


@pytest.mark.parametrize("case", [f"{o}-{'weekly' if w else 'daily'}" for o, w in CASES])
def test_telegram_golden(
    request: pytest.FixtureRequest, digests: dict[str, Digest], case: str
) -> None:
    compare(
        request, f"{case}.telegram.html", PART_BREAK.join(render_telegram(digests[case])) + "\n"
    )
