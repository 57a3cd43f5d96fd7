"""What the classifier takes, importable without loading spaCy (the command
line imports it at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = Path(__file__).parent / "model"


@dataclass(frozen=True, slots=True)
class Concern:
    """Input to the classifier."""

    text: str
    lat: float | None = None
    lon: float | None = None
