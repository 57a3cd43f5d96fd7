"""Words of a crisis (nlp.urgent.crisis): the edges one stands on high up are words of
a crisis (nlp.urgent.edges: Vordach, Mauer, Sims, Dachrand, Brüstung, Geländer …); the
article "die" and the particle "mal" are not ("Könnten Sie mal die Strassenlampe
anschauen"), only "to die" and "se faire du mal"."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.crisis import crisis_words

EDGES = [
    "eine frau steht seit minuten auf dem vordach",
    "ein mann sitzt oben auf der mauer über den gleisen",
    "einer steht draussen auf dem fenstersims im fünften stock",
    "eine frau steht am dachrand vom schulhaus",
    "er steht auf dem sims und schaut runter",
    "er sitzt auf der brüstung im sechsten stock",
    "sie hält sich aussen am balkongeländer fest",
    "a man is standing on the ledge of the parking garage",
    "un homme est assis sur le muret au-dessus des voies",
]

NO_CRISIS = [
    "könnten sie mal die strassenlampe anschauen",
    "die lampe beim spielplatz ist seit tagen aus",
    "schauen sie mal, die hecke wächst aufs trottoir",
    "j'ai du mal à trouver le formulaire",
    "ein obdachloser schläft im hauseingang",
]


@pytest.mark.parametrize("text", EDGES)
def test_an_edge_high_up_is_a_word_of_a_crisis(text: str) -> None:
    assert crisis_words(text), text


@pytest.mark.parametrize("text", NO_CRISIS)
def test_die_and_mal_are_no_words_of_a_crisis(text: str) -> None:
    assert not crisis_words(text), text


@pytest.mark.parametrize(
    "text", ["il va se faire du mal", "elle m'écrit qu'elle va se faire du mal", "i want to die"]
)
def test_hurting_oneself_and_wanting_to_die_stay_words_of_a_crisis(text: str) -> None:
    assert crisis_words(text), text


# Written for these tests: someone else on an edge, high up (none says "will springen").
ON_AN_EDGE = [
    "Die Frau steht seit einer Viertelstunde auf dem Vordach im dritten Stock",
    "Die Frau steht auf dem Vordach und schaut nach unten",
    "Eine Frau steht am Dachrand vom Hochhaus",
    "Ein Mann sitzt auf der Brüstung der Terrasse im sechsten Stock",
    "Die Frau sitzt oben auf der Mauer über den Gleisen und weint",
]


@pytest.mark.parametrize("text", ON_AN_EDGE)
def test_someone_on_an_edge_high_up_stays_a_crisis(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "suicide", (text, verdict)


@pytest.mark.parametrize(
    "text", ["Ich stehe gerade auf dem Fenstersims", "Ich sitze jetzt auf dem Dachrand"]
)
def test_the_writer_on_a_ledge_now_is_a_crisis(text: str) -> None:
    verdict = detect_urgent(text)
    assert verdict.urgent and verdict.category == "suicide", (text, verdict)


def test_the_street_auf_der_mauer_is_no_ledge() -> None:
    assert not detect_urgent("Ich bin gerade auf der Mauer").urgent


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie mal die Strassenlampe anschauen",
        "Die Lampe flackert schon wieder, schauen Sie mal vorbei",
        "Kann mal jemand die Hecke schneiden",
    ],
)
def test_ordinary_requests_with_die_and_mal_are_not_urgent(text: str) -> None:
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize(
    ("definite", "indefinite"),
    [
        (
            "Die Frau steht schon lange da und weint",
            "Eine Frau steht schon lange da und weint",
        ),
        (
            "Die junge Frau sitzt allein am Ufer und weint",
            "Eine junge Frau sitzt allein am Ufer und weint",
        ),
    ],
)
def test_the_article_does_not_make_a_crisis(definite: str, indefinite: str) -> None:
    """With "die" a word of a crisis, the crisis answer hung on the article alone."""
    a, b = detect_many([definite, indefinite])
    assert (a.urgent, a.category) == (b.urgent, b.category), (a, b)


def test_one_by_one_as_in_a_batch() -> None:
    texts = [*ON_AN_EDGE, "Könnten Sie mal die Strassenlampe anschauen"]
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]
