"""The kind staff see on an emergency's card reads its cues at word starts
(nlp.urgent.category): "dringend" held "drin" (a burglar still inside), the Kirchgasse
"gas", a street a "tree", "couteau" an "eau"; compounds' tails still count."""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent
from nlp.urgent.category import category_of

KINDS = [
    ("dringend: ein mann liegt am boden und reagiert nicht", "unconscious"),
    ("un homme menace les passants avec un couteau", "weapon"),
    ("a man is lying in the street and not moving", "unconscious"),
    ("die versicherung zahlt nicht, er blutet", "bleeding"),
    ("du hast recht, er blutet", "bleeding"),
    ("der gassenarbeiter sagt, ein mann ist bewusstlos", "unconscious"),
    ("der hund hat ein bisschen gebellt, ein mann ist verletzt", "bleeding"),
    ("i see a man lying there, he is not moving", "unconscious"),
    ("vor em huus wird grad en maa zämegschlage", "violence"),
    ("un ragazzo viene picchiato da un gruppo nel parco", "violence"),
    ("rauch dringt unter der wohnungstür durch", "smoke"),
    # compounds' tails
    ("es riecht nach erdgas", "gas"),
    ("ein stromkabel liegt am boden", "live_cable"),
    ("ein strassenbaum ist umgestürzt", "tree_down"),
    ("verkehrsunfall an der kreuzung", "traffic_accident"),
    ("ein schwerverletzter velofahrer", "bleeding"),
    ("ein kind ist in den zürichsee gefallen", "drowning"),
    ("der hund hat den mann gebissen", "dog_attack"),
    ("ein hundebiss am bein", "dog_attack"),
    ("mann ist hingestürzt", "fall"),
    ("kellerbrand", "fire"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kind_cues_stand_at_word_starts(text: str, kind: str) -> None:
    assert category_of(text) == kind


@pytest.mark.parametrize(
    "text", ["in der kirchgasse liegt ein mann am boden", "am limmatplatz liegt ein mann"]
)
def test_a_street_names_no_kind(text: str) -> None:
    assert category_of(text) is None


def test_the_card_shows_the_kind_the_text_names() -> None:
    """Staff read "burglar" on the card of a man who does not respond ("dringend")."""
    result = detect_urgent("Dringend: ein Mann liegt am Boden und reagiert nicht")
    assert result.urgent and result.category == "unconscious"
