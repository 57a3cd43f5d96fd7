"""New-user trial m, finding 13: the coordinator's digest said "2 Meldungen: Der
Abfallkübel am Idaplatz ist übervoll" under three bin reports at the Idaplatz (the
Italian one shares no key word with the German ones), and a fire that went out at
once, as emergencies do, read "ohne Bestätigung der Person", as if the resident
had failed to confirm."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from bot.dialog import Dialog
from digest import build_digest, render_telegram, render_text
from digest.model import Digest
from digest.page import render_html
from digest.period import local_date
from digest.texts import T
from nlp.routing import RoutingTable
from store.db import session_scope
from tests.digest_factories import add_concern, zurich
from tests.staff_helpers import file_concern

OFFICE = "qk_kreise_3_4_5"
BINS = [
    ("301", "Der Abfallkübel am Idaplatz ist übervoll"),
    ("302", "Am Idaplatz quillt der Abfalleimer über, es stinkt"),
    ("303", "Il cestino all'Idaplatz è pieno da giorni"),
]
FIRE = "Im Hinterhof an der Kalkbreitestrasse 8 brennt ein Container!"


def _todays_digest(engine: Engine, routing: RoutingTable) -> Digest:
    now = datetime.now(UTC)
    today = local_date(now)
    with session_scope(engine) as s:
        return build_digest(s, routing, OFFICE, today, today + timedelta(days=1), now=now)


def test_bin_reports_in_german_and_italian_at_the_idaplatz_are_one_cluster(
    dialog: Dialog, routing: RoutingTable
) -> None:
    refs = [file_concern(dialog, text, chat_id).reference for chat_id, text in BINS]
    # another problem at the same spot: the Italian report must not chain it in
    glass = file_concern(dialog, "Der Glascontainer am Idaplatz ist kaputt", "306")
    assert glass.topic == "abfall" and glass.place_text == "Idaplatz"
    d = _todays_digest(dialog.engine, routing)
    [cluster] = d.clusters
    assert list(cluster.references) == refs
    assert "3 Meldungen: Der Abfallkübel am Idaplatz ist übervoll" in render_text(d)


def test_the_same_place_in_one_language_still_needs_shared_words(
    engine: Engine, routing: RoutingTable
) -> None:
    """A broken glass container is another problem than a full bin at the same place."""
    at = zurich(2026, 3, 9, 9)
    with session_scope(engine) as s:
        for text in (BINS[0][1], "Glascontainer am Idaplatz kaputt"):
            add_concern(
                s, routing, text=text, topic="abfall", at=at, kreis=3, quartier="Sihlfeld",
                place_text="Idaplatz",
            )  # fmt: skip
        d = build_digest(s, routing, OFFICE, at.date(), at.date() + timedelta(days=1), now=at)
    assert not d.clusters


def test_a_fire_forwarded_at_once_says_so(dialog: Dialog, routing: RoutingTable) -> None:
    fire = file_concern(dialog, FIRE, "304")
    plain = file_concern(dialog, "Kübel voll am Idaplatz", "305")
    with session_scope(dialog.engine) as s:
        s.get_one(type(plain), plain.id).unconfirmed = True  # e.g. the draft timeout sent it
    assert fire.urgent and fire.unconfirmed
    d = _todays_digest(dialog.engine, routing)
    for rendered in (render_text(d), "\n".join(render_telegram(d)), render_html(d)):
        line = next(x for x in rendered.splitlines() if fire.reference in x)
        assert T["urgent_at_once"] in line and T["unconfirmed"] not in line
        other = next(x for x in rendered.splitlines() if plain.reference in x)
        assert T["unconfirmed"] in other and T["urgent_at_once"] not in other
