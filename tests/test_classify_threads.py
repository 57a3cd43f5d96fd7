"""The classifier is shared by the dialog's worker threads: classifying from
several threads at once gives what one thread gives, and never fails (a race
in the batch column caches raised IndexError under load, 2026-12-06)."""

from __future__ import annotations

import contextlib
import random
import string
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from nlp import vocab_zone
from nlp.classifier import ConcernClassifier
from nlp.urgent import detect_urgent


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    base = [
        "Der Abfallkübel am Idaplatz ist voll",
        "Die Strassenlampe an der Hohlstrasse 10 flackert",
        "Ratten beim Spielplatz an der Bäckerstrasse",
        "Es brennt im Keller",
    ]
    out = []
    for _ in range(n):
        # words nobody wrote before: every text brings new strings and pieces
        made_up = " ".join(  # "xq…": apart from other tests' made-up words
            "xq" + "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 12)))
            for _ in range(rng.randint(1, 4))
        )
        out.append(f"{rng.choice(base)} {made_up}")
    return out


def _run(clf: ConcernClassifier, texts: list[str]) -> list[tuple[str, float, bool, bool]]:
    out = []
    for text in texts:
        r = clf.classify(text)
        out.append((r.topic, round(r.confidence, 6), r.urgent, detect_urgent(text).urgent))
        clf.topic(text)
    return out


@pytest.mark.parametrize("zones", [True, False])
def test_classifying_from_several_threads_at_once(
    classifier: ConcernClassifier, zones: bool
) -> None:
    # Without memory zones (`quartierbot classify`, vocab_zone.off) the lock stays.
    batches = [_texts(seed, 150) for seed in range(6)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch often: inside each other's work
    try:
        with contextlib.nullcontext() if zones else vocab_zone.off():
            with ThreadPoolExecutor(max_workers=6) as pool:
                together = list(pool.map(lambda b: _run(classifier, b), batches))
            alone = [_run(classifier, b) for b in batches]
    finally:
        sys.setswitchinterval(interval)
    assert together == alone
