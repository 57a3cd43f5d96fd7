"""The model's gas leak is believed only where the text names one as a word
(nlp.urgent.kind.GAS_WORD): the Kirchgasse holds no gas, an Anleitung no pipe."""

from __future__ import annotations

import pytest

from nlp.urgent.kind import GAS, believed


@pytest.mark.parametrize(
    "low",
    [
        "an der kirchgasse 5 steht etwas seltsames",
        "beim gasthof zum löwen ist es seltsam",
        "ich gehe gassi und sehe etwas seltsames",
        "gibt es eine anleitung dafür?",
        "bitte um weiterleitung an die bauleitung",
        "die schulleitung ist informiert",
        "ein leckerli für den hund",
    ],
)
def test_no_gas_inside_other_words(low: str) -> None:
    assert believed(GAS, low) is None, low


@pytest.mark.parametrize(
    "low",
    [
        "es riecht komisch im keller",
        "starker gasgeruch im treppenhaus",
        "das erdgas strömt aus",
        "die leitung zischt",
        "a gas leak in the kitchen",
        "odeur de gaz dans l'immeuble",
        "c'è una fuga di gas",
        "es stinkt nach faulen eiern",
        "brandgeruch im keller",
    ],
)
def test_gas_named_as_a_word_or_a_compounds_tail(low: str) -> None:
    assert believed(GAS, low) == GAS, low
