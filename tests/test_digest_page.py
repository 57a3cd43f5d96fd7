"""The digest page (digest.page.render_html): escaping, no external
resources, the map and the chart as data, the golden file, and the page
opened in headless Chromium (Debian's chromium package, driven by Playwright
through `executable_path`: no browser is ever downloaded)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from digest import build_digest, daily_period, render_html
from digest.charts import topic_chart_svg
from digest.model import Digest
from digest.texts import T
from digest.zurich_map import class_of, colour_classes, geometry, map_svg
from nlp.routing import RoutingTable
from store.db import session_scope
from tests.digest_factories import DIGEST_DAY, NOW, fill_scenario
from tests.digest_page_sample import HOSTILE, sample_digest

GOLDEN_DIR = Path(__file__).parent / "golden" / "digest"
GOLDEN = GOLDEN_DIR / "sample.page.html"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

REGION = re.compile(
    r'<path class="region (c\d)( outside)?" data-quartier="([^"]+)" data-count="(\d+)"'
)


def test_resident_text_is_escaped_everywhere() -> None:
    page = render_html(sample_digest())
    assert "<script>window" not in page
    assert "<img src=x" not in page
    assert "<b>fett</b>" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;b&gt;fett&lt;/b&gt; &amp; " in page
    assert "&amp;amp; &amp;lt;i&amp;gt;" in page  # entities typed by the resident stay text
    assert "🗑️🔥" in page


def test_no_external_resources_and_no_script() -> None:
    page = render_html(sample_digest())
    assert "<script" not in page.lower()
    assert "<link" not in page.lower()
    assert not re.search(r"<[^>]*\b(src|href)=", page)
    assert "url(" not in page
    assert "@import" not in page
    # The only URL is the SVG namespace, which is a name, not a request.
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) == {"http://www.w3.org/2000/svg"}
    assert "default-src 'none'" in page


def test_page_has_every_section_in_german() -> None:
    page = render_html(sample_digest())
    for heading in (
        T["figures"],
        T["urgent"],
        T["new_by_topic"],
        T["new_by_area"],
        T["unknown_kreis"],
        T["clusters"],
        T["trends"],
        T["overdue"],
        "Anliegen pro Thema, letzte 8 Wochen",
        "Karte: neue Anliegen pro Quartier",
    ):
        assert heading in page
    assert page.count(T["more_than_usual"]) == 1  # one figure stands out
    assert "ß" not in page
    assert page.index("ZH-2026-04121") < page.index('id="h-new"')  # urgent first
    assert "5 Meldungen: Abfallkübel am Helvetiaplatz übervoll" in page
    assert "Statistik Stadt Zürich" in page  # the map's attribution


def test_department_page_has_no_kreis_unbekannt_and_the_whole_city() -> None:
    digest = replace(sample_digest(), kind="department", kreise=(), unknown_kreis=())
    page = render_html(digest)
    assert T["unknown_kreis"] not in page
    assert " outside" not in page
    assert "ganze Stadt" in page


def test_weekly_page_and_deleted_text() -> None:
    d = sample_digest()
    gone = replace(d.urgent[0], text="")
    page = render_html(replace(d, weekly=True, urgent=(gone,)))
    assert f"<title>{T['title_weekly']}: " in page
    assert f"<em>{T['no_text']}</em>" in page


def test_empty_digest_still_renders() -> None:
    d = sample_digest()
    empty = replace(
        d,
        urgent=(),
        by_topic=(),
        by_area=(),
        unknown_kreis=(),
        clusters=(),
        trends=(),
        overdue=(),
        topic_weeks=(),
        quartier_counts=(),
        kreis_counts=(),
    )
    page = render_html(empty)
    assert T["empty"] in page
    assert "Keine Anliegen in diesen Wochen" in page
    assert len(REGION.findall(page)) == 34


def test_colour_classes_cover_every_count_once() -> None:
    assert [c.label for c in colour_classes(0)] == ["keine", "1"]
    assert [c.label for c in colour_classes(3)] == ["keine", "1", "2", "3"]
    assert [c.label for c in colour_classes(100)] == ["keine", "1–3", "4–10", "11–32", "33–100"]
    for top in (5, 7, 12, 40, 999):
        classes = colour_classes(top)
        assert 2 <= len(classes) <= 5
        indexes = [class_of(n, classes) for n in range(top + 1)]
        assert indexes[0] == 0 and indexes[-1] == len(classes) - 1
        assert indexes == sorted(indexes)  # more concerns, never a lighter colour
        assert set(indexes) == set(range(len(classes)))


def test_map_has_every_quartier_with_its_count_class() -> None:
    counts = {"Langstrasse": 9, "Hard": 1, "Oerlikon": 30}
    svg = str(map_svg(counts, kreise=(3, 4, 5)))
    regions = {name: (cls, bool(out), int(n)) for cls, out, name, n in REGION.findall(svg)}
    assert set(regions) == {q.name for q in geometry().quartiere}
    assert len(regions) == 34
    classes = colour_classes(30)
    assert regions["Langstrasse"] == (f"c{class_of(9, classes)}", False, 9)
    assert regions["Oerlikon"] == (f"c{len(classes) - 1}", False, 30)  # outside, but has some
    assert regions["Höngg"] == ("c0", True, 0)  # outside the office's Kreise
    assert regions["Sihlfeld"] == ("c0", False, 0)
    assert "<title>Langstrasse (Kreis 4): 9 Anliegen</title>" in svg
    assert svg.count('class="kreis"') == 12
    width, height = map(float, re.findall(r'viewBox="0 0 (\d+) (\d+)"', svg)[0])
    assert width == 640 and 600 < height < 760  # Zürich is about as tall as wide


def test_chart_rows_and_values_are_text() -> None:
    d = sample_digest()
    svg = str(topic_chart_svg(d.weeks, d.topic_weeks))
    assert svg.count('<g class="row"') == len(d.topic_weeks)
    rows = re.findall(r'data-topic="(\w+)"', svg)
    assert rows[0] == "abfall"  # most concerns first
    assert ">78</text>" in svg  # the sum over the weeks
    assert "Abfall und Sauberkeit, 23.11.–29.11.: 18 Anliegen" in svg
    assert svg.count('class="bar last"') == len(d.topic_weeks)


def compare_golden(request: pytest.FixtureRequest, path: Path, page: str) -> None:
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run pytest --update-golden"
    assert page == path.read_text(encoding="utf-8"), f"{path.name}: rerun with --update-golden"


def test_golden_page(request: pytest.FixtureRequest) -> None:
    compare_golden(request, GOLDEN, render_html(sample_digest()))


SCENARIO_OFFICES = ("qk_kreise_3_4_5", "erz")


@pytest.fixture
def built(engine: Engine, routing: RoutingTable) -> dict[str, Digest]:
    """The digests of the digest tests' fixed store (tests/digest_factories.py)."""
    with session_scope(engine) as s:
        fill_scenario(s, routing)
    with session_scope(engine) as s:
        return {
            office: build_digest(s, routing, office, *daily_period(DIGEST_DAY), now=NOW)
            for office in SCENARIO_OFFICES
        }


def test_golden_pages_of_the_fixed_store(
    request: pytest.FixtureRequest, built: dict[str, Digest]
) -> None:
    for office, digest in built.items():
        page = render_html(digest)
        compare_golden(request, GOLDEN_DIR / f"{office}-daily.page.html", page)
        # the map's counts are the digest's, Quartier by Quartier
        shown = {name: int(n) for _, _, name, n in REGION.findall(page)}
        assert shown == {q.name: q.count for q in digest.quartier_counts}


# --- in headless Chromium --------------------------------------------------

needs_chromium = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None,
    reason=f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium; CI does)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright  # a dev dependency: never skipped

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield browser
        browser.close()


def open_page(browser: Any, path: Path, html: str) -> Any:
    """The page loaded in Chromium, checked for console errors, failed
    requests and any request besides the page itself; the chart and the map
    visible with a real size."""
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("requestfailed", lambda r: problems.append(f"failed {r.url}"))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri(), wait_until="load")

    assert problems == []
    assert requests == [path.as_uri()]  # nothing but the page itself
    for selector in ("svg.chart", "svg.map"):
        svg = page.locator(selector)
        assert svg.is_visible()
        box = svg.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 60
    return page


@needs_chromium
def test_page_in_chromium(browser: Any, tmp_path: Path) -> None:
    page = open_page(browser, tmp_path / "digest.html", render_html(sample_digest()))

    regions = page.locator("svg.map path.region")
    assert regions.count() == 34
    shown = regions.evaluate_all(
        "els => els.map(e => [e.dataset.quartier, e.getAttribute('class'),"
        " getComputedStyle(e).fill, e.getBBox().width])"
    )
    by_name = {name: (cls, fill, w) for name, cls, fill, w in shown}
    assert all(w > 0 for _, _, w in by_name.values())
    # Langstrasse 4 (the most), Hard 1, Sihlfeld 1, Werd 0; Höngg lies outside Kreise 3-5.
    assert by_name["Langstrasse"][:2] == ("region c4", "rgb(8, 48, 107)")
    assert by_name["Hard"][:2] == ("region c1", "rgb(198, 219, 239)")
    assert by_name["Sihlfeld"][0] == "region c1"
    assert by_name["Werd"][0] == "region c0"
    assert by_name["Höngg"][0] == "region c0 outside"
    assert page.locator("svg.chart g.row").count() == 6

    # The hostile text is shown as text and ran nothing.
    assert page.evaluate("window.__pwned") is None
    assert page.locator("script, img, b").count() == 0
    texts = page.locator("li.item p.text").all_inner_texts()
    assert HOSTILE.replace("  ", " ") in texts

    # Long words wrap: nothing wider than the window, on a phone either.
    for width in (1000, 360):
        page.set_viewport_size({"width": width, "height": 800})
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.emulate_media(media="print")  # A4 with margins is about 700 CSS pixels wide
    page.set_viewport_size({"width": 700, "height": 1000})
    assert page.locator("svg.map").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 700
    page.close()


@needs_chromium
def test_built_pages_in_chromium(browser: Any, built: dict[str, Digest], tmp_path: Path) -> None:
    """The fixed store's digests as built: the map shows each Quartier's count."""
    for office, digest in built.items():
        page = open_page(browser, tmp_path / f"{office}.html", render_html(digest))
        shown = page.locator("svg.map path.region").evaluate_all(
            "els => els.map(e => [e.dataset.quartier, Number(e.dataset.count)])"
        )
        assert dict(shown) == {q.name: q.count for q in digest.quartier_counts}
        rows = page.locator("svg.chart g.row").count()
        assert rows == len(digest.topic_weeks) and rows > 0
        page.close()
