"""The chart of the digest page: concerns per topic over the last weeks, as
inline SVG small multiples (one row per topic, one bar per week, every value
also written as text and in each bar's <title>). Pure: no JavaScript."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from markupsafe import Markup, escape

from digest.model import TopicSeries

WIDTH = 640
LABEL_W = 250  # topic names
TOTAL_W = 48  # the sum over the weeks
HEAD_H = 34
ROW_H = 44
BAR_H = 27  # tallest bar
MAX_LABEL = 34  # characters of a topic name shown (the full name in <title>)


def week_label(start: date) -> str:
    return f"{start.day}.{start.month}."


def _short(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1].rstrip() + "…"


def _plural(n: int) -> str:
    return f"{n} Anliegen"


def topic_chart_svg(
    weeks: Sequence[date], series: Sequence[TopicSeries], *, title: str = ""
) -> Markup:
    """Rows of bars: a topic per row (most concerns first), a week per column,
    the last column the sum. Bars share one scale across all topics."""
    rows = sorted(series, key=lambda s: (-sum(s.counts), s.name))
    n_weeks = len(weeks)
    col_w = (WIDTH - LABEL_W - TOTAL_W) / max(n_weeks, 1)
    bar_w = min(26.0, col_w - 8)
    height = HEAD_H + ROW_H * max(len(rows), 1) + 4
    peak = max((c for s in rows for c in s.counts), default=0) or 1
    heading = title or "Anliegen pro Thema und Woche"
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{escape(heading)}</title>',
        '<g class="head">',
        f'<text class="col-head first" x="4" y="{HEAD_H - 12}">Woche ab</text>',
    ]
    for i, start in enumerate(weeks):
        x = LABEL_W + col_w * (i + 0.5)
        out.append(
            f'<text class="col-head" x="{x:.1f}" y="{HEAD_H - 12}">'
            f"{escape(week_label(start))}</text>"
        )
    out.append(
        f'<text class="col-head" x="{WIDTH - TOTAL_W / 2:.1f}" y="{HEAD_H - 12}">Total</text>'
    )
    out.append("</g>")
    if not rows:
        out.append(
            f'<text class="empty" x="{WIDTH / 2}" y="{HEAD_H + ROW_H / 2}">'
            "Keine Anliegen in diesen Wochen</text>"
        )
    for r, s in enumerate(rows):
        top = HEAD_H + ROW_H * r
        base = top + ROW_H - 6
        out.append(f'<g class="row" data-topic="{escape(s.topic)}">')
        out.append(
            f'<rect class="stripe{r % 2}" x="0" y="{top}" width="{WIDTH}" height="{ROW_H}"/>'
        )
        out.append(
            f'<text class="topic" x="4" y="{top + ROW_H / 2 + 4:.1f}">'
            f"<title>{escape(s.name)}</title>{escape(_short(s.name))}</text>"
        )
        for i, (start, n) in enumerate(zip(weeks, s.counts, strict=False)):
            cx = LABEL_W + col_w * (i + 0.5)
            h = BAR_H * n / peak if n else 0.0
            last = " last" if i == n_weeks - 1 else ""
            end = start + timedelta(days=6)
            tip = f"{s.name}, {week_label(start)}–{week_label(end)}: {_plural(n)}"
            out.append(
                f'<rect class="bar{last}" x="{cx - bar_w / 2:.1f}" y="{base - h:.1f}" '
                f'width="{bar_w:.1f}" height="{max(h, 0.0):.1f}">'
                f"<title>{escape(tip)}</title></rect>"
            )
            zero = " zero" if n == 0 else ""
            out.append(f'<text class="value{zero}" x="{cx:.1f}" y="{base - h - 3:.1f}">{n}</text>')
        out.append(
            f'<text class="total" x="{WIDTH - TOTAL_W / 2:.1f}" y="{top + ROW_H / 2 + 4:.1f}">'
            f"{sum(s.counts)}</text>"
        )
        out.append("</g>")
    out.append("</svg>")
    return Markup("".join(out))
