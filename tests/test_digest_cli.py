"""`quartierbot digest`: formats, file output, errors, and no language model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from nlp.routing import RoutingTable
from store.db import make_engine, session_scope, upgrade
from tests.digest_factories import fill_scenario

GOLDEN = Path(__file__).parent / "golden" / "digest"


@pytest.fixture
def db(tmp_path: Path, routing: RoutingTable) -> str:
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as s:
        fill_scenario(s, routing)
    engine.dispose()
    return url


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["digest", *args])
    return result.exit_code, result.output


def test_text_and_telegram_as_in_the_golden_files(db: str) -> None:
    base = ["--office", "qk_kreise_3_4_5", "--date", "2026-03-10", "--db", db]
    code, out = run(*base)
    assert code == 0, out
    golden = (GOLDEN / "qk_kreise_3_4_5-daily.txt").read_text(encoding="utf-8")
    # the same digest; only "now" differs, and the text does not show it
    assert out == golden
    code, out = run(*base, "--format", "telegram")
    assert code == 0 and out.startswith("<b>Tageszusammenfassung</b>")
    code, out = run(*base, "--weekly")
    assert code == 0 and out.startswith("Wochenzusammenfassung")


def test_out_file(db: str, tmp_path: Path) -> None:
    target = tmp_path / "d.txt"
    code, _ = run("--office", "erz", "--date", "2026-03-10", "--db", db, "--out", str(target))
    assert code == 0
    assert "Entsorgung + Recycling Zürich" in target.read_text(encoding="utf-8")


def test_html_page(db: str) -> None:
    code, out = run("--office", "erz", "--date", "2026-03-10", "--db", db, "--format", "html")
    if code == 1 and "not available" in out:
        pytest.skip("digest.page is not there yet")
    assert code == 0 and "<html" in out.lower()


def test_errors(db: str) -> None:
    code, out = run("--office", "nope", "--date", "2026-03-10", "--db", db)
    assert code == 2 and "unknown office" in out
    code, out = run("--office", "erz", "--date", "10.3.2026", "--db", db)
    assert code == 2 and "YYYY-MM-DD" in out
    code, _ = run("--office", "erz", "--format", "pdf", "--db", db)
    assert code == 2


def test_digest_does_not_load_the_model(db: str) -> None:
    code = (
        "import sys\n"
        "from bot.cli import app\n"
        f"app(['digest', '--office', 'qk_kreise_3_4_5', '--date', '2026-03-10', '--db', '{db}',"
        " '--format', 'telegram'], standalone_mode=False)\n"
        "assert 'spacy' not in sys.modules, 'spaCy was loaded'\n"
        "print('no spacy')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "no spacy" in done.stdout and "ZH-2026-000005" in done.stdout
