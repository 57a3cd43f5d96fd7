"""Clusters (same topic, same place, shared key words) and trends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from digest.clusters import Candidate, find_clusters, key_words, similarity
from digest.trends import rising, stands_out

T0 = datetime(2026, 3, 9, 8, tzinfo=UTC)


def cand(
    ref: str,
    text: str,
    *,
    topic: str = "abfall",
    quartier: str | None = "Langstrasse",
    place: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    minutes: int = 0,
    language: str = "de",
) -> Candidate:
    at = T0 + timedelta(minutes=minutes)
    return Candidate(ref, topic, text, quartier, place, lat, lon, at, language)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Der Abfallkübel am Helvetiaplatz ist übervoll", "Kübel beim Helvetiaplatz überfüllt"),
        ("Der Abfallkübel am Helvetiaplatz ist übervoll", "Güselchübel Helvetiaplatz voll"),
        ("Der Abfallkübel am Helvetiaplatz ist übervoll", "Abfalkübel Helvetiaplatz voll"),  # typo
        ("Strassenlampe an der Josefstrasse defekt", "Lampe Josefstrasse kaputt, dunkel"),
        ("Velos blockieren das Trottoir", "Parkierte Velos versperren das Trottoir"),
        ("Schlagloch in der Birmensdorferstrasse", "Grosses Loch im Belag Birmensdorferstrasse"),
    ],
)
def test_same_thing_in_other_words(a: str, b: str) -> None:
    assert similarity(key_words(a), key_words(b)) >= 0.5


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same place, another problem: the place itself is no evidence
        ("Der Abfallkübel am Helvetiaplatz ist übervoll", "Glascontainer am Helvetiaplatz kaputt"),
        ("Der Abfallkübel am Helvetiaplatz ist übervoll", "Hundekot überall am Helvetiaplatz"),
        ("Glascontainer kaputt", "Lampe kaputt"),  # a shared state is no evidence either
        ("Velos blockieren das Trottoir", "Autos parkieren auf dem Velostreifen"),
        ("Lärm von der Baustelle ab 6 Uhr", "Laute Musik nachts"),
    ],
)
def test_different_things(a: str, b: str) -> None:
    assert similarity(key_words(a), key_words(b)) < 0.5


def test_cluster_of_three_with_label_and_references() -> None:
    found = find_clusters(
        [
            cand("A", "Der Abfallkübel am Helvetiaplatz ist übervoll", place="Helvetiaplatz"),
            cand("B", "Kübel beim Helvetiaplatz überfüllt", place="Helvetiaplatz", minutes=5),
            cand("C", "Abfallkübel Helvetiaplatz quillt über", minutes=9),
            cand("D", "Glascontainer am Helvetiaplatz kaputt", place="Helvetiaplatz", minutes=1),
            cand("E", "Sperrmüll illegal deponiert", minutes=2),
        ]
    )
    [cluster] = found
    assert [m.reference for m in cluster.members] == ["A", "B", "C"]
    assert cluster.label == "Der Abfallkübel am Helvetiaplatz ist übervoll"
    assert cluster.place == "Helvetiaplatz"


def test_single_linkage_chains() -> None:
    found = find_clusters(
        [
            cand("A", "Abfallkübel voll"),
            cand("B", "Abfallkübel und Glascontainer voll"),
            cand("C", "Glascontainer voll"),
        ]
    )
    assert [[m.reference for m in f.members] for f in found] == [["A", "B", "C"]]


def test_other_topic_or_place_is_no_cluster() -> None:
    text = "Der Abfallkübel am Helvetiaplatz ist übervoll"
    assert not find_clusters([cand("A", text), cand("B", text, topic="strasse")])
    assert not find_clusters([cand("A", text), cand("B", text, quartier="Hard")])
    # coordinates win over the Quartier: 50 m apart across a boundary is the same place,
    # 1 km apart in the same Quartier is not
    near = [
        cand("A", text, lat=47.3763, lon=8.5262),
        cand("B", text, quartier="Werd", lat=47.3767, lon=8.5265),
    ]
    assert len(find_clusters(near)) == 1
    far = [cand("A", text, lat=47.3763, lon=8.5262), cand("B", text, lat=47.3853, lon=8.5262)]
    assert not find_clusters(far)
    # no Quartier: the same place text
    same = [cand("A", text, quartier=None, place="Bahnhof"), cand("B", text, quartier=None,
            place="bahnhof")]  # fmt: skip
    assert len(find_clusters(same)) == 1
    assert not find_clusters([cand("A", text, quartier=None), cand("B", text, quartier=None)])


def test_stands_out_needs_both_ratio_and_excess() -> None:
    assert stands_out(3, 0)
    assert not stands_out(2, 0)  # too few
    assert not stands_out(53, 50)  # not unusual
    assert stands_out(9, 6)
    assert not stands_out(8, 6)  # +2 only


def test_rising_topics() -> None:
    end = date(2026, 3, 10)
    arrivals = (
        [("umwelt", end - timedelta(days=d)) for d in (1, 2, 3, 5, 8)]  # 5 recent, 0 before
        + [("abfall", end - timedelta(days=d)) for d in (1, 3, 5, 7, 9)]  # 5 recent ...
        + [("abfall", end - timedelta(days=d)) for d in range(15, 43, 3)]  # ... 10 before: 5
        + [("gruen", end - timedelta(days=d)) for d in (1, 2, 3)]  # 3: too few
        + [("alter", end - timedelta(days=d)) for d in (0, -1, 43, 44)]  # outside the windows
    )
    trends = rising("topic", arrivals, end, {"umwelt": "Lärm, Luft und Schädlinge"})
    assert [(t.key, t.name, t.recent, t.expected) for t in trends] == [
        ("umwelt", "Lärm, Luft und Schädlinge", 5, 0.0)
    ]


GERMAN_BIN = "Der Abfallkübel am Idaplatz ist übervoll"
ITALIAN_BIN = "Il cestino all'Idaplatz è pieno da giorni"


@pytest.mark.parametrize(
    ("german", "italian", "linked"),
    [
        # new-user trial m, finding 13: no shared word, the same topic at the same spot
        ({"place": "Idaplatz"}, {"place": "beim Idaplatz"}, True),
        ({"lat": 47.3704, "lon": 8.5183}, {"lat": 47.3708, "lon": 8.5185}, True),  # ~50 m
        ({"place": "Idaplatz"}, {"place": "Bullingerplatz"}, False),  # one Quartier, two spots
        ({"lat": 47.3704, "lon": 8.5183}, {"lat": 47.3722, "lon": 8.5183}, False),  # ~200 m
        ({}, {}, False),  # only the Quartier: an area, no spot
    ],
)
def test_other_languages_cluster_by_topic_and_spot(
    german: dict[str, Any], italian: dict[str, Any], linked: bool
) -> None:
    found = find_clusters(
        [
            cand("A", GERMAN_BIN, quartier="Sihlfeld", **german),
            cand("B", ITALIAN_BIN, quartier="Sihlfeld", language="it", minutes=3, **italian),
        ]
    )
    assert bool(found) is linked
    if linked:
        assert found[0].label == GERMAN_BIN  # the oldest: no words to rank by


def test_a_link_across_languages_does_not_chain_what_the_words_keep_apart() -> None:
    """Two bins and a broken glass container at one spot, and the Italian bin report:
    it joins the bigger group, the bins, not the glass container too."""
    bins = [
        cand("A", GERMAN_BIN, place="Idaplatz"),
        cand("B", "Am Idaplatz quillt der Abfalleimer über", place="Idaplatz", minutes=1),
        cand("C", "Glascontainer am Idaplatz kaputt", place="Idaplatz", minutes=2),
        cand("D", ITALIAN_BIN, place="Idaplatz", language="it", minutes=3),
    ]
    assert [[m.reference for m in f.members] for f in find_clusters(bins)] == [["A", "B", "D"]]
    # one bin and one glass container: which of them the Italian one is about is unknown
    one_each = [bins[0], bins[2], bins[3]]
    assert not find_clusters(one_each)
