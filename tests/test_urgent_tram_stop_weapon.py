"""A tram stop is a place, not a tram danger (nlp.urgent.category), and a weapon the text
names is the kind of an alarm whose model kind the text does not name
(nlp.urgent.weapon_kind): "someone has a gun at the tram stop" was a fallen tree, its
own kind a child on the tracks. Made-up texts."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.category import category_of
from nlp.urgent.weapon_kind import weapon_kind

AT_THE_STOP = [
    "someone has a gun at the tram stop",
    "jemand hat eine pistole an der tramhaltestelle",
    "quelqu'un a un couteau à l'arrêt de tram",
    "qualcuno ha una pistola alla fermata del tram",
    "en maa mit emne messer a de tramstation",
]


@pytest.mark.parametrize("low", AT_THE_STOP)
def test_a_weapon_at_a_tram_stop_is_a_weapon(low: str) -> None:
    assert category_of(low) == "weapon"


@pytest.mark.parametrize(
    "low",
    [
        "a child is on the tram tracks",
        "ein kind spielt auf den tramschienen",
        "the tram hit a child",
    ],
)
def test_the_tram_itself_is_still_a_tram(low: str) -> None:
    assert category_of(low) == "tram_child"


def test_the_gun_at_the_tram_stop_is_urgent_as_a_weapon() -> None:
    result = detect_urgent("someone has a gun at the tram stop")
    assert result.urgent and result.category == "weapon"


def test_every_gun_at_a_stop_is_urgent_as_a_weapon() -> None:
    texts = ["Someone has a gun at the tram stop", "Jemand hat eine Pistole an der Tramhaltestelle"]
    assert [(r.urgent, r.category) for r in detect_many(texts)] == [(True, "weapon")] * 2


def test_the_model_kind_the_text_does_not_name_gives_way_to_the_weapon() -> None:
    assert weapon_kind("someone has a gun at the tram stop", "tree_down") == "weapon"
    assert weapon_kind("a man with a knife, the tree fell on the car", "tree_down") == "tree_down"
    assert weapon_kind("ein mann mit einem messer ist eingebrochen", "burglar") == "burglar"
    assert weapon_kind("a man with a knife is hitting people", "violence") == "violence"
    assert weapon_kind("a tree fell on the road", "tree_down") == "tree_down"
