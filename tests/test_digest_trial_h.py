"""New-user trial h, finding 10: the coordinator's digest had the right content
but confusing counts and dates. "Neue Anliegen: 5" while six were listed (the
Kreis-unknown one not counted, nor in "Noch offen"); the urgent concern twice
(under "Dringend" and as "Notfall" by topic); with no history every figure
above 0 "MEHR ALS ÜBLICH" ("üblich 0"); /digest's date was the day it is sent,
unsaid, and today's concerns could not be seen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine

from bot.dialog import Dialog
from digest import build_digest, daily_period, render_telegram, render_text
from digest.model import Digest
from nlp.routing import RoutingTable
from store.db import session_scope
from store.models import Role
from store.staff import add_staff
from tests.chat import Chat
from tests.digest_factories import DIGEST_DAY, NOW, add_concern, fill_scenario, zurich
from tests.staff_helpers import file_concern, register

OFFICE = "qk_kreise_3_4_5"
MONDAY = date(2026, 12, 7)


def _new_installation(engine: Engine, routing: RoutingTable) -> Digest:
    """Concerns on Friday and Saturday, nothing before: the first digest."""
    kreis4 = {"kreis": 4, "quartier": "Langstrasse"}
    with session_scope(engine) as s:
        for hour in (9, 10, 11, 12):
            add_concern(
                s,
                routing,
                text="Kübel voll",
                topic="abfall",
                at=zurich(2026, 12, 4, hour),
                **kreis4,
            )
        add_concern(
            s, routing, text="Lampe dunkel", topic="beleuchtung", at=zurich(2026, 12, 5), **kreis4
        )
        add_concern(
            s, routing, text="Schlagloch", topic="strasse", at=zurich(2026, 12, 5), kreis=None
        )
    with session_scope(engine) as s:
        now = datetime(2026, 12, 7, 6, 30, tzinfo=UTC)
        return build_digest(s, routing, OFFICE, *daily_period(MONDAY), now=now)


def test_no_history_no_more_than_usual(engine: Engine, routing: RoutingTable) -> None:
    d = _new_installation(engine, routing)
    new = d.figure("new")
    assert new.value == 5 and new.average is None and not new.stands_out
    assert not any(f.stands_out for f in d.figures)
    text = render_text(d)
    assert "MEHR ALS ÜBLICH" not in text and "üblich 0" not in text
    assert "Neue Anliegen: 5 (noch kein Vergleich)" in text
    assert "«üblich» gibt es, sobald der Bot Anliegen aus den 4 Wochen davor hat" in text
    assert "mehr als üblich" not in "".join(render_telegram(d))


def test_with_four_weeks_of_history_the_usual_is_back(
    engine: Engine, routing: RoutingTable
) -> None:
    with session_scope(engine) as s:
        fill_scenario(s, routing)  # goes back to Monday 9 February, four weeks before
    with session_scope(engine) as s:
        d = build_digest(s, routing, OFFICE, *daily_period(DIGEST_DAY), now=NOW)
    assert d.figure("new").average == 1.75 and d.figure("new").stands_out


def test_the_kreis_unknown_ones_are_said_apart_from_the_figures(
    engine: Engine, routing: RoutingTable
) -> None:
    d = _new_installation(engine, routing)
    text = render_text(d)
    assert [i.place for i in d.unknown_kreis] == ["Ort unbekannt"]
    assert "Kreis unbekannt, oben nicht mitgezählt: 1 neu, 1 noch offen (siehe unten)" in text
    telegram = "".join(render_telegram(d))
    assert "Kreis unbekannt, oben nicht mitgezählt: 1 neu, 1 noch offen" in telegram


def test_the_urgent_concern_is_listed_once(engine: Engine, routing: RoutingTable) -> None:
    with session_scope(engine) as s:
        fire = add_concern(
            s,
            routing,
            text="Es brennt ein Auto",
            topic="verkehr",
            at=zurich(2026, 12, 5),
            kreis=5,
            urgent=True,
        )
        fire.emergency = "fire"
        s.add(fire)
    with session_scope(engine) as s:
        d = build_digest(s, routing, OFFICE, *daily_period(MONDAY))
    text = render_text(d)
    assert text.count(str(fire.reference)) == 1
    assert [i.reference for i in d.urgent] == [fire.reference] and not d.by_topic
    assert d.by_area[0].items[0].topic_name == "Notfall: Feuer"  # still counted by area


def test_the_header_says_which_days(engine: Engine, routing: RoutingTable) -> None:
    d = _new_installation(engine, routing)
    assert "Anliegen vom Freitag, 4.12.2026 bis Sonntag, 6.12.2026\n" in render_text(d)
    assert "Zeitraum" not in render_text(d)
    with session_scope(engine) as s:
        now = datetime(2026, 12, 7, 8, 15, tzinfo=UTC)  # 09:15 in Zürich
        today = build_digest(s, routing, OFFICE, MONDAY, MONDAY + timedelta(days=1), now=now)
    assert "Anliegen vom Montag, 7.12.2026 (bis jetzt, 09:15 Uhr)" in render_text(today)


def test_digest_today_shows_what_came_in_so_far(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    file_concern(dialog)  # today
    with session_scope(engine) as s:
        add_staff(s, channel="terminal", chat_id="750", office="erz", role=Role.STAFF)
    staff = Chat(dialog, "750", channel="terminal")
    assert "Helvetiaplatz" not in staff.say("/digest")[0].text  # this morning's: days before
    text = staff.say("/digest heute")[0].text
    assert "(bis jetzt, " in text and "Helvetiaplatz" in text
    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    assert "/digest heute" in staff.say(f"/digest {tomorrow}")[0].text
    help_text = staff.say("/hilfe")[0].text
    assert "wie sie an diesem Morgen kam" in help_text and "/digest heute" in help_text
    telegram = Chat(dialog, "900")  # ERZ on Telegram: through the outbox
    assert "von heute bis jetzt" in telegram.say("/digest heute")[0].text
