"""The model's kind loses to the kind the text names where the model's has no word in it:
"Ein Mann ist gestürzt, sein Hund bellt" (no rule; the model 0.97 urgent, its likeliest
kind drowning) is a fall on the card (nlp.urgent.kind)."""

from __future__ import annotations

from nlp.urgent import detect_urgent
from nlp.urgent.kind import believed


def test_a_fall_with_a_barking_dog_is_a_fall_not_a_drowning() -> None:
    result = detect_urgent("Ein Mann ist gestürzt, sein Hund bellt")
    assert result.urgent
    assert result.category == "fall"


def test_a_drowning_is_believed_where_the_text_names_water_or_no_other_kind() -> None:
    assert believed("drowning", "ein mann ist gestürzt, sein hund bellt") is None
    assert believed("drowning", "ein kind ist in die limmat gefallen") == "drowning"
    assert believed("drowning", "un enfant est tombé dans la rivière") == "drowning"
    # a typo names no kind at all: the model's stays
    assert believed("drowning", "un enfant est imobile au fond de la pisciine") == "drowning"
