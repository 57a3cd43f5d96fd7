"""The person-lying rule names a person, not a house: "Nachbarhaus", "Seniorenheim"
and "Velofahrerweg" hold a person's word as a compound's first part only."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent
from nlp.urgent.rules import rule_cue


@pytest.mark.parametrize(
    "text",
    [
        "Seit dem Wohnungsbrand im Nachbarhaus liegt Schutt auf dem Trottoir",
        "Vor dem Seniorenheim liegt Laub auf dem Trottoir",
    ],
)
def test_a_house_named_after_people_lies_nowhere(text: str) -> None:
    assert rule_cue(text.lower()) == (None, False), text
    assert not detect_urgent(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "Der Nachbar liegt auf dem Boden",
        "Meine Nachbarin liegt auf dem Boden im Treppenhaus",
        "Ein Rentner liegt auf dem Trottoir",
        "Eine Jugendliche liegt auf der Strasse",
        "Ein Velofahrer liegt auf der Fahrbahn",
        "Zwei Seniorinnen liegen nicht, aber ein Senior liegt am Boden",
    ],
)
def test_a_person_lying_on_the_ground_is_still_a_strong_cue(text: str) -> None:
    cue, strong = rule_cue(text.lower())
    assert cue is not None and strong, text
