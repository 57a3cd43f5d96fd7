"""build_digest on a fixed store (tests/digest_factories.py): which concerns an
office sees, the headline figures against the usual, urgent, Kreis unbekannt,
clusters, trends, overdue and the chart series; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from digest import build_all, build_digest, daily_period, weekly_period
from digest.model import Digest
from nlp.routing import RoutingTable
from store.db import session_scope
from store.models import Concern
from tests.digest_factories import DIGEST_DAY, NOW, fill_scenario


@pytest.fixture
def scenario(engine: Engine, routing: RoutingTable) -> dict[str, Concern]:
    with session_scope(engine) as s:
        return fill_scenario(s, routing)


def build(engine: Engine, routing: RoutingTable, office: str, *, weekly: bool = False) -> Digest:
    period = weekly_period(DIGEST_DAY) if weekly else daily_period(DIGEST_DAY)
    with session_scope(engine) as s:
        return build_digest(s, routing, office, *period, now=NOW)


def refs(items: object) -> set[str]:
    return {i.reference for i in items}  # type: ignore[attr-defined]


def test_coordination_office_sees_its_kreise_whoever_handles_them(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    d = build(engine, routing, "qk_kreise_3_4_5")
    assert d.kind == "coordination" and d.kreise == (3, 4, 5)
    assert (d.start, d.end) == (date(2026, 3, 9), date(2026, 3, 10))
    new = {i.reference for g in d.by_topic for i in g.items}
    expected = {"kuebel1", "kuebel2", "kuebel3", "glas", "lampe", "fest", "hostile"}
    assert new == {scenario[n].reference for n in expected | {"moved"}}
    # the urgent one is listed once, under "Dringend" (new-user trial h, finding 10)
    assert refs(d.urgent) == {scenario["urgent"].reference}
    # Sunday 23:30 in Zürich is Sunday (22:30 UTC), Tuesday 06:00 is the digest's day
    assert scenario["sunday"].reference not in new
    assert scenario["tuesday"].reference not in new
    assert scenario["elsewhere"].reference not in new  # Kreis 9
    # each item says where it went
    offices: dict[str | None, str] = {
        i.reference: i.office_name for g in d.by_topic for i in (*g.items, *d.urgent)
    }
    assert offices[scenario["urgent"].reference] == "Stadtpolizei Zürich"
    assert offices[scenario["moved"].reference] == "Tiefbauamt"
    # the "Kreis unbekannt" section, separate from the office's own
    unknown = {scenario["velos"].reference, scenario["unknown_fest"].reference}
    assert refs(d.unknown_kreis) == unknown
    assert not d.is_empty


def test_every_coordination_office_sees_kreis_unbekannt(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    unknown = {scenario["velos"].reference, scenario["unknown_fest"].reference}
    waidberg = build(engine, routing, "qk_waidberg")
    assert refs(waidberg.unknown_kreis) == unknown
    assert not waidberg.by_topic and waidberg.figure("new").value == 0
    # the shared office has them as its own concerns, not twice
    shared = build(engine, routing, "qk_unknown")
    assert shared.kind == "coordination" and not shared.unknown_kreis
    assert {i.reference for g in shared.by_topic for i in g.items} == unknown
    # a department does not get the section
    assert not build(engine, routing, "erz").unknown_kreis


def test_department_sees_what_was_routed_to_it(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    d = build(engine, routing, "erz")
    assert d.kind == "department" and d.kreise == ()
    new = {i.reference for g in d.by_topic for i in g.items}
    names = ["kuebel1", "kuebel2", "kuebel3", "glas", "elsewhere"]
    assert new == {scenario[n].reference for n in names}  # "moved" went to taz
    assert [g.title for g in d.by_topic] == ["Abfall und Sauberkeit"]
    assert [g.title for g in d.by_area] == ["Kreis 4 – Langstrasse", "Kreis 9 – Altstetten"]
    # re-routed away from ERZ on Monday counts for ERZ and for the Tiefbauamt
    assert d.figure("rerouted").value == 1
    assert build(engine, routing, "taz").figure("rerouted").value == 1
    assert build(engine, routing, "gsz").figure("rerouted").value == 0


def test_figures_against_the_same_weekday_of_four_weeks(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    d = build(engine, routing, "qk_kreise_3_4_5")
    new, urgent, still_open, rerouted = d.figures
    assert [f.key for f in d.figures] == ["new", "urgent", "open", "rerouted"]
    # the Mondays before: 2 + 1 (noise on 2 March), 1, 2, 1
    assert new.value == 9 and new.average == 1.75 and new.stands_out
    assert urgent.value == 1 and urgent.average == 0.25 and not urgent.stands_out
    assert rerouted.value == 1 and not rerouted.stands_out
    # open at midnight: the 9 new, "late", "recent" and "sunday"; the earlier
    # ones were closed within the hour, so at the earlier midnights only "late"
    # (open since 25 February) was, on Tuesday 3 March
    assert still_open.value == 12
    assert still_open.average == 0.25
    assert still_open.stands_out


def test_open_is_rebuilt_from_status_events(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    """A concern closed after the period still counts as open at its end."""
    from tests.digest_factories import set_status, zurich

    with session_scope(engine) as s:
        late = s.get(Concern, scenario["late"].id)
        assert late is not None
        set_status(s, late, "done", zurich(2026, 3, 10, 6, 0))
    d = build(engine, routing, "qk_kreise_3_4_5")
    assert d.figure("open").value == 12
    assert scenario["late"].reference in {o.item.reference for o in d.overdue}


def test_urgent_in_full(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    d = build(engine, routing, "qk_kreise_3_4_5")
    [item] = d.urgent
    assert item.reference == scenario["urgent"].reference
    assert item.text == scenario["urgent"].text
    assert item.place == "Langstrasse 120"
    assert item.office_name == "Stadtpolizei Zürich" and item.status_label == "weitergeleitet"


def test_clusters_trends_and_overdue(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    d = build(engine, routing, "qk_kreise_3_4_5")
    [cluster] = d.clusters
    assert cluster.references == tuple(scenario[f"kuebel{i}"].reference for i in (1, 2, 3))
    assert cluster.count == 3 and cluster.new_in_period == 3
    assert "Helvetiaplatz" in cluster.label and cluster.topic == "abfall"
    rising = {(t.kind, t.key) for t in d.trends}
    assert ("topic", "umwelt") in rising and ("quartier", "Sihlfeld") in rising
    assert ("topic", "strasse") not in rising  # steady: the Mondays before
    assert [o.item.reference for o in d.overdue] == [scenario["late"].reference]
    [late] = d.overdue
    assert late.last_change == date(2026, 2, 26) and late.working_days == 7


def test_series_for_the_page(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    d = build(engine, routing, "qk_kreise_3_4_5")
    assert len(d.weeks) == 8 and d.weeks[-1] == date(2026, 3, 3) and d.weeks[0] == date(2026, 1, 13)
    series = {s.topic: s.counts for s in d.topic_weeks}
    assert series["strasse"] == (0, 0, 0, 1, 2, 1, 3, 1)  # Mondays, late, moved
    assert sum(series["umwelt"]) == 7
    assert [k.kreis for k in d.kreis_counts] == list(range(1, 13))
    kreise = {k.kreis: k.count for k in d.kreis_counts}
    assert (kreise[3], kreise[4], kreise[5], kreise[9]) == (2, 6, 1, 0)
    quartiere = {q.name: (q.kreis, q.count) for q in d.quartier_counts}
    assert len(quartiere) == 34 and quartiere["Langstrasse"] == (4, 5)
    assert quartiere["Escher Wyss"] == (5, 0)


def test_weekly_digest(engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]) -> None:
    d = build(engine, routing, "qk_kreise_3_4_5", weekly=True)
    assert d.weekly and (d.start, d.end) == (date(2026, 3, 3), date(2026, 3, 10))
    new = {i.reference for g in d.by_topic for i in g.items}
    assert scenario["sunday"].reference in new and scenario["recent"].reference in new
    assert scenario["monday10"].reference not in new  # 2 March


def test_empty_digest(engine: Engine, routing: RoutingTable) -> None:
    d = build(engine, routing, "gsz")
    assert d.is_empty and d.figure("new").value == 0 and not d.trends and not d.clusters


def test_unknown_office_and_empty_period(engine: Engine, routing: RoutingTable) -> None:
    with session_scope(engine) as s, pytest.raises(ValueError):
        build_digest(s, routing, "nope", date(2026, 3, 9), date(2026, 3, 10))
    with session_scope(engine) as s, pytest.raises(ValueError):
        build_digest(s, routing, "erz", date(2026, 3, 10), date(2026, 3, 10))


@pytest.mark.parametrize("weekly", [False, True])
def test_build_all_equals_office_by_office(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern], weekly: bool
) -> None:
    period = weekly_period(DIGEST_DAY) if weekly else daily_period(DIGEST_DAY)
    with session_scope(engine) as s:
        together = build_all(s, routing, *period, now=NOW)
    assert list(together) == list(routing.offices)
    for office, digest in together.items():
        assert digest == build(engine, routing, office, weekly=weekly), office


def test_the_rerouted_figure_names_its_concerns(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    # Trial 2026-12-06 b: "Von Mitarbeitenden umgeleitet: 4" named none of them.
    moved = (scenario["moved"].reference, "Entsorgung + Recycling Zürich", "Tiefbauamt")
    for office in ("erz", "taz", "qk_kreise_3_4_5"):
        d = build(engine, routing, office)
        assert [(m.reference, m.before, m.after) for m in d.rerouted] == [moved]
        assert len(d.rerouted) == d.figure("rerouted").value
    assert build(engine, routing, "gsz").rerouted == ()


def test_an_emergency_for_the_coordination_office_is_named_as_one(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    # A fire the classifier read as "Soziale Notlagen": the digest says what it is.
    with session_scope(engine) as s:
        urgent = s.get(Concern, scenario["urgent"].id)
        assert urgent is not None
        urgent.emergency = "fire"
        s.add(urgent)
    [item] = build(engine, routing, "qk_kreise_3_4_5").urgent
    assert item.topic_name == "Notfall: Feuer"
    with session_scope(engine) as s:
        urgent = s.get(Concern, scenario["urgent"].id)
        assert urgent is not None
        urgent.emergency = "tree_down"  # a department's (GSZ): read as its topic, it stays
        urgent.topic = "gruen"
        s.add(urgent)
    [item] = build(engine, routing, "qk_kreise_3_4_5").urgent
    assert item.topic_name == routing.topics["gruen"].name
    with session_scope(engine) as s:
        urgent = s.get(Concern, scenario["urgent"].id)
        assert urgent is not None
        urgent.topic = "sicherheit"  # a fallen tree read as the police's: what it is
        s.add(urgent)
    [item] = build(engine, routing, "qk_kreise_3_4_5").urgent
    assert item.topic_name == "Notfall: umgestürzter Baum"
