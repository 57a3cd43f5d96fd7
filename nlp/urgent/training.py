"""Training the urgent model: `quartierbot train-urgent` (config nlp/configs/urgent.cfg,
fixed seed, corpus nlp/corpus/urgent_train.jsonl, model out to nlp/urgent_model/).

Two runs give the same model byte for byte (tests/test_urgent_training_reproducible.py).
The model reads each row through `model_text`, so a change there (an idiom more to strip)
changes what a retrain gives: the installed model's meta keeps a fingerprint of what it
was trained on (`training_fingerprint`: the recipe, and each row as the model reads it,
its labels and split), and a test compares it with what the code reads now. When they
differ, the installed model is no longer what `train-urgent` makes: retrain it.
"""

from __future__ import annotations

import hashlib
import json
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
REPO_ROOT = Path(__file__).resolve().parents[2]
# The meta.json key of the fingerprint of what the model was trained on.
FINGERPRINT_KEY = "quartier_training_fingerprint"
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

    scores = train_pipeline(
        config=config, train_file=train_file, output=output, overrides=overrides, name="urgent"
    )
    _relative_paths(output / "config.cfg")
    meta_file = output / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta[FINGERPRINT_KEY] = training_fingerprint(config, train_file, overrides)
    meta_file.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return scores


def training_fingerprint(
    config: Path, train_file: Path, overrides: dict[str, Any] | None = None
) -> str:
    """SHA-256 of what training reads: the recipe (config text and overrides) and each
    row as the model reads it (`model_text`), with its labels and dev split."""
    digest = hashlib.sha256()
    digest.update(Path(config).read_text(encoding="utf-8").encode("utf-8"))
    digest.update(json.dumps(overrides or {}, sort_keys=True, default=str).encode("utf-8"))
    for rec in read_urgent(Path(train_file)):
        row = [model_text(rec.text.lower()), sorted(labels_of(rec)), in_dev_split(rec.text, 10)]
        digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()


def _relative_paths(config_file: Path) -> None:
    """The corpus paths in the installed config.cfg relative to the repository (spaCy writes
    them absolute): the model's files are then the same from any checkout."""
    root = f"{REPO_ROOT}/"
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(text.replace(f'"{root}', '"'), encoding="utf-8")
