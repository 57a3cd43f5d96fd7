"""Growth of the classifier's spaCy vocabularies in a long-running process.

Classifies N unique texts (corpus texts, each with made-up words mixed in, so
that every text brings new strings) through `ConcernClassifier.classify_many`,
then M more one by one through `classify` (the dialog's path), and prints at
intervals, for each pipeline (topic model, urgent model), len(vocab.strings)
and len(vocab), the process's resident memory (psutil) and texts per second
(CPU time). At the end: whether a resident's made-up word is still in either
StringStore after its classify returned, and how many entries the project's
own word caches hold (nlp.features, nlp.tfidf, nlp.batch_keys).

    python bench/vocab_growth.py [--n 50000] [--single 5000] [--every 10000]
        [--model DIR] [--urgent-model DIR]

No text is printed: only counts and one yes/no per probe word.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(7, 12)))


def texts(n: int, seed: int) -> list[str]:
    """n texts: a corpus text with two made-up words put in (new strings each)."""
    from nlp.corpus import TRAIN_FILE, read_records

    base = [r.text for r in read_records(TRAIN_FILE)]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = rng.choice(base).split()
        for _ in range(2):
            words.insert(rng.randint(0, len(words)), made_up_word(rng))
        out.append(" ".join(words))
    return out


def cache_sizes(clf: Any) -> dict[str, int]:
    """Entries of the project's own word caches (topic and urgent extractors)."""
    from nlp.fastscore import BowScorer

    sizes: dict[str, int] = {}
    scorers: list[tuple[str, BowScorer]] = [(f"topic.{k}", v) for k, v in clf._scorers.items()]
    if clf.urgent._scorer is not None:
        scorers.append(("urgent", clf.urgent._scorer))
    for name, scorer in scorers:
        ext = scorer.extractor
        for attr in ("_cache", "_orth_cache", "_pair_cache", "_orth_keys"):
            sizes[f"{name}.{attr}"] = len(getattr(ext, attr))
        bk = getattr(ext, "_batch_keys", None)
        if bk is not None:
            for attr in ("orth_words", "word_ids", "pairs"):
                sizes[f"{name}.batch_keys.{attr}"] = len(getattr(bk, attr))
    for name, proc in clf.model.pipeline:
        for attr in ("_cache", "_pairs"):
            if isinstance(getattr(proc, attr, None), dict):
                sizes[f"topic.{name}.{attr}"] = len(getattr(proc, attr))
    return sizes


def report(clf: Any, done: int, cpu: float) -> None:
    import psutil

    topic, urgent = clf.model.vocab, clf.urgent.pipeline.vocab
    rss = psutil.Process().memory_info().rss / 2**20
    # len(vocab) counts every lexeme ever added (spaCy does not lower it when a
    # memory zone removes its lexemes): the lexemes indexed are counted too.
    print(
        f"{done:>7,} texts  topic strings {len(topic.strings):>8,} lexemes {indexed(topic):>8,}"
        f" (len {len(topic):>8,})  urgent strings {len(urgent.strings):>8,}"
        f" lexemes {indexed(urgent):>7,} (len {len(urgent):>7,})"
        f"  RSS {rss:6.1f} MB  {done / cpu if cpu else 0:6,.0f} texts/s (CPU)",
        flush=True,
    )


def indexed(vocab: Any) -> int:
    return sum(1 for _ in vocab)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--single", type=int, default=5_000)
    ap.add_argument("--every", type=int, default=10_000)
    ap.add_argument("--model", type=Path)
    ap.add_argument("--urgent-model", type=Path)
    args = ap.parse_args()

    from classify_common import load_classifier

    from nlp.inputs import Concern

    clf = load_classifier(args.model, args.urgent_model)
    batch = texts(args.n, 1)
    single = texts(args.single, 2)
    print("after load:")
    report(clf, 0, 0.0)
    print(f"classify_many, {args.n:,} texts:")
    cpu = 0.0
    for start in range(0, len(batch), args.every):
        part = batch[start : start + args.every]
        t0 = time.process_time()
        for _ in clf.classify_many(Concern(t) for t in part):
            pass
        cpu += time.process_time() - t0
        report(clf, start + len(part), cpu)
    print(f"classify, {args.single:,} texts one by one:")
    cpu = 0.0
    every = max(args.every // 10, 1)
    for start in range(0, len(single), every):
        t0 = time.process_time()
        for t in single[start : start + every]:
            clf.classify(t)
        cpu += time.process_time() - t0
        report(clf, start + len(single[start : start + every]), cpu)
    rng = random.Random(3)
    probe = made_up_word(rng) + "strasse"
    for name, call in (
        ("classify", lambda t: clf.classify(t)),
        ("classify_many", lambda t: list(clf.classify_many([Concern(t)] * 20))),
        ("topic", lambda t: clf.topic(t)),
        ("ranked_topics", lambda t: clf.ranked_topics(t)),
    ):
        word = f"{probe}{name}"
        call(f"Vor dem Haus an der {word} liegt seit Tagen Abfall.")
        kept = [
            n
            for n, v in (("topic", clf.model.vocab), ("urgent", clf.urgent.pipeline.vocab))
            if word.lower() in v.strings or word in v.strings
        ]
        print(
            f"made-up word still in a StringStore after {name}: "
            f"{'yes (' + ', '.join(kept) + ')' if kept else 'no'}"
        )
    print("project word caches (entries):")
    for k, v in sorted(cache_sizes(clf).items()):
        print(f"  {k:<40} {v:>9,}")


if __name__ == "__main__":
    main()
