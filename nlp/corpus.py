"""The training corpus: JSON Lines with `text` and `topic` (or `topic_accept`).

The training file is split into train and dev by a stable hash of the text,
so the dev split (used by spaCy to pick the best checkpoint) never changes
between runs and never overlaps the held-out test file. Importing this module
does not load spaCy (the reader for spaCy's training is nlp.corpus_reader).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).parent / "corpus"
TRAIN_FILE = CORPUS_DIR / "train.jsonl"
TEST_FILE = CORPUS_DIR / "test.jsonl"


class CorpusError(ValueError):
    """A corpus line is malformed."""


@dataclass(frozen=True, slots=True)
class Record:
    text: str
    topics: tuple[str, ...]  # acceptable topics; the first is the gold label
    kreis: int | None
    has_kreis: bool  # whether the line states a Kreis (or explicitly none)
    urgent: bool | None
    raw: dict[str, Any]


def jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of a JSON Lines corpus file."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{lineno}: not JSON") from exc
            yield lineno, obj


def read_records(path: Path) -> Iterator[Record]:
    for lineno, obj in jsonl_rows(path):
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            raise CorpusError(f"{path}:{lineno}: no text")
        if "topic_accept" in obj:
            topics = tuple(obj["topic_accept"])
        elif "topic" in obj:
            topics = (obj["topic"],)
        else:
            raise CorpusError(f"{path}:{lineno}: no topic")
        yield Record(
            text=text,
            topics=topics,
            kreis=obj.get("kreis"),
            has_kreis="kreis" in obj,
            urgent=obj.get("urgent"),
            raw=obj,
        )


def in_dev_split(text: str, dev_percent: int) -> bool:
    return zlib.crc32(text.encode("utf-8")) % 100 < dev_percent
