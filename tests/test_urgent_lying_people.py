"""People lying somewhere are an emergency as one person lying is (nlp.urgent.lying_people,
read by nlp.urgent.lying_person): "Da liegen die Nachbarn am Boden" (the model 0.25) and
"die lieged am Bode" (0.53, too short for the model alone) were missed, the rule knew
"liegt" and not the plural. Things lying, people at rest or at play, a crowd on a lawn
and the past are not. Made-up texts."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_many, detect_urgent
from nlp.urgent.lying_person import lying_person

MISSED = [
    "Da liegen die Nachbarn am Boden",
    "die lieged am Bode",
    "Zwei Männer liegen vor der Bar",
    "Vor dem Bahnhof liegen zwei Obdachlose",
    "Meine Eltern liegen am Boden",
    "Dert lieged zwei Manne",
    "Deux femmes gisent devant l'entrée",
    "Due uomini sono sdraiati davanti al bar",
    "Ci sono due anziani per terra davanti alla Coop",
]
# The model flags these already; the rule reads them too.
PLURAL = [
    "Zwei Leute liegen reglos auf der Strasse",
    "two people lying on the ground",
    "There are two people lying on the ground",
    "Deux personnes sont allongées par terre",
    "Due persone sono sdraiate per terra",
]
NOT_URGENT = [
    "Im Park liegen viele Leute",
    "Im Park liegen viele Leute in der Sonne",
    "Da liegen die Velos der Nachbarn",
    "Da liegen die Kleider meiner Nachbarn",
    "Die Säcke der Nachbarn liegen auf dem Trottoir",
    "Da liegen Kisten am Boden",
    "Zwei Velos liegen auf der Strasse",
    "Gestern lagen zwei Leute vor dem Haus",
    "Die Nachbarn liegen im Spital",
    "Meine Kinder liegen im Bett",
    "Die Schlüssel? Die liegen am Boden",
    "Les enfants sont couchés",
    "Die Leute liegen am See",
    "Zwei Leute liegen auf der Wiese und schlafen",
    "Two people lying on the grass in the sun",
    "les gens laissent leurs bouteilles par terre",
]


@pytest.mark.parametrize("text", MISSED)
def test_people_lying_are_an_emergency(text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent, text
    assert result.reason != "model"  # the rule, not the model


@pytest.mark.parametrize("text", MISSED + PLURAL)
def test_the_rule_reads_people_lying(text: str) -> None:
    assert lying_person(text.lower()) is not None, text


@pytest.mark.parametrize("text", NOT_URGENT)
def test_things_people_at_rest_or_the_past_are_not(text: str) -> None:
    assert not detect_urgent(text).urgent, text


def test_people_lying_and_nothing_else_is_a_fall() -> None:
    assert detect_urgent("Da liegen die Nachbarn am Boden").category == "fall"


def test_one_by_one_as_in_a_batch() -> None:
    texts = MISSED + PLURAL + NOT_URGENT
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(x).urgent for x in texts]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zwei Leute liegen reglos auf der Strasse", "unconscious"),  # was tree_down
        ("There are two people lying on the ground", "fall"),  # was explosion
        ("They are lying on the floor", "fall"),  # was fire
    ],
)
def test_people_lying_the_model_flags_get_no_kind_of_things(text: str, kind: str) -> None:
    result = detect_urgent(text)
    assert (result.urgent, result.category) == (True, kind), text
