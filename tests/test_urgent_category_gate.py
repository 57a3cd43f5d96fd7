"""The kind's gates (nlp.urgent.category): a kind is looked for only in a text that
holds one of its cues' letters; the kinds found are the regexes' own on every corpus
text, its sentences and the cues' own words."""

from __future__ import annotations

import json
import re

from nlp.corpus import CORPUS_DIR
from nlp.urgent import category


def _ungated(text: str) -> str | None:
    for name, pattern in category.CATEGORIES:
        if pattern.search(text):
            return name
    return None


def _texts() -> list[str]:
    out: list[str] = []
    for name in ("urgent_train.jsonl", "urgent_test.jsonl", "test.jsonl"):
        for line in (CORPUS_DIR / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if name == "urgent_train.jsonl" and not row["urgent"]:
                continue  # its emergencies: the texts that name kinds
            low = row["text"].lower()
            out.append(low)
            out.extend(re.split(r"(?<=[.!?,])\s+", low))
    return list(dict.fromkeys(out))  # a text of one sentence is its own sentence: once


def test_the_gates_change_no_kind() -> None:
    texts = _texts()
    assert len(texts) > 10_000
    kinds = [category.category_of(t) for t in texts]
    assert kinds == [_ungated(t) for t in texts]
    assert sum(k is not None for k in kinds) > 2_000  # the texts do name kinds


def test_most_kinds_are_gated() -> None:
    gated = [name for name, _, gate in category._GATED if gate is not None]
    assert len(gated) >= 15, gated


def test_a_cue_s_letters() -> None:
    assert category._literal("~(?<!ge)dämpf") == "dämpf"
    assert category._literal("sauter?") == "saute"
    assert category._literal("feu(?!ille|tre)") == "feu"
    assert category._literal(r"(?:er|ver)?stick(?!er)") == "stick"
    assert category._literal(r"(strom|ober)leitung") is None
    assert category._literal(r"(?<=x)see\b|\bsee\b") is None
    assert category._literal(r"\d\s*grad") is None
