"""The French "personne" of nobody is no person (nlp.urgent.nobody): a lost thing or a
dead animal that nobody picked up is no emergency; a person ("une personne ne bouge
plus") and a neighbour nobody answers for still are. Made-up texts."""

from __future__ import annotations

from nlp.urgent import detect_many
from nlp.urgent.nobody import without_nobody

NOT_URGENT = [
    "J'ai perdu mes clés dans le tram, personne ne les a rapportées",
    "Il y a un pigeon mort devant la porte et personne ne l'enlève",
    "Mon chien s'est enfui, personne ne l'a vu",
]
URGENT = [
    "Personne ne répond à la porte, ma voisine âgée",
    "Une personne ne bouge plus devant la porte",
    "J'ai perdu mon fils dans le tram, personne ne l'a vu",
]


def test_nobody_names_no_person() -> None:
    assert [r.urgent for r in detect_many(NOT_URGENT)] == [False] * len(NOT_URGENT)


def test_a_person_still_counts() -> None:
    assert [r.urgent for r in detect_many(URGENT)] == [True] * len(URGENT)


def test_only_the_nobody_is_set_aside() -> None:
    assert "personne" not in without_nobody("il n'y a personne")
    assert "personne" not in without_nobody("personne ne répond")
    assert "personne" not in without_nobody("je ne vois personne")
    for low in (
        "une personne ne bouge plus",
        "la personne ne répond pas",
        "une personne est tombée",
    ):
        assert without_nobody(low) is low


def test_nobody_answering_for_a_neighbour_is_a_welfare_worry() -> None:
    texts = [
        "Personne ne répond à la porte, ma voisine âgée",
        "Personne n'ouvre chez ma voisine âgée, je suis inquiète",
        "De la fumée sort sous la porte des voisins et personne n'ouvre",
    ]
    kinds = [(r.urgent, r.category) for r in detect_many(texts)]
    assert kinds == [(True, "welfare"), (True, "welfare"), (True, "smoke")]
