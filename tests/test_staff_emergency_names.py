"""Staff read every emergency kind by its name, never a raw key: helper urg2
found "tree_down", "live_cable" and "other" shown as they are written in code
("Notfall: tree_down")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.texts.staff import EMERGENCY_KINDS, emergency_name
from nlp.urgent.category import CATEGORIES

MODEL_META = Path(__file__).resolve().parent.parent / "nlp" / "urgent_model" / "meta.json"
MODEL_KINDS = set(json.loads(MODEL_META.read_text())["labels"]["textcat"]) - {"urgent"}
RULE_KINDS = {name for name, _ in CATEGORIES}


@pytest.mark.parametrize("kind", sorted(MODEL_KINDS | RULE_KINDS | {"other"}))
def test_every_emergency_kind_has_a_staff_name(kind: str) -> None:
    assert kind in EMERGENCY_KINDS
    name = emergency_name(kind)
    assert not name.endswith(f": {kind}") and "_" not in name, name
    assert "ß" not in name
