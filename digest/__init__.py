"""The daily digest (issue 8): what each coordination office and department
reads at the start of the working day. `build_digest` gathers it from the
store (digest.build), `render_text` / `render_telegram` format it
(digest.render); the standalone HTML page is digest.page."""

from __future__ import annotations

from digest.model import Digest
from digest.page import render_html

__all__ = ["Digest", "render_html"]
