"""The gazetteer data agree with themselves (nlp/build_gazetteer.py): a street's
Kreise and Quartiere in nlp/data/streets.csv cover those of its address points
in nlp/data/addresses.csv. Trial g, finding 10: nine streets OSM put in one
Kreis kept it although they have addresses in another, so "Zweierstrasse" alone
was Kreis 3 (number 9 is in Kreis 4) and no house number was asked for."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from nlp.places import Gazetteer

DATA = Path(__file__).parents[1] / "nlp" / "data"


def _streets() -> dict[str, tuple[set[int], set[int]]]:
    with (DATA / "streets.csv").open(encoding="utf-8") as fh:
        return {
            row["street"]: (
                {int(k) for k in row["kreise"].split("|")},
                {int(q) for q in row["qnrs"].split("|") if q},
            )
            for row in csv.DictReader(fh)
        }


def _addresses() -> dict[str, tuple[set[int], set[int]]]:
    found: dict[str, tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    with (DATA / "addresses.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kreise, qnrs = found[row["street"]]
            kreise.add(int(row["kreis"]))
            qnrs.add(int(row["qnr"]))
    return dict(found)


def test_every_street_with_addresses_is_in_streets_csv() -> None:
    assert sorted(set(_addresses()) - set(_streets())) == []


def test_a_streets_kreise_cover_its_addresses() -> None:
    streets = _streets()
    missing = {
        street: sorted(kreise - streets[street][0])
        for street, (kreise, _) in _addresses().items()
        if street in streets and not kreise <= streets[street][0]
    }
    assert missing == {}


def test_a_streets_quartiere_cover_its_addresses() -> None:
    streets = _streets()
    missing = {
        street: sorted(qnrs - streets[street][1])
        for street, (_, qnrs) in _addresses().items()
        if street in streets and not qnrs <= streets[street][1]
    }
    assert missing == {}


@pytest.mark.parametrize(
    ("street", "kreise"),
    [("Zweierstrasse", [3, 4]), ("Zollstrasse", [4, 5]), ("Kalkbreitestrasse", [3, 4])],
)
def test_a_street_alone_in_two_kreise_is_asked_about(street: str, kreise: list[int]) -> None:
    place = Gazetteer.load().resolve(f"an der {street}")
    assert place.kreis is None and place.candidates == kreise
