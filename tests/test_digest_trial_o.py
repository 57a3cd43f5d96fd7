"""New-user trial o, finding 8: the digest repeated the phone number and e-mail
address a resident wrote for a callback ("meine Nummer ist 079 123 45 67"). The
card and /zeige keep them (the office calls back); the digest, a page passed on
and kept, shows placeholders (digest/load.py, store.corrections.scrub)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from digest import build_digest, render_telegram, render_text
from digest.page import render_html
from nlp.routing import RoutingTable
from store.db import session_scope
from tests.digest_factories import add_concern, zurich

TEXT = (
    "Ich heisse Anna Muster, meine Nummer ist 079 123 45 67, anna.muster@example.ch. "
    "Beim Schulhaus Kern liegt seit drei Tagen ein Haufen Sperrmüll"
)


def test_the_digest_shows_no_phone_number_or_email(engine: Engine, routing: RoutingTable) -> None:
    at = zurich(2026, 3, 9, 9)
    with session_scope(engine) as s:
        concern = add_concern(
            s, routing, text=TEXT, topic="abfall", at=at, kreis=4, quartier="Langstrasse",
            place_text="Schulhaus Kern",
        )  # fmt: skip
        d = build_digest(s, routing, "erz", at.date(), at.date() + timedelta(days=1), now=at)
        assert concern.text == TEXT  # the concern itself keeps them
    for rendered in (render_text(d), "\n".join(render_telegram(d)), render_html(d)):
        assert concern.reference in rendered
        assert "Sperrmüll" in rendered
        assert "079 123 45 67" not in rendered and "anna.muster@example.ch" not in rendered
