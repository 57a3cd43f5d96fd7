"""`quartierbot train` with the pool's inputs kept (docs/real-baseline.md, "A steadier pool").

    python bench/pool_capture.py --output DIR [--train-file FILE] --keep FILE.npz

Trains the topic model as `quartierbot train` does (nlp.training.train_model; the
same model in DIR), with nlp/configs/tfidf.cfg's pool_folds set to --pool-folds
(3: the pool fitted out of fold, 0: on the dev split), and keeps what the pool is
fitted from: each member's log-probabilities of the dev split and of the held-out
test split (the members fitted on the training split, before pooling) and, when
the pool is fitted out of fold, their out-of-fold log-probabilities of the
training split, with the gold labels. `bench/pool_steadiness.py --kept FILE.npz`
refits pools from them in seconds.
Nothing here reads eval-real.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path
from typing import Any

import numpy as np


def main() -> None:
    import spacy

    import nlp.ensemble as ensemble
    import nlp.tokenizer  # noqa: F401  (registers the normalising tokenizer)
    from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
    from nlp.training import TFIDF_CONFIG, train_model

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--train-file", type=Path, default=TRAIN_FILE)
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--pool-folds", type=int, default=3, help="[ensemble] pool_folds")
    args = parser.parse_args()

    blank = spacy.blank(
        "de", config={"nlp": {"tokenizer": {"@tokenizers": "quartier.NormalisingTokenizer.v1"}}}
    )
    test = list(read_records(TEST_FILE))
    test_texts = [blank.make_doc(r.text).text for r in test]
    kept: dict[str, Any] = {}
    real_fit, real_oof, real_fold = (
        ensemble.fit_members,
        ensemble.out_of_fold_log_probs,
        ensemble.fold_members,
    )

    def fold_members(component: Any, train: Any, dev: Any, settings: Any) -> Any:
        kept["component"] = component
        labels = component.labels
        kept["y_train"] = np.asarray([labels.index(g) for g in train[1]])
        kept["y_dev"] = np.asarray([labels.index(g) for g in dev[1]])
        kept["dev_texts"] = dev[0]
        return real_fold(component, train, dev, settings)

    def fit_members(component: Any, texts: Any, y: Any, settings: Any) -> Any:
        members = real_fit(component, texts, y, settings)
        if component is kept.get("component") and "test" not in kept:  # the model's own
            own = kept["component"]
            kept["test"] = ensemble.member_log_probs(own, members, test_texts)
            kept["dev"] = ensemble.member_log_probs(own, members, kept["dev_texts"])
        return members

    def out_of_fold_log_probs(component: Any, train: Any, settings: Any) -> Any:
        kept["oof"] = real_oof(component, train, settings)
        return kept["oof"]

    ensemble.fold_members = fold_members
    ensemble.fit_members = fit_members
    ensemble.out_of_fold_log_probs = out_of_fold_log_probs
    recipe = TFIDF_CONFIG.read_text(encoding="utf-8")
    recipe = re.sub(r"(?m)^pool_folds = \d+$", f"pool_folds = {args.pool_folds}", recipe)
    with tempfile.TemporaryDirectory() as tmp:
        tfidf_config = Path(tmp) / "tfidf.cfg"
        tfidf_config.write_text(recipe, encoding="utf-8")
        train_model(train_file=args.train_file, output=args.output, tfidf_config=tfidf_config)
    labels = kept["component"].labels
    accept = np.asarray([[lab in r.topics for lab in labels] for r in test])
    arrays = {
        "y_train": kept["y_train"],
        "y_dev": kept["y_dev"],
        "test_accept": accept,
        **{f"dev{k}": a for k, a in enumerate(kept["dev"])},
        **{f"test{k}": a for k, a in enumerate(kept["test"])},
        **{f"oof{k}": a for k, a in enumerate(kept.get("oof", []))},
    }
    np.savez(args.keep, **arrays)


if __name__ == "__main__":
    main()
