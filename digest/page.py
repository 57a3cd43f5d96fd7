"""The digest as a standalone HTML page (sent as a document, opened in any
browser, printable): everything the text digest says plus a chart of concerns
per topic over the last weeks and a map of the Quartiere coloured by count.

No external resources at all: CSS inline, charts and map inline SVG, no
JavaScript; a Content-Security-Policy forbids scripts and requests anyway.
Jinja2 autoescape is on: residents' text is always text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from digest.charts import topic_chart_svg
from digest.model import Digest
from digest.render import number, period_label, scope_line
from digest.texts import WEEKDAYS, T, day_label, short_day
from digest.textutil import shorten
from digest.zurich_map import COLOURS, ColourClass, MapRow, geometry, legend, map_rows, map_svg

ZURICH = ZoneInfo("Europe/Zurich")


def local_time(moment: datetime) -> str:
    """Like "10.3.2026, 07:30" (the digest texts' day format)."""
    local = moment.astimezone(ZURICH)
    return f"{local.day}.{local.month}.{local.year}, {local:%H:%M}"


def short_time(moment: datetime) -> str:
    """When a concern arrived, like "Mo 30.11., 14:05"."""
    local = moment.astimezone(ZURICH)
    return f"{WEEKDAYS[local.weekday()][:2]} {local.day}.{local.month}., {local:%H:%M}"


@dataclass(frozen=True, slots=True)
class MapView:
    svg: Markup
    rows: list[MapRow]
    legend: list[ColourClass]
    colours: tuple[str, ...]
    attribution: str
    total: int


def map_view(digest: Digest) -> MapView:
    counts = {q.name: q.count for q in digest.quartier_counts}
    per_kreis_in_quartiere: dict[int, int] = {}
    for q in digest.quartier_counts:
        per_kreis_in_quartiere[q.kreis] = per_kreis_in_quartiere.get(q.kreis, 0) + q.count
    kreis_only = {
        k.kreis: k.count - per_kreis_in_quartiere.get(k.kreis, 0)
        for k in digest.kreis_counts
        if k.count > per_kreis_in_quartiere.get(k.kreis, 0)
    }
    kreise = digest.kreise if digest.is_coordination and digest.kreise else None
    area = f"Kreise {', '.join(map(str, kreise))}" if kreise else "ganze Stadt"
    title = f"Neue Anliegen pro Quartier ({area})"
    return MapView(
        svg=map_svg(counts, kreise=kreise, title=title),
        rows=map_rows(counts, kreis_only, kreise),
        legend=legend(counts),
        colours=COLOURS,
        attribution=geometry().attribution,
        total=sum(k.count for k in digest.kreis_counts),
    )


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("digest", "templates"),
        autoescape=select_autoescape(["html", "html.j2"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        day=day_label,
        local_time=local_time,
        short_time=short_time,
        short_day=short_day,
        num=number,
        short=shorten,
    )
    env.globals["T"] = T
    return env


def render_html(digest: Digest) -> str:
    """The standalone page of one digest."""
    template = _environment().get_template("page.html.j2")
    return template.render(
        d=digest,
        title=T["title_weekly"] if digest.weekly else T["title_daily"],
        scope_line=scope_line(digest),
        period=period_label(digest),
        chart=topic_chart_svg(digest.weeks, digest.topic_weeks),
        map=map_view(digest),
    )
