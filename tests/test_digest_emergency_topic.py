"""An emergency the coordination office takes is counted under "Notfall" in
the digest's topics (rising topics, the weekly series, by Kreis and Quartier),
as the staff card and the resident's list name it, not under the classifier's
topic. Listed once: under "Dringend", not again under "Neu nach Thema"
(new-user trial h, finding 10)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from digest import build_digest, daily_period
from digest.model import Digest
from nlp.routing import RoutingTable
from store.db import session_scope
from store.models import Concern
from tests.digest_factories import DIGEST_DAY, NOW, fill_scenario


@pytest.fixture
def scenario(engine: Engine, routing: RoutingTable) -> dict[str, Concern]:
    with session_scope(engine) as s:
        return fill_scenario(s, routing)


def build(engine: Engine, routing: RoutingTable, office: str) -> Digest:
    with session_scope(engine) as s:
        return build_digest(s, routing, office, *daily_period(DIGEST_DAY), now=NOW)


def _set_emergency(engine: Engine, concern: Concern, kind: str, topic: str | None = None) -> None:
    with session_scope(engine) as s:
        row = s.get(Concern, concern.id)
        assert row is not None
        row.emergency = kind
        row.topic = topic or row.topic
        s.add(row)


def test_an_emergency_counts_under_notfall(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    urgent = scenario["urgent"]
    _set_emergency(engine, urgent, "unconscious")
    d = build(engine, routing, "qk_kreise_3_4_5")
    groups = {g.title: [i.reference for i in g.items] for g in d.by_topic}
    [item] = d.urgent
    assert (item.reference, item.topic_name) == (urgent.reference, "Notfall: bewusstlose Person")
    assert "Notfall" not in groups  # listed once, under "Dringend"
    topic = routing.topics[str(urgent.topic)].name
    assert urgent.reference not in groups.get(topic, [])
    assert sum(g.count for g in d.by_topic) + len(d.urgent) == d.new_count
    weekly = {s.name: sum(s.counts) for s in d.topic_weeks}
    assert weekly["Notfall"] == 1


def test_a_departments_emergency_keeps_its_topic(
    engine: Engine, routing: RoutingTable, scenario: dict[str, Concern]
) -> None:
    urgent = scenario["urgent"]
    # The department's (Grün Stadt Zürich), its topic the department's too.
    _set_emergency(engine, urgent, "tree_down", "gruen")
    d = build(engine, routing, "qk_kreise_3_4_5")
    groups = {g.title: [i.reference for i in g.items] for g in d.by_topic}
    assert "Notfall" not in groups
    [item] = d.urgent
    assert (item.reference, item.topic_name) == (urgent.reference, routing.topics["gruen"].name)
    assert all(urgent.reference not in refs for refs in groups.values())
