"""Training the urgent model: `quartierbot train-urgent` (config nlp/configs/urgent.cfg,
fixed seed, corpus nlp/corpus/urgent_train.jsonl, model out to nlp/urgent_model/)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

import nlp.features  # noqa: F401  (registers the architecture)
from nlp.corpus import CORPUS_DIR, CorpusError, in_dev_split, jsonl_rows
from nlp.urgent.cues import model_text
from nlp.urgent.model import DEFAULT_URGENT_MODEL, URGENT_LABEL

log = logging.getLogger(__name__)

URGENT_TRAIN_FILE = CORPUS_DIR / "urgent_train.jsonl"
URGENT_TEST_FILE = CORPUS_DIR / "urgent_test.jsonl"
URGENT_CONFIG = Path(__file__).resolve().parent.parent / "configs" / "urgent.cfg"
LANGS = ("de", "gsw", "en", "fr", "it")


@dataclass(frozen=True, slots=True)
class UrgentRecord:
    text: str
    urgent: bool
    category: str  # the emergency category, or the kind of negative ("past", "idiom", ...)
    lang: str


def read_urgent(path: Path, lenient: bool = False) -> Iterator[UrgentRecord]:
    """Rows {"text", "urgent", "category"?, "lang"?} of an urgent corpus file.

    lenient: a row without "urgent" (a topic corpus, eval-real) counts as not urgent."""
    for lineno, obj in jsonl_rows(path):
        text, urgent = obj.get("text"), obj.get("urgent")
        if lenient and urgent is None:
            urgent = False
        if not isinstance(text, str) or not text.strip() or not isinstance(urgent, bool):
            raise CorpusError(f"{path}:{lineno}: needs 'text' and a boolean 'urgent'")
        category = obj.get("category") or ("unknown" if urgent else "unlabelled")
        yield UrgentRecord(text, urgent, str(category), str(obj.get("lang") or "?"))


def labels_of(rec: UrgentRecord) -> set[str]:
    """Gold labels: "urgent" and the category for an emergency, none for anything else."""
    return {URGENT_LABEL, rec.category} if rec.urgent else set()


@registry.readers("quartier.UrgentJsonl.v1")  # type: ignore[untyped-decorator]
def create_urgent_reader(
    path: Path, split: str = "all", dev_percent: int = 10
) -> Callable[[Language], Iterable[Example]]:
    """spaCy corpus reader: labels "urgent" and the emergency category (multi-label)."""
    if split not in {"train", "dev", "all"}:
        raise CorpusError(f"unknown split {split!r}")
    records = list(read_urgent(Path(path)))
    labels = sorted({URGENT_LABEL} | {label for r in records for label in labels_of(r)})

    def read(pipeline: Language) -> Iterator[Example]:
        for rec in records:
            if split != "all" and in_dev_split(rec.text, dev_percent) != (split == "dev"):
                continue
            gold = labels_of(rec)
            cats = {label: float(label in gold) for label in labels}
            doc = pipeline.make_doc(model_text(rec.text.lower()))  # as the detector reads it
            yield Example.from_dict(doc, {"cats": cats})

    return read


def train_urgent(
    *,
    config: Path = URGENT_CONFIG,
    train_file: Path = URGENT_TRAIN_FILE,
    output: Path = DEFAULT_URGENT_MODEL,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train the urgent model and install the best checkpoint at `output`.

    Returns the dev-split scores spaCy recorded for that checkpoint."""
    from nlp.training import train_pipeline  # imports the topic classifier; only for training

    return train_pipeline(
        config=config, train_file=train_file, output=output, overrides=overrides, name="urgent"
    )
