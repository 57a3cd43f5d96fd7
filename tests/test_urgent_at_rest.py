"""People at rest, a thing lying after a heading, and a request with no answer are no
emergency (nlp.urgent.at_rest, nlp.urgent.lying_thing); a person lying on the ground,
asleep or not, who does not respond, still is. Made-up texts."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent


@pytest.mark.parametrize(
    "text",
    [
        "Un enfant lit un livre",
        "Am Idaplatz liegt ein Mann auf der Wiese und schläft",
        "Im Park liegen viele Leute in der Sonne",
        "A man is sleeping on the lawn",
        "Der Bauarbeiter reagiert nicht auf meine Bitte",
        "The landlord is not responding to my emails",
        "Sperrmüll: ein Sofa, daneben liegt noch ein Sack",
        "Sperrmüll, ein Sofa, daneben liegt noch ein Sack",
    ],
)
def test_rest_a_request_or_a_thing_lying_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Am Idaplatz liegt ein Mann am Boden und schläft?? reagiert nicht",
        "Ein Mann liegt am Boden und schläft",
        "A man is lying on the pavement and sleeping",
        "Da liegt ein Mann auf der Wiese, schläft er oder ist er bewusstlos?",
        "Da liegt ein Mann auf der Wiese und reagiert nicht",
        "Ein Obdachloser schläft bei minus 10 Grad im Park",
        "Sperrmüll: daneben liegt ein Mann",
        "Kabel liegt am Boden",
    ],
)
def test_a_person_in_trouble_or_a_danger_still_is(text: str) -> None:
    assert detect_urgent(text).urgent
