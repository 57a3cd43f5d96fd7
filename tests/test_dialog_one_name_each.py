"""One definition of the vague topic, and names that say which question a function
answers (closing note leftovers, item 4): `VAGUE_TOPIC` was defined in three dialog
modules, and two functions named `only_where` answered different questions (a line
of where-words and known names; the home or the writer's whereabouts)."""

from __future__ import annotations

import re
from pathlib import Path

from bot.dialog import (
    answers,
    confirming,
    new_at_place,
    place_only,
    topic_kin,
    what_then_where,
    where_first,
)

DIALOG = Path(__file__).resolve().parent.parent / "bot" / "dialog"


def test_the_vague_topic_is_defined_once() -> None:
    defined = [
        p.name
        for p in sorted(DIALOG.glob("*.py"))
        if re.search(r"^VAGUE_TOPIC\s*=", p.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert defined == ["topic_kin.py"]
    for module in (answers, confirming, new_at_place, what_then_where):
        assert module.VAGUE_TOPIC is topic_kin.VAGUE_TOPIC


def test_no_two_functions_share_the_name_only_where() -> None:
    assert not hasattr(place_only, "only_where") and not hasattr(where_first, "only_where")
    assert callable(place_only.where_and_names_only)
    assert callable(where_first.says_where_not_what)
