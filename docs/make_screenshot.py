"""Write docs/digest-page.png: a digest page of the demo month, in headless
Chromium (Debian's chromium package, driven by Playwright through
`executable_path`; no browser download).

    .venv/bin/python docs/make_screenshot.py [--office qk_kreise_3_4_5] [--date YYYY-MM-DD]

It runs the README's two commands on a temporary SQLite file,
`quartierbot demo-data` and `quartierbot digest --format html`, for the
latest working day (default), and screenshots the page. `--sample` takes the
fixed sample of the page's tests (tests/digest_page_sample.py) instead.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "digest-page.png"
QUARTIERBOT = str(Path(sys.executable).with_name("quartierbot"))


def latest_working_day() -> date:
    from digest.period import ZURICH, is_working_day

    day = datetime.now(ZURICH).date()
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def demo_page(folder: Path, office: str, day: date) -> Path:
    db = f"sqlite:///{folder / 'demo.db'}"
    page = folder / "digest.html"
    run = [QUARTIERBOT, "demo-data", "--days", "35", "--seed", "1", "--db", db]
    subprocess.run(run, check=True, capture_output=True)
    digest = [QUARTIERBOT, "digest", "--office", office, "--date", day.isoformat()]
    subprocess.run(
        [*digest, "--format", "html", "--out", str(page), "--db", db],
        check=True,
        capture_output=True,
    )
    return page


def sample_page(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from digest import render_html
    from tests.digest_page_sample import sample_digest

    page = folder / "digest.html"
    page.write_text(render_html(sample_digest(hostile=False)), encoding="utf-8")
    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--office", default="qk_kreise_3_4_5")
    parser.add_argument("--date", type=date.fromisoformat, help="default: latest working day")
    parser.add_argument("--sample", action="store_true", help="the tests' fixed sample digest")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=1000)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.sample:
            path = sample_page(folder)
        else:
            path = demo_page(folder, args.office, args.date or latest_working_day())
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, headless=True)
            page = browser.new_page(viewport={"width": args.width, "height": 900})
            page.goto(path.as_uri(), wait_until="load")
            page.screenshot(path=str(OUT), full_page=True)
            browser.close()
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
