"""A fire named by its place is urgent, with kind fire (nlp.urgent.fire): "Kellerbrand an
der Langstrasse 10!" was not (the hint found "brand", no rule flagged it; the model gave
0.21). Words with "brand" that name no fire, and fires only referred to, stay calm."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent
from nlp.urgent.category import category_of
from nlp.urgent.fire import _KINDS, _PLACES, fire_named

FIRES = [
    "Kellerbrand an der Langstrasse 10!",
    "Wohnungsbrand an der Josefstrasse",
    "Küchenbrand im 3. Stock",
    "Dachstockbrand",
    "Zimmerbrand",
    "Chällerbrand",
    "Es hat einen Kellerbrand an der Langstrasse 10",
    "Wir haben einen Küchenbrand!",
    "Grossbrand in Altstetten!",
    "Brandschenkestrasse 4: Kellerbrand!",
    "Brand im Zimmer",
    "Brand in der Küche!",
    "Brand im Keller!",
    "Füür im Chäller!",
    "Brand in der Tiefgarage",
]


@pytest.mark.parametrize("text", FIRES)
def test_a_fire_named_by_its_place_is_urgent_with_kind_fire(text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent, text
    assert result.category == "fire", (text, result)


NOT_FIRES = [
    "Sonnenbrand",
    "Ich habe einen Sonnenbrand vom Schwimmbad",
    "Brandschutz im Treppenhaus fehlt",
    "Die Brandmauer hat Risse",
    "Brandstiftung vor einem Jahr",
    "Der Markenbrand ist wichtig",
    "Abfall an der Brandschenkestrasse 5",
    "Brandflecken auf dem Trottoir",
    "Ich habe Sodbrennen",
    "Feuerbrand an den Birnbäumen im Park",
    "Gletscherbrand vom Skifahren",
    "Es gab einen Kellerbrand letzte Woche",
    "Wegen dem Küchenbrand ist die Wohnung unbewohnbar, gibt es Hilfe?",
    "Der Schaden vom Wohnungsbrand ist noch nicht repariert",
    "Ich habe Angst vor einem Dachstockbrand wegen der alten Leitungen",
    "Es gab einen Zimmerbrand im Haus nebenan, wer räumt den Schutt weg?",
    "Wie melde ich einen Kellerbrand?",
    "Was tun bei einem Wohnungsbrand?",
    "d füürwehr isch am sunntig bi üs gsi wäg emne chuchibrand, jetzt stinkts im ganze huus",
    "Der Brand im Keller ist gelöscht",
    "Bi üs im Verein isch füür im Dach wäg de Finanze, wänn git's e Sitzig?",
]


@pytest.mark.parametrize("text", NOT_FIRES)
def test_no_fire_or_a_fire_only_referred_to_is_not_urgent(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize(
    "text", ["nach dem kellerbrand", "wäg emne chuchibrand", "es gab einen zimmerbrand"]
)
def test_a_fire_referred_to_is_no_rule(text: str) -> None:
    assert fire_named(text) is None


def test_every_head_of_a_compound_names_kind_fire() -> None:
    """The rule's cue is the compound, whose kind must be a fire (not "Autobrand" read as
    a hot car, nor "Dachstockbrand" as a fallen branch)."""
    for head in (*_PLACES.split("|"), *_KINDS.split("|")):
        match = fire_named(f"{head}brand an der langstrasse")
        assert match is not None, head
        assert category_of(match.group(0)) == "fire", head
