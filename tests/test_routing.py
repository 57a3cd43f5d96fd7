"""The routing rules of the contract (../shared/spec/routing.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.routing import RoutingError, RoutingTable

TOPIC_OFFICES = {
    "abfall": "erz",
    "gruen": "gsz",
    "strasse": "taz",
    "verkehr": "dav",
    "oev": "vbz",
    "beleuchtung": "ewz",
    "sicherheit": "stapo",
    "umwelt": "ugz",
    "bau_planung": "afs",
    "wohnen": "lsz",
    "schule": "sa",
    "sport": "spa",
    "jugend": "sok",
    "alter": "fsa",
    "soziales": "soz",
    "integration": "inf",
    "kultur": "kul",
}

KREIS_OFFICES = {
    1: "qk_uto_zuerichberg",
    2: "qk_uto_zuerichberg",
    7: "qk_uto_zuerichberg",
    8: "qk_uto_zuerichberg",
    3: "qk_kreise_3_4_5",
    4: "qk_kreise_3_4_5",
    5: "qk_kreise_3_4_5",
    6: "qk_waidberg",
    10: "qk_waidberg",
    9: "qk_kreis_9",
    11: "qk_zuerich_nord",
    12: "qk_zuerich_nord",
}


def test_all_eighteen_topics(routing: RoutingTable) -> None:
    assert sorted(routing.topic_codes) == sorted([*TOPIC_OFFICES, "quartierleben"])


@pytest.mark.parametrize(("topic", "office"), sorted(TOPIC_OFFICES.items()))
def test_confident_topic_goes_to_its_department(
    routing: RoutingTable, topic: str, office: str
) -> None:
    route = routing.route(topic, 0.95, 4)
    assert (route.office, route.reason) == (office, "topic")


@pytest.mark.parametrize(("kreis", "office"), sorted(KREIS_OFFICES.items()))
def test_quartierleben_goes_to_the_kreis_office(
    routing: RoutingTable, kreis: int, office: str
) -> None:
    assert routing.route("quartierleben", 0.99, kreis).office == office


@pytest.mark.parametrize(("kreis", "office"), sorted(KREIS_OFFICES.items()))
def test_low_confidence_goes_to_triage_at_the_kreis_office(
    routing: RoutingTable, kreis: int, office: str
) -> None:
    route = routing.route("abfall", routing.min_confidence / 2, kreis)
    assert (route.office, route.reason) == (office, "triage")


@pytest.mark.parametrize("topic", ["quartierleben", "abfall"])
def test_coordination_without_kreis_is_qk_unknown(routing: RoutingTable, topic: str) -> None:
    assert routing.route(topic, 0.1, None).office == "qk_unknown"


def test_confident_topic_without_kreis_still_goes_to_department(routing: RoutingTable) -> None:
    assert routing.route("oev", 0.9, None).office == "vbz"


def test_threshold_is_inclusive(routing: RoutingTable) -> None:
    assert routing.route("gruen", routing.min_confidence, 2).reason == "topic"


def test_unknown_topic_is_an_error(routing: RoutingTable) -> None:
    with pytest.raises(RoutingError):
        routing.route("nonsense", 0.9, 1)


def test_table_must_cover_every_kreis(tmp_path: Path) -> None:
    source = (Path(__file__).parent.parent / "nlp" / "data" / "routing.toml").read_text(
        encoding="utf-8"
    )
    broken = source.replace("kreise = [9]", "kreise = []")
    path = tmp_path / "routing.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(RoutingError, match="9"):
        RoutingTable.load(path)


def test_office_names_are_readable(routing: RoutingTable) -> None:
    for office in routing.offices.values():
        assert office.name and "ß" not in office.name
    for topic in routing.topics.values():
        assert topic.name and "ß" not in topic.name
