"""The urgent corpus round kept aside in nlp/corpus/urgent_aside/ (not read by
`quartierbot train-urgent`): valid urgent rows, none of them a row of the urgent test
set, the held-out topic test file or the training corpus, so adding it to the
training corpus later neither leaks measuring rows nor duplicates training rows."""

from __future__ import annotations

import re

from nlp.corpus import CORPUS_DIR, TEST_FILE, read_records
from nlp.urgent.training import URGENT_TEST_FILE, URGENT_TRAIN_FILE, read_urgent

ASIDE_FILES = sorted((CORPUS_DIR / "urgent_aside").glob("*.jsonl"))


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def test_kept_aside_urgent_rows_are_apart_from_the_test_sets_and_the_corpus() -> None:
    assert ASIDE_FILES, "nlp/corpus/urgent_aside/*.jsonl missing"
    taken = {_norm(r.text) for f in (URGENT_TEST_FILE, URGENT_TRAIN_FILE) for r in read_urgent(f)}
    taken |= {_norm(r.text) for r in read_records(TEST_FILE)}
    for path in ASIDE_FILES:
        rows = list(read_urgent(path))  # raises on a row without text or a boolean "urgent"
        assert rows and all(r.lang in {"de", "gsw", "en", "fr", "it"} for r in rows), path
        clash = [r.text for r in rows if _norm(r.text) in taken]
        assert not clash, (path.name, clash[:3])
        assert len({_norm(r.text) for r in rows}) == len(rows), path.name
