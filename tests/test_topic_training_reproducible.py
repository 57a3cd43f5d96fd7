"""`quartierbot train` (the topic model) is one reproducible command: two runs on a
slice of the corpus give the same model byte for byte, the second in another
process with another hash seed and one thread for numpy's libraries. The recipe
with the pool fitted out of fold (pool_folds 3, nlp/pool.py: the folds are hashes
of the texts, the fits deterministic), which runs every fit the dev-split recipe
runs and the folds' besides. meta.json is compared without the speed that
spaCy's evaluation measures."""

from __future__ import annotations

import json
import re
from pathlib import Path

from nlp.corpus import TRAIN_FILE
from nlp.training import TFIDF_CONFIG, train_model
from tests.training_repro import corpus_slice, file_digests, train_in_a_child

_META = frozenset({"meta.json"})  # compared apart, without its speed
# A slice of the corpus (its fixed dev split's rows among them): about half a minute of CPU.
_SLICE_EVERY = 120
_TRAIN_IN_A_CHILD = """
import sys
from pathlib import Path
from nlp.training import TFIDF_CONFIG, train_model
train_model(train_file=Path(sys.argv[1]), output=Path(sys.argv[2]), tfidf_config=Path(sys.argv[3]))
"""


def _meta(model: Path) -> dict[str, object]:
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    meta["performance"].pop("speed", None)
    return dict(meta)


def test_two_runs_on_a_slice_give_the_same_topic_model_byte_for_byte(tmp_path: Path) -> None:
    corpus = corpus_slice(TRAIN_FILE, _SLICE_EVERY, tmp_path / "slice.jsonl")
    recipe = TFIDF_CONFIG.read_text(encoding="utf-8")
    recipe = re.sub(r"(?m)^pool_folds = \d+$", "pool_folds = 3", recipe)
    tfidf_config = tmp_path / "tfidf.cfg"
    tfidf_config.write_text(recipe, encoding="utf-8")
    first, second = tmp_path / "first", tmp_path / "second"
    train_model(train_file=corpus, output=first, tfidf_config=tfidf_config)
    train_in_a_child(_TRAIN_IN_A_CHILD, str(corpus), str(second), str(tfidf_config), cwd=tmp_path)
    files = file_digests(first, skip=_META)
    assert "tfidf/tfidf.npz" in files
    assert "tfidf/pieces/pieces.npz" in files
    assert files == file_digests(second, skip=_META)
    meta = _meta(first)
    assert meta == _meta(second)
    assert "out-of-fold" in str(meta["quartier_ensemble"])
