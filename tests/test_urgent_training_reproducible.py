"""`quartierbot train-urgent` is one reproducible command: two runs give the same model
byte for byte (also in another process with another hash seed and one thread), and
the installed model is what the command makes from the code and corpus as they are
(nlp.urgent.training: the fingerprint of what the model reads)."""

from __future__ import annotations

import json
from pathlib import Path

from nlp.urgent.model import DEFAULT_URGENT_MODEL
from nlp.urgent.training import (
    FINGERPRINT_KEY,
    URGENT_CONFIG,
    URGENT_TRAIN_FILE,
    train_urgent,
    training_fingerprint,
)
from tests.training_repro import corpus_slice, file_digests, train_in_a_child

# A slice of the corpus and a short run: seconds, not minutes.
_SLICE_EVERY = 60
_SHORT = {"training.max_steps": 40, "training.eval_frequency": 20}
_TRAIN_IN_A_CHILD = """
import sys
from pathlib import Path
from nlp.urgent.training import train_urgent
train_urgent(train_file=Path(sys.argv[1]), output=Path(sys.argv[2]),
             overrides={"training.max_steps": 40, "training.eval_frequency": 20})
"""


def test_two_runs_on_a_slice_give_the_same_model_byte_for_byte(tmp_path: Path) -> None:
    corpus = corpus_slice(URGENT_TRAIN_FILE, _SLICE_EVERY, tmp_path / "slice.jsonl")
    first, second = tmp_path / "first", tmp_path / "second"
    train_urgent(train_file=corpus, output=first, overrides=_SHORT)
    train_in_a_child(_TRAIN_IN_A_CHILD, str(corpus), str(second), cwd=tmp_path)
    files = file_digests(first)
    assert "textcat/model" in files
    assert files == file_digests(second)


def test_the_installed_model_is_what_train_urgent_makes_of_the_code_and_corpus() -> None:
    """A change of what the model reads (an idiom more that `model_text` strips, a row of
    the corpus, the recipe) needs `quartierbot train-urgent` and the new model installed."""
    meta = json.loads((DEFAULT_URGENT_MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta.get(FINGERPRINT_KEY) == training_fingerprint(URGENT_CONFIG, URGENT_TRAIN_FILE), (
        "nlp/urgent_model/ was trained on other input: run `quartierbot train-urgent`"
    )


def test_the_installed_config_names_the_corpus_relative_to_the_repository() -> None:
    config = (DEFAULT_URGENT_MODEL / "config.cfg").read_text(encoding="utf-8")
    assert 'train = "nlp/corpus/urgent_train.jsonl"' in config
