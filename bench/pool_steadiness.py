"""How steady are the topic model's pool weights? (docs/real-baseline.md, "A steadier pool")

    python bench/pool_steadiness.py --dev-seed 0 --fold-seed 0 [--extra FILE] [--folds 3]

Fits the TF-IDF component and its members (nlp/ensemble.py) on the training
split of train.jsonl (plus `--extra` rows appended, as a corpus round would be),
and the pool weights two ways: on the dev split (the pool before, Nelder-Mead
as in `fit_pool`) and on the members' k-fold out-of-fold predictions of the
training split (nlp/pool.py, with a few shrink values). Dev seed 0 is the fixed
dev split (nlp/corpus/dev_keys.txt); seed s > 0 a 10 % split by CRC-32 of
"s:" + the text. Prints the weights and the dev and held-out (test.jsonl)
accuracy of each pool. Nothing here reads eval-real. The members' log-
probabilities are cached in --cache (one file per split, corpus and fold seed)
so the pools can be compared again in seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import time
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    import spacy
    from spacy.util import load_config
    from threadpoolctl import threadpool_limits

    import nlp.tokenizer  # noqa: F401  (registers the normalising tokenizer)
    from nlp.corpus import TEST_FILE, TRAIN_FILE, dev_rule, read_records
    from nlp.ensemble import (
        _log_softmax,
        fit_members,
        fit_pool,
        member_log_probs,
        out_of_fold_log_probs,
    )
    from nlp.pool import fit_weights
    from nlp.tfidf import TfidfTopics
    from nlp.training import TFIDF_CONFIG

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev-seed", type=int, default=0)
    parser.add_argument("--fold-seed", type=int, default=0)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--extra", type=Path, nargs="*", default=[])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/pool_steadiness"))
    parser.add_argument(
        "--kept", type=Path, nargs="*", default=[], help="bench/pool_capture.py files"
    )
    parser.add_argument("--resamples", type=int, default=20)
    parser.add_argument("--every", type=int, default=1, help="every n-th row (a quick check)")
    parser.add_argument("--shrink", type=float, nargs="*", default=[0.0, 0.01, 0.1])
    args = parser.parse_args()
    if args.kept:
        for kept in args.kept:
            steadiness(kept, args.resamples, args.shrink)
        return
    args.cache.mkdir(parents=True, exist_ok=True)

    pipeline = spacy.blank(
        "de", config={"nlp": {"tokenizer": {"@tokenizers": "quartier.NormalisingTokenizer.v1"}}}
    )
    records = [r for f in [TRAIN_FILE, *args.extra] for r in read_records(f)][:: args.every]
    if args.dev_seed == 0:
        fixed = dev_rule(Path("nlp/corpus/dev_keys.txt"), 10)
        in_dev = [fixed(r.text) for r in records]
    else:
        salt = f"{args.dev_seed}:"
        in_dev = [zlib.crc32((salt + r.text).encode()) % 100 < 10 for r in records]
    texts = [pipeline.make_doc(r.text).text for r in records]
    gold = [r.topics[0] for r in records]
    test = list(read_records(TEST_FILE))
    test_texts = [pipeline.make_doc(r.text).text for r in test]
    labels = sorted({*gold})
    index = {label: j for j, label in enumerate(labels)}
    train = (
        [t for t, d in zip(texts, in_dev, strict=True) if not d],
        [g for g, d in zip(gold, in_dev, strict=True) if not d],
    )
    dev = (
        [t for t, d in zip(texts, in_dev, strict=True) if d],
        [g for g, d in zip(gold, in_dev, strict=True) if d],
    )
    y_train = np.asarray([index[g] for g in train[1]])
    y_dev = np.asarray([index[g] for g in dev[1]])
    settings = dict(load_config(TFIDF_CONFIG)["ensemble"])
    settings.update({"pool_folds": args.folds, "pool_seed": args.fold_seed})
    corpus = hashlib.sha1(
        "".join(f.read_text() for f in [TRAIN_FILE, *args.extra]).encode()
    ).hexdigest()[:8]
    corpus += f"-every{args.every}" if args.every > 1 else ""
    print(f"corpus {corpus}: train {len(train[0])}, dev {len(dev[0])}, test {len(test)}")

    final_file = args.cache / f"final-{corpus}-dev{args.dev_seed}.npz"
    with threadpool_limits(limits=1):
        if not final_file.exists():
            start = time.time()
            component = TfidfTopics("tfidf", **dict(load_config(TFIDF_CONFIG)["tfidf"]))
            component.fit(train[0], train[1], labels)
            members = fit_members(component, train[0], y_train, settings)
            lp_dev = member_log_probs(component, members, dev[0])
            lp_test = member_log_probs(component, members, test_texts)
            arrays = {f"dev{k}": a for k, a in enumerate(lp_dev)}
            arrays.update({f"test{k}": a for k, a in enumerate(lp_test)})
            np.savez(final_file, **arrays)  # type: ignore[arg-type]
            print(f"members fitted: {time.time() - start:.0f} s", flush=True)
        oof_file = (
            args.cache / f"oof-{corpus}-dev{args.dev_seed}-k{args.folds}-f{args.fold_seed}.npz"
        )
        if not oof_file.exists():
            start = time.time()
            component = TfidfTopics("tfidf", **dict(load_config(TFIDF_CONFIG)["tfidf"]))
            component.labels = labels
            oof = out_of_fold_log_probs(component, train, settings)
            arrays = {f"oof{k}": a for k, a in enumerate(oof)}
            np.savez(oof_file, **arrays)  # type: ignore[arg-type]
            print(f"out-of-fold: {time.time() - start:.0f} s", flush=True)
    with np.load(final_file) as z:
        k = len([f for f in z.files if f.startswith("dev")])
        lp_dev = [z[f"dev{i}"] for i in range(k)]
        lp_test = [z[f"test{i}"] for i in range(k)]
    with np.load(oof_file) as z:
        oof = [z[f"oof{i}"] for i in range(k)]

    def accuracy(
        weights: np.ndarray, lps: list[np.ndarray], ys: list[tuple[str, ...]] | np.ndarray
    ) -> float:
        pooled = _log_softmax(sum(c * lp for c, lp in zip(weights, lps, strict=True)))
        top = pooled.argmax(axis=1)
        if isinstance(ys, np.ndarray):
            return float((top == ys).mean())
        return float(np.mean([labels[j] in accept for j, accept in zip(top, ys, strict=True)]))

    accept = [r.topics for r in test]
    pools = {
        "dev split, Nelder-Mead (before)": fit_pool(lp_dev, y_dev),
        "dev split, convex": fit_weights(lp_dev, y_dev),
    }
    for shrink in args.shrink:
        pools[f"out-of-fold k={args.folds}, shrink {shrink:g}"] = fit_weights(oof, y_train, shrink)
    each = [round(accuracy(np.eye(k)[i], lp_test, accept), 4) for i in range(k)]
    print(f"member held-out accuracy: {each}")
    each = [round(float((lp.argmax(1) == y_train).mean()), 4) for lp in oof]
    print(f"member out-of-fold accuracy: {each}")
    print("| pool | weights (LR, NB-SVM, CNB, subword) | dev | held-out |")
    print("|---|---|---|---|")
    for name, w in pools.items():
        weights = " / ".join(f"{c:.2f}" for c in w)
        dev_acc, test_acc = accuracy(w, lp_dev, y_dev), accuracy(w, lp_test, accept)
        print(f"| {name} | {weights} | {dev_acc:.4f} | {test_acc:.4f} |")


def steadiness(kept: Path, resamples: int, shrinks: list[float]) -> None:
    """Pools refitted from what bench/pool_capture.py kept: the dev-split fit (before)
    and the out-of-fold fit (after), each on `resamples` resamples of its rows: the
    dev split's rows drawn again (bootstrap), other dev-sized samples of the
    training rows (their out-of-fold predictions, as another 10 % dev split would
    give), and the out-of-fold rows drawn again. Prints each weight's range and the
    held-out accuracy's range over the resamples."""
    from nlp.ensemble import _log_softmax, fit_pool
    from nlp.pool import fit_weights

    with np.load(kept) as z:
        k = len([f for f in z.files if f.startswith("dev")])
        dev = [z[f"dev{i}"] for i in range(k)]
        test = [z[f"test{i}"] for i in range(k)]
        oof = [z[f"oof{i}"] for i in range(k)]
        y_dev, y_train, accept = z["y_dev"], z["y_train"], z["test_accept"]
    rows = np.arange(len(accept))

    def held_out(w: np.ndarray) -> int:
        top = _log_softmax(sum(c * lp for c, lp in zip(w, test, strict=True))).argmax(axis=1)
        return int(accept[rows, top].sum())

    def dev_right(w: np.ndarray) -> str:
        pooled = _log_softmax(sum(c * lp for c, lp in zip(w, dev, strict=True)))
        nll = -pooled[np.arange(len(y_dev)), y_dev].mean()
        return f"{int((pooled.argmax(axis=1) == y_dev).sum())} (NLL {nll:.4f})"

    print(f"\n{kept.name}: train {len(y_train)}, dev {len(y_dev)}, held-out {len(accept)}")
    print(f"held-out right per member: {[held_out(np.eye(k)[i]) for i in range(k)]}")
    each = [round(float((lp.argmax(1) == y_train).mean()), 4) for lp in oof]
    print(f"out-of-fold accuracy per member: {each}")
    print("| pool fitted on | weights (LR, NB-SVM, CNB, subword) | dev right | held-out right |")
    print("|---|---|---|---|")
    fits = {
        "dev split, Nelder-Mead (before)": fit_pool(dev, y_dev),
        "dev split, convex": fit_weights(dev, y_dev),
    }
    for shrink in shrinks:
        fits[f"out-of-fold, shrink {shrink:g}"] = fit_weights(oof, y_train, shrink)
    for name, w in fits.items():
        print(f"| {name} | {' / '.join(f'{c:.2f}' for c in w)} | {dev_right(w)} | {held_out(w)} |")
    rng = np.random.default_rng(0)
    draws: dict[str, list[np.ndarray]] = {
        "before: dev split redrawn": [],
        "before: other dev-sized samples": [],
        "after: out-of-fold rows redrawn": [],
    }
    for _ in range(resamples):
        b = rng.integers(0, len(y_dev), len(y_dev))
        draws["before: dev split redrawn"].append(fit_pool([lp[b] for lp in dev], y_dev[b]))
        o = rng.choice(len(y_train), len(y_dev), replace=False)
        draws["before: other dev-sized samples"].append(fit_pool([lp[o] for lp in oof], y_train[o]))
        a = rng.integers(0, len(y_train), len(y_train))
        draws["after: out-of-fold rows redrawn"].append(
            fit_weights([lp[a] for lp in oof], y_train[a], shrinks[0])
        )
    print(f"\n{resamples} resamples: each weight's min-max (sd); held-out right min-max")
    print("| resampled | LR | NB-SVM | CNB | subword | held-out right |")
    print("|---|---|---|---|---|---|")
    for name, ws in draws.items():
        m = np.asarray(ws)
        cells = [f"{m[:, i].min():.2f}-{m[:, i].max():.2f} ({m[:, i].std():.2f})" for i in range(k)]
        right = [held_out(w) for w in ws]
        print(f"| {name} | {' | '.join(cells)} | {min(right)}-{max(right)} |")


if __name__ == "__main__":
    main()
