"""People lying at a beach, a lakeside, a lawn or a park are no emergency by the model
alone (nlp.urgent.at_leisure): "Deux personnes sont allongées sur la plage" was a
drowning (0.54). Someone lying there who does not breathe, lies still or bleeds keeps
the alarm. Made-up texts."""

from __future__ import annotations

from nlp.urgent import detect_many

AT_LEISURE = [
    "Deux personnes sont allongées sur la plage",
    "Two people are lying on the beach",
    "Due persone sono sdraiate sulla spiaggia",
]
STILL_URGENT = [
    "un homme est allongé sur la plage et ne respire plus",
    "Deux personnes sont allongées sur la plage et ne bougent plus",
    "Two people are lying on the beach, one is bleeding",
    "Two people lying motionless on the beach",
    "Zwei Leute liegen reglos am See",
    "Ein Kind treibt im See",
]


def test_people_lying_at_the_beach_are_no_emergency() -> None:
    assert [r.urgent for r in detect_many(AT_LEISURE)] == [False] * len(AT_LEISURE)


def test_someone_in_danger_at_the_beach_still_is() -> None:
    assert [r.urgent for r in detect_many(STILL_URGENT)] == [True] * len(STILL_URGENT)
