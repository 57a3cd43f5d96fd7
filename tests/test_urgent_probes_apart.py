"""The everyday probe of the urgent detector (nlp/corpus/probes/urgent_everyday.jsonl)
measures only: valid urgent rows in the five languages, none of them a row of the urgent
training corpus, the urgent test set or the held-out topic test file, and no two alike
(docs/urgent-test-set.md, "Everyday matters")."""

from __future__ import annotations

import re

from nlp.corpus import CORPUS_DIR, TEST_FILE, read_records
from nlp.urgent.training import URGENT_TEST_FILE, URGENT_TRAIN_FILE, read_urgent

PROBE_FILE = CORPUS_DIR / "probes" / "urgent_everyday.jsonl"


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def test_the_everyday_probe_is_apart_from_the_corpus_and_the_test_sets() -> None:
    rows = list(read_urgent(PROBE_FILE))  # raises on a row without text or a boolean "urgent"
    assert len(rows) >= 150 and {r.lang for r in rows} == {"de", "gsw", "en", "fr", "it"}
    assert any(r.urgent for r in rows) and any(not r.urgent for r in rows)
    taken = {_norm(r.text) for f in (URGENT_TEST_FILE, URGENT_TRAIN_FILE) for r in read_urgent(f)}
    taken |= {_norm(r.text) for r in read_records(TEST_FILE)}
    clash = [r.text for r in rows if _norm(r.text) in taken]
    assert not clash, clash[:3]
    assert len({_norm(r.text) for r in rows}) == len(rows)
