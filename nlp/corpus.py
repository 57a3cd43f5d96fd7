"""The training corpus: JSON Lines with `text` and `topic` (or `topic_accept`).

The topic model's training file is split into train and dev (the calibration
split the pool weights are fitted on) by a fixed list: `dev_keys.txt` names the
dev rows by a key of their text (`text_key`), so the dev split never changes
between runs, never overlaps the held-out test file, and does not change when
rows are added to the corpus (new rows are training rows). The list is the rows
of the corpus up to round 10 whose text's CRC-32 mod 100 is below 10, the hash
rule that chose the split before (`in_dev_split`, still the urgent corpus's
rule). Importing this module does not load spaCy (the reader for spaCy's
training is nlp.corpus_reader).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = Path(__file__).parent / "corpus"
TRAIN_FILE = CORPUS_DIR / "train.jsonl"
TEST_FILE = CORPUS_DIR / "test.jsonl"
DEV_KEYS_FILE = CORPUS_DIR / "dev_keys.txt"


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


def text_key(text: str) -> str:
    """A row's key in `dev_keys.txt`: the first 16 hex digits of its text's SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_dev_keys(path: Path = DEV_KEYS_FILE) -> frozenset[str]:
    """The keys of a fixed dev split, one a line (blank lines and # comments skipped)."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def dev_rule(dev_keys: Path | None, dev_percent: int) -> Callable[[str], bool]:
    """Whether a text is a dev row: listed in the `dev_keys` file when one is given
    (a relative path is read from the project root), else by the hash rule
    (`in_dev_split`)."""
    if dev_keys is None:
        return lambda text: in_dev_split(text, dev_percent)
    path = dev_keys if dev_keys.is_absolute() else PROJECT_ROOT / dev_keys
    keys = read_dev_keys(path)
    return lambda text: text_key(text) in keys
