"""Concerns and audit events with fixed timestamps, written straight into the
store, for the digest tests (the dialog is not needed to test a digest)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from nlp.routing import RoutingTable
from store.models import Concern, RoutingEvent, Status

ZURICH = ZoneInfo("Europe/Zurich")


def zurich(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A Zürich wall-clock time, as the store keeps it (UTC)."""
    local = datetime.combine(datetime(year, month, day).date(), time(hour, minute), ZURICH)
    return local.astimezone(UTC)


def add_concern(
    session: Session,
    routing: RoutingTable,
    *,
    text: str,
    topic: str,
    at: datetime,
    kreis: int | None,
    quartier: str | None = None,
    office: str | None = None,
    urgent: bool = False,
    status: str = Status.FORWARDED,
    place_text: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    unconfirmed: bool = False,
) -> Concern:
    """A forwarded concern that arrived at `at`, routed by the routing table
    unless `office` is given."""
    concern = Concern(
        channel="telegram",
        text=text,
        topic=topic,
        confidence=0.9,
        kreis=kreis,
        quartier=quartier,
        office=office or routing.route(topic, 0.9, kreis).office,
        urgent=urgent,
        status=status,
        place_text=place_text,
        lat=lat,
        lon=lon,
        unconfirmed=unconfirmed,
        created_at=at,
        updated_at=at,
        forwarded_at=at,
    )
    session.add(concern)
    session.flush()
    concern.reference = f"ZH-{at.year}-{concern.id:06d}"
    session.add(concern)
    session.flush()
    return concern


def add_event(
    session: Session,
    concern: Concern,
    *,
    kind: str,
    at: datetime,
    before: dict[str, Any],
    after: dict[str, Any],
    actor: str | None = "staff:1",
) -> RoutingEvent:
    """An audit event; a status or staff event also changes the concern."""
    event = RoutingEvent(
        concern_id=concern.id or 0, kind=kind, actor=actor, at=at, before=before, after=after
    )
    for name, value in after.items():
        if hasattr(concern, name):
            setattr(concern, name, value)
    concern.updated_at = max(concern.updated_at, at)
    session.add(event)
    session.add(concern)
    session.flush()
    return event


def set_status(session: Session, concern: Concern, status: str, at: datetime) -> RoutingEvent:
    return add_event(
        session,
        concern,
        kind="status",
        at=at,
        before={"status": concern.status},
        after={"status": status},
    )


def reroute(session: Session, concern: Concern, office: str, at: datetime) -> RoutingEvent:
    return add_event(
        session,
        concern,
        kind="staff",
        at=at,
        before={"office": concern.office, "topic": concern.topic, "kreis": concern.kreis},
        after={"office": office, "topic": concern.topic, "kreis": concern.kreis},
    )


# -- The fixed scenario of the digest tests and golden files ------------------
# The digest of Tuesday 10 March 2026 covers Monday 9 March.
DIGEST_DAY = datetime(2026, 3, 10).date()
NOW = zurich(2026, 3, 10, 7, 30)
HOSTILE = "<b>fett</b> <script>alert(1)</script> & &amp; &lt;i&gt; 😀👍🏽 🇨🇭 " + "x" * 300 + " Ende"


def fill_scenario(session: Session, routing: RoutingTable) -> dict[str, Concern]:
    """Concerns of Kreise 3-5 and elsewhere around Monday 9 March 2026."""
    c: dict[str, Concern] = {}

    def add(name: str, **kwargs: Any) -> Concern:
        c[name] = add_concern(session, routing, **kwargs)
        return c[name]

    helvetia = {"kreis": 4, "quartier": "Langstrasse", "place_text": "Helvetiaplatz"}
    # the period: Monday 9 March
    add(
        "kuebel1",
        text="Der Abfallkübel am Helvetiaplatz ist übervoll",
        topic="abfall",
        at=zurich(2026, 3, 9, 8, 10),
        lat=47.3763,
        lon=8.5262,
        **helvetia,
    )
    add(
        "kuebel2",
        text="Kübel beim Helvetiaplatz wieder überfüllt!",
        topic="abfall",
        at=zurich(2026, 3, 9, 9, 0),
        lat=47.3766,
        lon=8.5270,
        **helvetia,
    )
    add(
        "kuebel3",
        text="Abfallkübel Helvetiaplatz quillt über",
        topic="abfall",
        at=zurich(2026, 3, 9, 12, 0),
        **helvetia,
    )
    add(
        "glas",
        text="Glascontainer am Helvetiaplatz kaputt",
        topic="abfall",
        at=zurich(2026, 3, 9, 13, 0),
        **helvetia,
    )
    add(
        "urgent",
        text="Ein Mann liegt bewusstlos vor dem Eingang Langstrasse 120, <b>bitte</b> "
        "sofort kommen & helfen",
        topic="sicherheit",
        at=zurich(2026, 3, 9, 22, 15),
        kreis=4,
        quartier="Langstrasse",
        place_text="Langstrasse 120",
        urgent=True,
    )
    add(
        "lampe",
        text="Strassenlampe an der Zurlindenstrasse defekt",
        topic="beleuchtung",
        at=zurich(2026, 3, 9, 18, 5),
        kreis=3,
        quartier="Sihlfeld",
        place_text="Zurlindenstrasse",
        unconfirmed=True,
    )
    add(
        "fest",
        text="Wir möchten ein Quartierfest auf dem Röntgenplatz organisieren",
        topic="quartierleben",
        at=zurich(2026, 3, 9, 11, 0),
        kreis=5,
        quartier="Gewerbeschule",
        place_text="Röntgenplatz",
    )
    add(
        "hostile",
        text=HOSTILE,
        topic="umwelt",
        at=zurich(2026, 3, 9, 14, 0),
        kreis=3,
        quartier="Alt-Wiedikon",
    )
    add(
        "velos",
        text="Velos blockieren das Trottoir beim Bahnhof",
        topic="verkehr",
        at=zurich(2026, 3, 9, 7, 45),
        kreis=None,
        place_text="beim Bahnhof",
    )
    add(
        "unknown_fest",
        text="Wer organisiert den Flohmarkt?",
        topic="quartierleben",
        at=zurich(2026, 3, 9, 16, 0),
        kreis=None,
    )
    add(
        "elsewhere",
        text="Abfallsäcke am Lindenplatz",
        topic="abfall",
        at=zurich(2026, 3, 9, 10, 0),
        kreis=9,
        quartier="Altstetten",
    )
    # re-routed on Monday: from ERZ to the Tiefbauamt
    moved = add(
        "moved",
        text="Belag vor dem Haus aufgerissen",
        topic="abfall",
        at=zurich(2026, 3, 9, 9, 30),
        kreis=4,
        quartier="Hard",
    )
    reroute(session, moved, "taz", zurich(2026, 3, 9, 15, 0))
    moved.topic = "strasse"
    # Sunday evening, Monday after midnight in UTC: in the period / not
    add(
        "sunday",
        text="Laute Musik im Park bis 2 Uhr",
        topic="umwelt",
        at=zurich(2026, 3, 8, 23, 30),
        kreis=3,
        quartier="Sihlfeld",
    )
    # arrived on Tuesday (the digest's day): not in it
    add(
        "tuesday",
        text="Baustelle ohne Absperrung",
        topic="strasse",
        at=zurich(2026, 3, 10, 6, 0),
        kreis=4,
        quartier="Werd",
    )
    # the four Mondays before: the usual (2, 1, 2, 1 new; one of them urgent)
    for week, count in ((1, 2), (2, 1), (3, 2), (4, 1)):
        for i in range(count):
            day = 9 - 7 * week
            at = zurich(2026, 3, day, 10 + i) if day > 0 else zurich(2026, 2, 28 + day, 10 + i)
            old = add(
                f"monday{week}{i}",
                text=f"Alte Meldung {week}.{i}",
                topic="strasse",
                at=at,
                kreis=5,
                quartier="Escher Wyss",
                urgent=week == 2,
            )
            set_status(session, old, "done", at.replace(hour=at.hour + 1))
    # open since Thursday 26 February without a change: overdue (7 working days)
    late = add(
        "late",
        text="Schlagloch in der Birmensdorferstrasse",
        topic="strasse",
        at=zurich(2026, 2, 25, 9, 0),
        kreis=3,
        quartier="Alt-Wiedikon",
        place_text="Birmensdorferstrasse",
    )
    set_status(session, late, "in_progress", zurich(2026, 2, 26, 14, 0))
    # open since Tuesday 3 March: 4 working days, not overdue
    add(
        "recent",
        text="Hundekot auf dem Spielplatz",
        topic="gruen",
        at=zurich(2026, 3, 3, 9, 0),
        kreis=4,
        quartier="Werd",
    )
    # rising: noise in Kreis 3 over the last 14 days (none before)
    for i, day in enumerate((24, 26, 27)):
        noisy = add(
            f"noise{i}",
            text=f"Lärm von der Baustelle {i}",
            topic="umwelt",
            at=zurich(2026, 2, day, 20),
            kreis=3,
            quartier="Sihlfeld",
        )
        set_status(session, noisy, "done", zurich(2026, 2, day, 21))
    for i, day in enumerate((2, 4)):
        noisy = add(
            f"noise{i + 3}",
            text=f"Lärm nachts {i}",
            topic="umwelt",
            at=zurich(2026, 3, day, 20),
            kreis=3,
            quartier="Sihlfeld",
        )
        set_status(session, noisy, "done", zurich(2026, 3, day, 21))
    # the store's first concern, long closed: the history goes back far enough
    # for "üblich" and the trends (digest.figures, digest.build._trends)
    first = add(
        "first",
        text="Garderobe der Turnhalle geschlossen",
        topic="sport",
        at=zurich(2026, 1, 5, 10),
        kreis=12,
        quartier="Schwamendingen-Mitte",
    )
    set_status(session, first, "done", zurich(2026, 1, 6, 10))
    session.flush()
    return c
