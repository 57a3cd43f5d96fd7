"""Write docs/digest-page.png: the digest page of a realistic day in headless
Chromium (Debian's chromium package, driven by Playwright through
`executable_path`; no browser download).

    .venv/bin/python docs/make_screenshot.py [--html FILE]

The digest is the fixed sample of the page's tests (tests/digest_page_sample.py,
without its injection attempt). `--html FILE` screenshots a page written by
`quartierbot digest --format html --out FILE` instead.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "digest-page.png"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="a page to screenshot instead of the sample")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=1000)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        path = args.html
        if path is None:
            sys.path.insert(0, str(ROOT))
            from digest import render_html
            from tests.digest_page_sample import sample_digest

            path = Path(tmp) / "digest.html"
            path.write_text(render_html(sample_digest(hostile=False)), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, headless=True)
            page = browser.new_page(viewport={"width": args.width, "height": 900})
            page.goto(path.resolve().as_uri(), wait_until="load")
            page.screenshot(path=str(OUT), full_page=True)
            browser.close()
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
