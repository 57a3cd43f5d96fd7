"""House numbers on streets that cross Kreise: the bracketing rule of
nlp/places/addresses.py, first on a small made-up street (so each rule is
visible), then on the city's address points (nlp/data/addresses.csv)."""

from __future__ import annotations

import pytest

from nlp.places import AddressIndex, Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def street(
    points: list[tuple[str, int]], kreise: tuple[int, ...], toward: str = ""
) -> AddressIndex:
    index = AddressIndex()
    for number, kreis in points:
        index.add("teststrasse", number, kreis, f"Q{kreis}")
    index.set_street("teststrasse", kreise, toward)
    return index


# Odd side: 1..31 in Kreis 4, 41..161 in Kreis 3. Even side: 2..60 all in Kreis 4
# (the border runs along the street's middle part, as on the Badenerstrasse).
POINTS = [
    ("1", 4),
    ("11", 4),
    ("31", 4),
    ("41", 3),
    ("61", 3),
    ("161", 3),
    ("2", 4),
    ("30", 4),
    ("60", 4),
]


@pytest.mark.parametrize(
    ("number", "kreis", "candidates", "rule"),
    [
        ("11", 4, (), "exact"),
        ("21", 4, (), "bracketed"),  # 11 and 31 below and above: both Kreis 4
        ("51", 3, (), "bracketed"),  # 41 and 61: both Kreis 3
        ("36", 4, (), "bracketed"),  # even side: 30 and 60 in Kreis 4, whatever the odd side says
        ("35", None, (3, 4), "split"),  # 31 (Kreis 4) and 41 (Kreis 3): the border is between
        ("11b", 4, (), "bracketed"),  # a letter: between 11 and 31
        ("71", 3, (), "bracketed"),  # 61 and 161, far apart but in the same Kreis
        ("171", 3, (), "end"),  # past the last point, every Kreis of the street seen
        ("201", 3, (), "end"),  # far past it too: no Kreis without points lies that way
        ("84", 4, (), "end"),  # 24 past the even side's last point (60)
        ("140", None, (3, 4), "open_end"),  # far past the even side: the odd side says 3 there
    ],
)
def test_bracketing(number: str, kreis: int | None, candidates: tuple[int, ...], rule: str) -> None:
    hit = street(POINTS, (3, 4)).lookup("teststrasse", number)
    assert hit is not None
    assert (hit.kreis, hit.candidates, hit.rule) == (kreis, candidates, rule)


def test_open_end_towards_a_kreis_without_points() -> None:
    """Kreis 9 has no point on the street and lies beyond its high end: numbers far
    past the last point may be in 9; close to it, and at the low end, they are not."""
    index = street(POINTS, (3, 4, 9), toward="3:low|4:low|9:high")
    far = index.lookup("teststrasse", "201")
    assert far is not None and far.kreis is None and far.candidates == (3, 9)
    near = index.lookup("teststrasse", "171")  # within the window of 161
    assert near is not None and near.kreis == 3
    low = street([("41", 3), ("61", 3)], (3, 9), toward="3:low|9:high").lookup("teststrasse", "1")
    assert low is not None and low.kreis == 3


def test_other_side_only_when_it_covers_every_kreis() -> None:
    """No point on the even side: the odd side answers only if it shows every Kreis of
    the street (else the street may run along a border, one side in each Kreis)."""
    both = street([("1", 4), ("11", 4), ("41", 3)], (3, 4)).lookup("teststrasse", "6")
    assert both is not None and (both.kreis, both.rule) == (4, "other_side")
    along = street([("1", 4), ("11", 4), ("41", 4)], (3, 4)).lookup("teststrasse", "6")
    assert along is None


def test_remove_and_add_back() -> None:
    index = street(POINTS, (3, 4))
    assert index.remove("teststrasse", "41") == (3, "Q3")
    hit = index.lookup("teststrasse", "41")  # now between 31 (4) and 61 (3)
    assert hit is not None and hit.candidates == (3, 4)
    index.add("teststrasse", "41", 3, "Q3")
    hit = index.lookup("teststrasse", "41")
    assert hit is not None and hit.kreis == 3


# The city's address points. Each case was ambiguous before the bracketing rule
# (no known address within 24 numbers) or shows the parity rule.
CITY = [
    ("Wehntalerstrasse 700", 11, []),  # even side: 634 and 760 both in Oerlikon/Affoltern
    ("Badenerstrasse 400", 4, []),  # even side 344..420: Kreis 4 (Hard)
    ("Badenerstrasse 401", 3, []),  # odd side 393..415: Kreis 3 (Sihlfeld)
    ("Badenerstrasse 480", None, [4, 9]),  # even side: 458 in 4, 500 in 9
    ("Schaffhauserstrasse 200", None, [6, 11]),  # 188 in 6, 228 in 11
    ("Schaffhauserstrasse 160", 6, []),
    ("Hardstrasse 100", None, [4, 5]),  # even side known from 210 only; odd 89 (4) / 201 (5)
    ("Hardstrasse 280", 5, []),
    ("Seefeldstrasse 400", 8, []),  # past the last point, away from Kreis 1
    ("Badenerstrasse Nr. 120", 4, []),  # "Nr." between street and number
]


@pytest.mark.parametrize(("text", "kreis", "candidates"), CITY)
def test_city_house_numbers(
    gaz: Gazetteer, text: str, kreis: int | None, candidates: list[int]
) -> None:
    r = gaz.resolve(f"Abfall vor der {text}")
    assert (r.kreis, r.candidates, r.ambiguous) == (kreis, candidates, kreis is None)
    assert r.street == text.split()[0]


def test_a_street_without_address_points_stays_ambiguous(gaz: Gazetteer) -> None:
    r = gaz.resolve("Hegibachplatz 12")
    assert r.ambiguous and r.candidates == [7, 8] and r.street == "Hegibachplatz"


def test_detached_same_named_part_is_no_crossing(gaz: Gazetteer) -> None:
    """OSM has a 'Marktgasse' line in Albisrieden too; the address points are all in
    the Altstadt, and the two parts do not touch: it is not a street across Kreise."""
    r = gaz.resolve("Lärm in der Marktgasse")
    assert (r.kreis, r.ambiguous) == (1, False)


@pytest.mark.parametrize(
    ("text", "kreis"),
    [("Velos auf dem Trottoir der Seefeldstrasse", 8), ("Dufourstrasse", 8), ("Sihlstrasse", 1)],
)
def test_kreis_touched_only_at_an_end_is_no_crossing(gaz: Gazetteer, text: str, kreis: int) -> None:
    """OSM's line touches Kreis 1 (or 4) where the street meets the border; the
    address points (many, both sides, one Kreis) run right up to that border."""
    r = gaz.resolve(text)
    assert (r.kreis, r.ambiguous, r.candidates) == (kreis, False, [])
