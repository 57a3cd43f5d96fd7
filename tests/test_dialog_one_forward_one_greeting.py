"""One verb of forwarding and one list of greeting words (closing note, item 4).

reconsidered had a narrower copy of changed_mind.FORWARD ("doch senden", "leiten
Sie es doch weiter" were not read as "forward it after all" at the card, while
changed_mind read them), and changed_mind lacked two of the copy's words
("weiterleite", "wiitergäh"). The greeting before a line was three lists:
announced's knew "Sali" but not "Hey", how_to's not "Good morning", on_edge's
(whereabouts, where_first) neither "Sali" nor "Buonasera"; each reader now
knows every greeting the others did."""

from __future__ import annotations

import pytest

from bot.dialog import changed_mind, reconsidered, where_first
from bot.dialog.announced import announces_a_question
from nlp.urgent import detect_urgent
from nlp.urgent.how_to import how_to_question


@pytest.mark.parametrize(
    "line",
    ["doch senden", "leiten Sie es doch weiter", "submit it anyway", "mandatela comunque"],
)
def test_the_card_reads_every_forwarding_verb(line: str) -> None:
    assert reconsidered.wants(line) is True


def test_a_negated_one_is_still_the_no() -> None:
    assert reconsidered.wants("doch nicht senden") is False


@pytest.mark.parametrize("line", ["bitte doch weiterleite", "glich wiitergäh"])
def test_after_withdrawing_the_swiss_forms_are_read(line: str) -> None:
    assert changed_mind.kept(line) == ""


@pytest.mark.parametrize("greeting", ["Hey", "Gruezi", "Hallo"])
def test_an_announced_question_after_any_greeting(greeting: str) -> None:
    assert announces_a_question(f"{greeting}, ich hätte eine Frage zur Abfallentsorgung")


@pytest.mark.parametrize("greeting", ["Good morning", "Salü", "Hey", "Hello"])
def test_a_how_to_question_after_any_greeting_is_no_emergency(greeting: str) -> None:
    line = f"{greeting}, how do I report a fire?"
    assert how_to_question(line.lower())
    assert not detect_urgent(line).urgent


@pytest.mark.parametrize("greeting", ["Sali", "Buonasera", "Guete Tag", "Hoi"])
def test_a_home_line_after_any_greeting(greeting: str) -> None:
    assert where_first.RESIDENCE.search(f"{greeting}, ich wohne an der Josefstrasse 12")
