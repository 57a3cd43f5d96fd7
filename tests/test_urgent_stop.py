"""A tram or bus stop is a place, not a danger (new-user trial g, finding 2):
"The bin at the tram stop is full" (0.51 from the model alone) and "The one at
the tram stop", a resident's answer to staff, raised the alarm; after "yes" an
urgent concern went to the city without a place. What is said at the stop
decides."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent


@pytest.mark.parametrize(
    "text",
    [
        "The bin at the tram stop is full",
        "The one at the tram stop",
        "Der Kübel bei der Tramhaltestelle ist voll",
    ],
)
def test_something_at_a_stop_is_no_alarm(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "A man collapsed at the tram stop and is not breathing",
        "Bei der Haltestelle brennt ein Auto",
        "Bei der Tramhaltestelle liegt ein Mann am Boden",
        "Ein Kind spielt auf den Tramgleisen bei der Haltestelle",
    ],
)
def test_an_emergency_at_a_stop_still_is_one(text: str) -> None:
    assert detect_urgent(text).urgent
