"""The topic model's dev (calibration) split is a fixed list of corpus rows
(nlp/corpus/dev_keys.txt): adding rows to the corpus does not change it, so a
new corpus round reaches the model through its members, not through pool
weights refitted on a different dev split."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from spacy.util import load_config, registry

import nlp.corpus_reader  # noqa: F401  (registers the reader)
from nlp.corpus import DEV_KEYS_FILE, TRAIN_FILE, read_dev_keys, read_records, text_key
from nlp.corrections import _dev_rule, write_merged_corpus
from nlp.training import DEFAULT_CONFIG, _settings, blank_pipeline


def _split_texts(train_file: Path) -> tuple[list[str], list[str]]:
    """(train texts, dev texts) as the training recipe's readers give them (the
    text of the tokenizer's docs)."""
    settings = _settings(train_file, None)
    cfg = load_config(DEFAULT_CONFIG, overrides=settings, interpolate=True)
    corpora = registry.resolve(cfg["corpora"])
    pipeline = blank_pipeline(DEFAULT_CONFIG, settings)
    train = [eg.reference.text for eg in corpora["train"](pipeline)]
    dev = [eg.reference.text for eg in corpora["dev"](pipeline)]
    return train, dev


def _new_rows(n: int) -> list[str]:
    """New corpus rows that the hash rule (CRC-32 mod 100 below 10) would put in dev."""
    rows: list[str] = []
    i = 0
    while len(rows) < n:
        text = f"Neue Meldung {i}: am Weg liegt Abfall herum"
        if zlib.crc32(text.encode("utf-8")) % 100 < 10:
            rows.append(text)
        i += 1
    return rows


def test_every_dev_key_names_one_row_of_the_corpus() -> None:
    keys = read_dev_keys(DEV_KEYS_FILE)
    lines = [ln.strip() for ln in DEV_KEYS_FILE.read_text(encoding="utf-8").splitlines()]
    assert len([ln for ln in lines if ln and not ln.startswith("#")]) == len(keys)  # unique
    corpus = [text_key(r.text) for r in read_records(TRAIN_FILE)]
    assert len(set(corpus)) == len(corpus)
    assert keys <= set(corpus), "a dev key names no row of train.jsonl"
    assert len(keys) > 1500  # about a tenth of the corpus up to round 10


def test_adding_rows_to_the_corpus_does_not_change_the_dev_split(tmp_path: Path) -> None:
    sample = TRAIN_FILE.read_text(encoding="utf-8").splitlines()[::10]
    before = tmp_path / "before.jsonl"
    before.write_text("\n".join(sample) + "\n", encoding="utf-8")
    new = _new_rows(20)
    after = tmp_path / "after.jsonl"
    added = [json.dumps({"text": t, "topic": "abfall"}, ensure_ascii=False) for t in new]
    after.write_text("\n".join(sample + added) + "\n", encoding="utf-8")

    train_before, dev_before = _split_texts(before)
    train_after, dev_after = _split_texts(after)
    assert dev_before, "the sample holds dev rows"
    assert dev_after == dev_before
    assert train_after[: len(train_before)] == train_before
    assert len(train_after) == len(train_before) + len(new)


def test_corrections_leave_out_the_same_dev_rows(tmp_path: Path) -> None:
    sample = TRAIN_FILE.read_text(encoding="utf-8").splitlines()[::10]
    new = _new_rows(5)
    corpus = tmp_path / "corpus.jsonl"
    added = [json.dumps({"text": t, "topic": "abfall"}, ensure_ascii=False) for t in new]
    corpus.write_text("\n".join(sample + added) + "\n", encoding="utf-8")
    merged = tmp_path / "merged.jsonl"
    write_merged_corpus(
        merged,
        train_file=corpus,
        corrections=[{"text": "Hund ohne Leine", "topic": "sicherheit"}],
        weight=2,
        in_dev=_dev_rule(DEFAULT_CONFIG, {}),
    )
    pipeline = blank_pipeline(DEFAULT_CONFIG, _settings(corpus, None))
    lines = merged.read_text(encoding="utf-8").splitlines()
    written = [pipeline.make_doc(json.loads(ln)["text"]).text for ln in lines]
    train, dev = _split_texts(corpus)
    assert written == [*train, "Hund ohne Leine", "Hund ohne Leine"]
    assert not set(dev) & set(written)
