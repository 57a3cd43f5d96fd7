"""Evaluation on JSONL files with `topic` or `topic_accept` (and optional `kreis`, `urgent`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.classifier import Classification, Concern, ConcernClassifier
from nlp.corpus import Record, read_records


@dataclass(slots=True)
class Report:
    n: int = 0
    topic_correct: int = 0
    office_correct: int = 0
    kreis_n: int = 0
    kreis_correct: int = 0
    kreis_named: int = 0  # predictions that name a Kreis, on rows with a gold Kreis
    kreis_named_correct: int = 0
    urgent_n: int = 0
    urgent_found: int = 0
    urgent_false: int = 0  # flagged urgent where the row says it is not
    per_topic: dict[str, Counter[str]] = field(default_factory=dict)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def topic_accuracy(self) -> float:
        return self.topic_correct / self.n if self.n else 0.0

    @property
    def office_accuracy(self) -> float:
        return self.office_correct / self.n if self.n else 0.0

    @property
    def kreis_accuracy(self) -> float | None:
        return self.kreis_correct / self.kreis_n if self.kreis_n else None

    @property
    def kreis_named_precision(self) -> float | None:
        return self.kreis_named_correct / self.kreis_named if self.kreis_named else None

    @property
    def urgent_recall(self) -> float | None:
        return self.urgent_found / self.urgent_n if self.urgent_n else None

    @property
    def macro_f1(self) -> float:
        f1s = []
        for counts in self.per_topic.values():
            tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
            if tp + fn == 0:
                continue  # topic absent from the gold labels: not part of the macro average
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn)
            f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        return sum(f1s) / len(f1s) if f1s else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "topic_accuracy": round(self.topic_accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "office_accuracy": round(self.office_accuracy, 4),
            "kreis_accuracy": _r(self.kreis_accuracy),
            "kreis_rows": self.kreis_n,
            "kreis_named_precision": _r(self.kreis_named_precision),
            "kreis_named": self.kreis_named,
            "urgent_recall": _r(self.urgent_recall),
            "urgent_rows": self.urgent_n,
            "urgent_false_alarms": self.urgent_false,
            "confusions": [
                {"gold": g, "predicted": p, "count": c}
                for (g, p), c in self.confusions.most_common(10)
            ],
        }

    def render(self) -> str:
        d = self.as_dict()
        lines = [
            f"rows              {d['n']}",
            f"topic accuracy    {d['topic_accuracy']:.3f}",
            f"topic macro-F1    {d['macro_f1']:.3f}",
            f"office accuracy   {d['office_accuracy']:.3f}",
            f"Kreis accuracy    {_fmt(d['kreis_accuracy'])}"
            f" ({d['kreis_rows']} rows with a Kreis label)",
            f"Kreis when named  {_fmt(d['kreis_named_precision'])} ({d['kreis_named']} named)",
            f"urgent recall     {_fmt(d['urgent_recall'])} ({d['urgent_rows']} urgent rows,"
            f" {d['urgent_false_alarms']} false alarms)",
            "main confusions (gold -> predicted):",
        ]
        lines += [
            f"  {c['gold']:>13} -> {c['predicted']:<13} {c['count']}" for c in d["confusions"]
        ]
        return "\n".join(lines)


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def score(records: list[Record], preds: list[Classification], clf: ConcernClassifier) -> Report:
    report = Report()
    for topic in clf.routing.topic_codes:
        report.per_topic[topic] = Counter()
    for rec, pred in zip(records, preds, strict=True):
        report.n += 1
        ok = pred.topic in rec.topics
        gold = pred.topic if ok else rec.topics[0]
        if ok:
            report.topic_correct += 1
            report.per_topic[gold]["tp"] += 1
        else:
            report.per_topic.setdefault(gold, Counter())["fn"] += 1
            report.per_topic[pred.topic]["fp"] += 1
            report.confusions[(gold, pred.topic)] += 1
        gold_kreis = rec.kreis if rec.has_kreis else pred.kreis
        gold_offices = {clf.route(t, 1.0, gold_kreis).office for t in rec.topics}
        if pred.office in gold_offices:
            report.office_correct += 1
        if rec.has_kreis:
            report.kreis_n += 1
            report.kreis_correct += pred.kreis == rec.kreis
            if pred.kreis is not None:
                report.kreis_named += 1
                report.kreis_named_correct += pred.kreis == rec.kreis
        if rec.urgent:
            report.urgent_n += 1
            report.urgent_found += pred.urgent
        elif pred.urgent:
            report.urgent_false += 1
    return report


def evaluate_file(
    clf: ConcernClassifier, path: Path, *, use_coordinates: bool = True
) -> tuple[Report, list[Record], list[Classification]]:
    """Classify every row of `path` and score it. Without `use_coordinates` the
    rows' lat/lon are ignored, so the Kreis comes from the text alone."""
    records = list(read_records(path))
    concerns = [
        Concern(r.text, r.raw.get("lat"), r.raw.get("lon")) if use_coordinates else Concern(r.text)
        for r in records
    ]
    preds = list(clf.classify_many(concerns))
    return score(records, preds, clf), records, preds


_COMPARED = (
    ("topic accuracy", "topic_accuracy"),
    ("topic macro-F1", "macro_f1"),
    ("office accuracy", "office_accuracy"),
    ("Kreis accuracy", "kreis_accuracy"),
    ("Kreis when named", "kreis_named_precision"),
    ("urgent recall", "urgent_recall"),
)


def render_comparison(baseline: Report, model: Report) -> str:
    """Two reports on the same file side by side (before/after), with the change."""
    before, after = baseline.as_dict(), model.as_dict()
    lines = [f"rows {after['n']}", f"{'':20}{'baseline':>9}{'model':>9}{'change':>9}"]
    for label, key in _COMPARED:
        b, a = before[key], after[key]
        # The change of the figures as shown (three decimals), so the columns add up.
        change = "" if a is None or b is None else f"{round(a, 3) - round(b, 3):+.3f}"
        lines.append(f"{label:<20}{_fmt(b):>9}{_fmt(a):>9}{change:>9}")
    alarms = before["urgent_false_alarms"], after["urgent_false_alarms"]
    lines.append(
        f"{'urgent false alarms':<20}{alarms[0]:>9}{alarms[1]:>9}{alarms[1] - alarms[0]:>+9}"
    )
    return "\n".join(lines)
