"""The training corpus, and the checked rows kept aside in nlp/corpus/extra/ for
future recipes, share no text with the real evaluation sets
(../shared/data/eval-real is for measuring only)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from nlp.corpus import CORPUS_DIR, TEST_FILE, TRAIN_FILE, Record, read_records

REAL = Path(__file__).parents[2] / "shared" / "data" / "eval-real"
# train.jsonl is what `quartierbot train` reads; extra/*.jsonl are checked corpus rounds
# it does not read (yet): they are kept apart from eval-real all the same.
EXTRA_FILES = sorted((CORPUS_DIR / "extra").glob("*.jsonl"))
CORPUS_FILES = [TRAIN_FILE, *EXTRA_FILES]


def _corpus_records() -> Iterator[Record]:
    for path in CORPUS_FILES:
        yield from read_records(path)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _texts_and_sentences(text: str) -> set[str]:
    parts = {text, *re.split(r"(?<=[.!?])\s+|<br\s*/?>|\n", text)}
    return {n for n in map(_norm, parts) if n}


def test_no_training_text_is_a_real_report_or_one_of_its_sentences() -> None:
    if not REAL.is_dir():
        pytest.skip("../shared/data/eval-real not here")
    real: set[str] = set()
    for path in sorted(REAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            real |= _texts_and_sentences(json.loads(line)["text"])
    shared = sorted({r.text for r in _corpus_records() if _norm(r.text) in real})
    assert not shared, shared


# Letter formulas every writer uses ("Vielen Dank für Ihre Hilfe"): not report content.
_FORMULA = re.compile(
    r"^(sehr geehrte|liebe|vielen dank|herzlichen dank|besten dank|danke|mit freundlichen"
    r"|freundliche grüsse|thank you)"
)


def test_no_training_text_contains_a_sentence_of_a_real_report() -> None:
    """A real report's sentence of five words or more ("Es wurde überhaupt nicht
    gestreut", "Das ist nicht das erste Mal") inside a longer training text."""
    if not REAL.is_dir():
        pytest.skip("../shared/data/eval-real not here")
    by_start: dict[tuple[str, ...], set[str]] = {}  # first five words -> sentences
    for path in sorted(REAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for part in _texts_and_sentences(json.loads(line)["text"]):
                words = part.split()
                if len(words) >= 5 and not _FORMULA.match(part):
                    by_start.setdefault(tuple(words[:5]), set()).add(part)
    shared = []
    for record in _corpus_records():
        words = _norm(record.text).split()
        text = f" {' '.join(words)} "
        for i in range(len(words) - 4):
            found = by_start.get(tuple(words[i : i + 5]), ())
            if any(f" {sentence} " in text for sentence in found):
                shared.append(record.text)
                break
    assert not shared, shared


def test_extra_rows_are_corpus_rows_apart_from_the_training_and_held_out_files() -> None:
    """The kept-aside rounds read as corpus rows (nlp.corpus.read_records raises on a
    malformed line) and none of their texts is a row of train.jsonl, test.jsonl or an
    earlier extra file, so adding a round to a future recipe neither duplicates training
    rows nor leaks held-out ones."""
    assert EXTRA_FILES, "nlp/corpus/extra/*.jsonl missing"
    taken = {_norm(r.text) for f in (TRAIN_FILE, TEST_FILE) for r in read_records(f)}
    for path in EXTRA_FILES:
        rows = list(read_records(path))
        assert rows, path
        clash = [r.text for r in rows if _norm(r.text) in taken]
        assert not clash, (path.name, clash[:3])
        taken |= {_norm(r.text) for r in rows}
