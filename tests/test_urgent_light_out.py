"""A light that does not burn is no fire (new-user trial J, finding 5): after
"erledigt" for a street light, "Sie brennt immer noch nicht" got the emergency
numbers and an urgent fire card ("immer noch" made "brennt" a cue of now).
Made-up texts."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent


@pytest.mark.parametrize(
    "text",
    [
        "Sie brennt immer noch nicht",
        "Sie brennt wieder nicht",
        "Es brennt immer noch nicht",
        "Sie brännt immer no nöd",
    ],
)
def test_a_light_that_does_not_burn_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Es brennt!",
        "Es brennt nicht weit von hier!",
        "Es brennt nicht nur im Keller, auch im Treppenhaus",
        "Das Feuer brennt immer noch, nicht gelöscht",
        "Im Keller brennt es, die Tür geht nicht auf",
    ],
)
def test_a_fire_still_is(text: str) -> None:
    assert detect_urgent(text).urgent
