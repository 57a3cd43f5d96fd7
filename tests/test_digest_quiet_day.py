"""A quiet day's digest (new-user trial i, 2026-12-07): "Keine neuen Anliegen und
nichts überfällig." was followed by four lines "0 (noch kein Vergleich)". On a day
without concerns, a zero without a usual is left out, in the text, the Telegram
messages and the page. Made-up data (tests/digest_page_sample.py)."""

from __future__ import annotations

from dataclasses import replace

from digest import render_html, render_telegram, render_text
from digest.model import Digest, Figure
from digest.texts import T
from tests.digest_page_sample import sample_digest

KEYS = ("new", "urgent", "open", "rerouted")


def quiet(open_now: int = 0, average: float | None = None) -> Digest:
    d = sample_digest()
    figures = tuple(
        Figure(k, k.title(), open_now if k == "open" else 0, average, False) for k in KEYS
    )
    return replace(
        d,
        figures=figures,
        urgent=(),
        by_topic=(),
        by_area=(),
        unknown_kreis=(),
        unknown_open=0,
        clusters=(),
        trends=(),
        overdue=(),
        withdrawn=(),
        rerouted=(),
    )


def rendered(d: Digest) -> list[str]:
    return [render_text(d), "".join(render_telegram(d)), render_html(d)]


def test_a_quiet_day_has_no_zero_lines_without_a_comparison() -> None:
    for page in rendered(quiet()):
        assert T["empty"] in page
        assert T["usual_none"] not in page
        assert T["figures"] not in page
        assert T["usual_missing"] not in page


def test_a_quiet_day_keeps_what_is_still_open_and_zeros_with_a_usual() -> None:
    for page in rendered(quiet(open_now=3)):
        assert "Open" in page
        assert "New" not in page
    for page in rendered(quiet(average=2.5)):
        assert "New" in page  # "0 (üblich 2.5)": quieter than usual


def test_a_busy_day_shows_every_figure() -> None:
    d = sample_digest()
    for page in rendered(d):
        assert all(f.label in page for f in d.figures)
