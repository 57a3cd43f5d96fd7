"""Evaluation metrics on hand-made predictions (no model involved)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.classifier import Classification, ConcernClassifier
from nlp.corpus import CorpusError, read_records
from nlp.evaluation import score


def pred(
    topic: str, kreis: int | None = None, urgent: bool = False, office: str = "x"
) -> Classification:
    return Classification(
        topic=topic,
        confidence=0.9,
        kreis=kreis,
        quartier=None,
        office=office,
        route_reason="topic",
        urgent=urgent,
        outside_city=False,
        places=[],
    )


def write(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_metrics(tmp_path: Path, classifier: ConcernClassifier) -> None:
    rows = [
        {"text": "a", "topic": "abfall", "kreis": 4, "urgent": True},
        {"text": "b", "topic": "abfall", "kreis": None},
        {"text": "c", "topic_accept": ["gruen", "abfall"]},
        {"text": "d", "topic": "oev", "kreis": 1},
    ]
    records = list(read_records(write(tmp_path, rows)))
    preds = [
        pred("abfall", 4, urgent=True, office="erz"),
        pred("strasse", None, office="taz"),
        pred("abfall", 3, office="erz"),
        pred("oev", 2, office="vbz"),
    ]
    report = score(records, preds, classifier)
    assert report.topic_accuracy == pytest.approx(3 / 4)
    assert report.office_accuracy == pytest.approx(3 / 4)
    # Kreis: rows a, b, d carry a label; a and b right, d wrong.
    assert report.kreis_accuracy == pytest.approx(2 / 3)
    assert report.kreis_named_precision == pytest.approx(1 / 2)
    assert report.urgent_recall == 1.0
    # abfall: tp 2 (a, c), fn 1 (b) -> P 1, R 2/3; oev: P 1, R 1; strasse absent from gold.
    assert report.macro_f1 == pytest.approx(((2 * (2 / 3)) / (1 + 2 / 3) + 1.0) / 2)
    assert report.confusions[("abfall", "strasse")] == 1
    assert "topic accuracy" in report.render()


@pytest.mark.parametrize(
    "line", ["not json", '{"topic": "abfall"}', '{"text": "x"}', '{"text": "", "topic": "abfall"}']
)
def test_bad_corpus_lines_are_errors(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        list(read_records(path))
