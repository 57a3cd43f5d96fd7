"""The daily digest (issue 8): what each coordination office and department
reads at the start of the working day.

- `build_digest(session, routing, office, start, end, *, now=None)` gathers it
  from the store (digest.build; periods from digest.period); `build_all(session,
  routing, start, end, *, now=None)` builds every office's digest from one load;
- `render_text(digest)` and `render_telegram(digest)` format it (digest.render);
- `render_html(digest)` is the standalone page (digest.page), imported when used.
"""

from __future__ import annotations

from digest.build import build_all, build_digest
from digest.model import Digest
from digest.period import daily_period, weekly_period
from digest.render import render_telegram, render_text


def render_html(digest: Digest) -> str:
    """The standalone HTML page with charts and map (digest.page)."""
    from digest import page

    return page.render_html(digest)


__all__ = [
    "Digest",
    "build_all",
    "build_digest",
    "daily_period",
    "render_html",
    "render_telegram",
    "render_text",
    "weekly_period",
]
