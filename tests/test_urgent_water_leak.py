"""A burst pipe or a big water leak is urgent as water in the house in every language
(nlp.urgent.water_leak), as "Wasserrohrbruch im Keller" is: the French got the kind
"fire" or "gas", the English "explosion". A fire or a person in the water the text
names stays. Made-up texts."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_many
from nlp.urgent.category import category_of
from nlp.urgent.water_leak import leak_kind

LEAKS = [
    "Wasserrohrbruch im Keller",
    "il y a une fuite d'eau énorme dans la cave",
    "fuite d'eau énorme",
    "perdita d'acqua enorme",
    "c'è una perdita d'acqua enorme in cantina",
    "tubo rotto, l'acqua allaga la cantina",
    "burst pipe, water everywhere in the basement",
    "a pipe burst in the basement, water everywhere",
]


def test_a_burst_pipe_is_water_in_the_house_in_every_language() -> None:
    results = detect_many(LEAKS)
    assert [(r.urgent, r.category) for r in results] == [(True, "flood_electric")] * len(LEAKS)


@pytest.mark.parametrize(
    ("low", "kind", "expected"),
    [
        ("fuite d'eau énorme", "gas", "flood_electric"),
        ("il y a une fuite d'eau énorme dans la cave", "fire", "flood_electric"),
        ("burst pipe, water everywhere in the basement", "explosion", "flood_electric"),
        ("wasserrohrbruch im keller", "drowning", "flood_electric"),
        ("gas leak in the basement", "gas", "gas"),
        ("la cave est inondée, un enfant est tombé dans l'eau", "drowning", "drowning"),
        ("rohrbruch, im keller brennt es", "fire", "fire"),
        ("a tree fell on the road", "tree_down", "tree_down"),
    ],
)
def test_the_kind_of_a_leak(low: str, kind: str, expected: str) -> None:
    assert leak_kind(low, kind) == expected


def test_staff_read_the_kind_of_a_leak() -> None:
    from bot.texts.staff import emergency_name

    assert emergency_name("flood_electric") == "Notfall: Wasserschaden (Wasser im Haus, Strom)"


def test_a_leak_said_now_is_urgent_as_water_in_the_house_in_every_language() -> None:
    # The German and the French were rules already (with "!", a "now"): their kind was a
    # drowning ("Wasser", "eau"); the Italian and the French pipe were no rule at all.
    texts = [
        "Wasserrohrbruch!",
        "fuite d'eau!",
        "perdita d'acqua!",
        "tubo rotto!",
        "un tuyau a éclaté!",
    ]
    results = detect_many(texts)
    assert [(r.urgent, r.category) for r in results] == [(True, "flood_electric")] * len(texts)


@pytest.mark.parametrize(
    ("low", "kind"),
    [
        ("wasserrohrbruch", "flood_electric"),
        ("fuite d'eau dans la cave", "flood_electric"),
        ("perdita d'acqua in cantina", "flood_electric"),
        ("burst pipe in the basement", "flood_electric"),
        ("un enfant est tombé dans l'eau", "drowning"),
        ("ein kind treibt im see", "drowning"),
    ],
)
def test_the_text_kind_of_a_leak(low: str, kind: str) -> None:
    assert category_of(low) == kind
