"""Retraining the topic model with staff corrections (`quartierbot train --with-corrections`).

Corrections are JSON Lines rows `{"text", "topic", "kreis"?}` as
`quartierbot corrections export` writes them. They join the training split of
the corpus, each repeated `weight` times (default `DEFAULT_WEIGHT`): a few
dozen corrected concerns among some 10,000 corpus rows would otherwise be
seen a handful of times per run and not move the model; repeated, a
correction weighs like a small cluster of corpus rows, enough to teach a new
kind of concern without drowning what the corpus teaches (the held-out test
set measures that). Corrections always count as training rows, never as dev
rows: the dev split (which picks the checkpoint) stays the corpus's own, the
same as for a model trained without corrections, so the two compare fairly.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from nlp.corpus import TRAIN_FILE, CorpusError, dev_rule, jsonl_rows
from nlp.routing import RoutingTable

DEFAULT_WEIGHT = 10


def read_corrections(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """The correction rows of `paths` as `{"text", "topic"}`; a row without text or
    with a topic the routing table does not know is an error."""
    topics = set(RoutingTable.load().topic_codes)
    rows: list[dict[str, Any]] = []
    for path in paths:
        for lineno, obj in jsonl_rows(path):
            text, topic = obj.get("text"), obj.get("topic")
            if not isinstance(text, str) or not text.strip():
                raise CorpusError(f"{path}:{lineno}: no text")
            if topic not in topics:
                raise CorpusError(f"{path}:{lineno}: unknown topic {topic!r}")
            rows.append({"text": text, "topic": topic})
    return rows


def _dev_rule(config: Path, overrides: dict[str, Any]) -> Callable[[str], bool]:
    """Whether a corpus text is a dev row, by the dev reader of `config` (its fixed
    list of dev rows, or its hash rule), as `overrides` leave it."""
    from spacy.util import load_config  # spaCy only when training

    settings = {k: v for k, v in overrides.items() if k.startswith(("paths.", "corpora."))}
    dev = load_config(config, overrides=settings, interpolate=True)["corpora"]["dev"]
    keys = dev.get("dev_keys")
    return dev_rule(Path(keys) if keys else None, int(dev.get("dev_percent", 10)))


def write_merged_corpus(
    out: Path,
    *,
    train_file: Path,
    corrections: Sequence[dict[str, Any]],
    weight: int,
    dev_percent: int = 10,
    in_dev: Callable[[str], bool] | None = None,
) -> int:
    """Write the training split of `train_file` (every row `in_dev` does not
    claim; by default the hash rule with `dev_percent`) and every correction
    `weight` times to `out`; returns the number of rows written."""
    if weight < 1:
        raise ValueError("weight must be at least 1")
    is_dev = in_dev or dev_rule(None, dev_percent)
    written = 0
    with out.open("w", encoding="utf-8") as fh:
        for _, obj in jsonl_rows(train_file):
            if not is_dev(str(obj.get("text", ""))):
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
                written += 1
        for row in corrections:
            line = json.dumps(row, ensure_ascii=False) + "\n"
            fh.write(line * weight)
            written += weight
    return written


def train_with_corrections(
    *,
    corrections: Sequence[Path],
    weight: int = DEFAULT_WEIGHT,
    config: Path | None = None,
    train_file: Path = TRAIN_FILE,
    output: Path,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train the topic model on `train_file` plus the corrections (fixed seed, the
    same recipe and dev split as `train_model` alone) into `output`."""
    from nlp.training import DEFAULT_CONFIG, train_model  # spaCy's trainer: load it only here

    config = config or DEFAULT_CONFIG
    settings = dict(overrides or {})
    rows = read_corrections(corrections)
    with tempfile.TemporaryDirectory(prefix="quartierbot-corrections-") as tmp:
        merged = Path(tmp) / "train_with_corrections.jsonl"
        write_merged_corpus(
            merged,
            train_file=train_file,
            corrections=rows,
            weight=weight,
            in_dev=_dev_rule(config, settings),
        )
        # The merged file is all training rows; the dev rows come from the corpus alone.
        settings = {"paths.dev": str(train_file), "corpora.train.split": "all", **settings}
        return train_model(config=config, train_file=merged, output=output, overrides=settings)
