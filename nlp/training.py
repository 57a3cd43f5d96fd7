"""Reproducible training: the spaCy config in nlp/configs/ with a fixed seed,
the corpus in nlp/corpus/, the model out to nlp/model/ (what the package uses).

The topic model is the TF-IDF component (nlp/tfidf.py, settings in
nlp/configs/tfidf.cfg): a logistic regression over word and character n-grams
fitted on the training split of nlp/configs/textcat.cfg, with more members pooled
into it (nlp/ensemble.py, the [ensemble] section of tfidf.cfg: NB-SVM on the
n-grams' presence, complement naive Bayes, and the subword-embedding member of
nlp/pieces.py), the pooling fitted on their out-of-fold predictions of the
training split (nlp/pool.py; the dev split is then read by nothing). When tfidf.cfg gives the
textcat a share (`weight` > 0), spaCy first trains the textcat of textcat.cfg (its
best checkpoint picked on the dev split) and the component averages the two; with
weight 0 (installed since 2026-12-06) no textcat is trained and the pipeline is
the config's tokenizer and the component."""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

import spacy
from spacy.cli.train import train as spacy_train
from spacy.language import Language
from spacy.training import Example
from spacy.util import load_config, registry

import nlp.corpus_reader
import nlp.ensemble
import nlp.features  # registers the architecture
import nlp.tfidf  # registers the TF-IDF component
import nlp.tokenizer  # registers the normalising tokenizer
from nlp.classifier import DEFAULT_MODEL
from nlp.corpus import TRAIN_FILE

log = logging.getLogger(__name__)

DEFAULT_CONFIG = Path(__file__).parent / "configs" / "textcat.cfg"
TFIDF_CONFIG = Path(__file__).parent / "configs" / "tfidf.cfg"


def train_model(
    *,
    config: Path = DEFAULT_CONFIG,
    train_file: Path = TRAIN_FILE,
    output: Path = DEFAULT_MODEL,
    overrides: dict[str, Any] | None = None,
    tfidf_config: Path | None = TFIDF_CONFIG,
) -> dict[str, Any]:
    """Train the topic model and install it at `output`: the textcat's best
    checkpoint (unless the TF-IDF component gives it no share), then (unless
    `tfidf_config` is None) the TF-IDF component.

    Returns the dev-split scores of the installed pipeline.
    """
    settings = _settings(train_file, overrides)
    if tfidf_config is not None and not textcat_share(tfidf_config):
        # The textcat has no share in the topic: none is trained, the pipeline is
        # the config's tokenizer and the TF-IDF component.
        pipeline = blank_pipeline(config, settings)
        return fit_tfidf(
            pipeline, output, config=config, tfidf_config=tfidf_config, settings=settings
        )
    scores = train_pipeline(
        config=config, train_file=train_file, output=output, overrides=overrides, name="topic"
    )
    if tfidf_config is None:
        return scores
    return add_tfidf(output, config=config, tfidf_config=tfidf_config, settings=settings)


def textcat_share(tfidf_config: Path) -> float:
    """The textcat's share of the topic (the TF-IDF component's `weight`)."""
    return float(load_config(tfidf_config)["tfidf"]["weight"])


def blank_pipeline(config: Path, settings: dict[str, Any]) -> Language:
    """An empty pipeline with the language and tokenizer of `config`'s [nlp]."""
    cfg = load_config(config, overrides=settings, interpolate=True)
    return spacy.blank(
        cfg["nlp"]["lang"],
        config={
            "nlp": {"tokenizer": cfg["nlp"]["tokenizer"], "batch_size": cfg["nlp"]["batch_size"]}
        },
    )


def _settings(train_file: Path, overrides: dict[str, Any] | None) -> dict[str, Any]:
    settings: dict[str, Any] = {"paths.train": str(train_file), "paths.dev": str(train_file)}
    settings.update(overrides or {})
    return settings


def add_tfidf(
    model_dir: Path, *, config: Path, tfidf_config: Path, settings: dict[str, Any]
) -> dict[str, Any]:
    """Fit the TF-IDF component on the training examples of `config` (with the same
    overrides, so the same split) and add it to the pipeline at `model_dir`;
    the pipeline's dev scores are measured again and stored in its meta."""
    return fit_tfidf(
        spacy.load(model_dir),
        model_dir,
        config=config,
        tfidf_config=tfidf_config,
        settings=settings,
    )


def fit_tfidf(
    pipeline: Language,
    output: Path,
    *,
    config: Path,
    tfidf_config: Path,
    settings: dict[str, Any],
) -> dict[str, Any]:
    """Add the TF-IDF component to `pipeline`, fit it (and the members pooled into
    it) on `config`'s training split, pool on its dev split, and install the
    pipeline at `output`. Returns the pipeline's dev scores."""
    cfg = load_config(config, overrides=settings, interpolate=True)
    corpora = registry.resolve(cfg["corpora"])
    tfidf_cfg = load_config(tfidf_config)
    component = dict(tfidf_cfg["tfidf"])
    tfidf = pipeline.add_pipe("quartier_tfidf", name="tfidf", config=component)
    assert isinstance(tfidf, nlp.tfidf.TfidfTopics)
    train = list(corpora["train"](pipeline))
    dev = list(corpora["dev"](pipeline))
    if tfidf_cfg.get("ensemble", {}).get("members") and not dev:
        raise ValueError(
            "no dev row: the training file holds none of the rows of the fixed dev split "
            "(paths.dev_keys, nlp/corpus/dev_keys.txt); the pool weights need them "
            "(override paths.dev_keys=null for the hash split)"
        )
    # One thread for numpy's BLAS while fitting: the same sums in the same order on
    # every machine, and no threads waiting on each other on a busy one (the subword
    # member's regression took 138 s with OpenBLAS's threads at load 9, 21 s with one).
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        tfidf.initialize(lambda: train, nlp=pipeline)
        folded = nlp.ensemble.fold_members(
            tfidf, _texts_gold(train), _texts_gold(dev), dict(tfidf_cfg.get("ensemble", {}))
        )
    if folded:
        pipeline.meta["quartier_ensemble"] = folded
    scores: dict[str, Any] = pipeline.evaluate(dev) if dev else {}
    pipeline.meta.setdefault("performance", {}).update(
        {k: v for k, v in scores.items() if isinstance(v, float | int)}
    )
    if output.exists():
        shutil.rmtree(output)
    pipeline.to_disk(output)
    log.info("TF-IDF component added (dev macro-F1 %.3f)", scores.get("cats_macro_f", 0.0))
    return dict(pipeline.meta["performance"])


def _texts_gold(examples: list[Example]) -> tuple[list[str], list[str]]:
    """The texts as the TF-IDF component reads them and their gold topics."""
    texts = [eg.predicted.text for eg in examples]
    gold = [max(eg.reference.cats, key=lambda k: eg.reference.cats[k]) for eg in examples]
    return texts, gold


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
    settings = _settings(train_file, overrides)
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
