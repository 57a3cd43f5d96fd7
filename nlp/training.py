"""Reproducible training: the spaCy config in nlp/configs/ with a fixed seed,
the corpus in nlp/corpus/, the model out to nlp/model/ (what the package uses)."""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from spacy.cli.train import train as spacy_train

import nlp.corpus_reader
import nlp.features  # noqa: F401  (registers the architecture)
from nlp.classifier import DEFAULT_MODEL
from nlp.corpus import TRAIN_FILE

log = logging.getLogger(__name__)

DEFAULT_CONFIG = Path(__file__).parent / "configs" / "textcat.cfg"


def train_model(
    *,
    config: Path = DEFAULT_CONFIG,
    train_file: Path = TRAIN_FILE,
    output: Path = DEFAULT_MODEL,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train the topic model and install the best checkpoint at `output`.

    Returns the dev-split scores spaCy recorded for that checkpoint.
    """
    return train_pipeline(
        config=config, train_file=train_file, output=output, overrides=overrides, name="topic"
    )


def train_pipeline(
    *,
    config: Path,
    train_file: Path,
    output: Path,
    overrides: dict[str, Any] | None = None,
    name: str,
) -> dict[str, Any]:
    """Train a spaCy pipeline from `config` on `train_file` (the config's reader
    holds out the dev split) and install the best checkpoint at `output`."""
    settings: dict[str, Any] = {"paths.train": str(train_file), "paths.dev": str(train_file)}
    settings.update(overrides or {})
    with tempfile.TemporaryDirectory(prefix=f"quartierbot-{name}-") as tmp:
        spacy_train(config, Path(tmp), use_gpu=-1, overrides=settings)
        best = Path(tmp) / "model-best"
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(best, output)
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    scores: dict[str, Any] = meta.get("performance", {})
    log.info(
        "%s model written to %s (dev macro-F1 %.3f)", name, output, scores.get("cats_macro_f", 0.0)
    )
    return scores
