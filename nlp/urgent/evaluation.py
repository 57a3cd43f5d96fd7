"""`quartierbot evaluate-urgent`: recall per category and language, false alarms per
negative type and language."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.urgent.detector import detect_many
from nlp.urgent.model import UrgentModel
from nlp.urgent.training import UrgentRecord, read_urgent


@dataclass
class UrgentReport:
    # (found, total) per key
    recall_category: dict[str, list[int]] = field(default_factory=dict)
    recall_lang: dict[str, list[int]] = field(default_factory=dict)
    false_type: dict[str, list[int]] = field(default_factory=dict)
    false_lang: dict[str, list[int]] = field(default_factory=dict)
    predicted_category: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[UrgentRecord] = field(default_factory=list)
    false_alarms: list[UrgentRecord] = field(default_factory=list)

    @staticmethod
    def _add(table: dict[str, list[int]], key: str, hit: bool) -> None:
        cell = table.setdefault(key, [0, 0])
        cell[0] += hit
        cell[1] += 1

    @staticmethod
    def _total(table: dict[str, list[int]]) -> list[int]:
        return [sum(v[0] for v in table.values()), sum(v[1] for v in table.values())]

    def recall(self) -> float | None:
        found, n = self._total(self.recall_category)
        return found / n if n else None

    def false_alarm_rate(self) -> float | None:
        flagged, n = self._total(self.false_type)
        return flagged / n if n else None

    def as_dict(self) -> dict[str, Any]:
        def rates(table: dict[str, list[int]]) -> dict[str, Any]:
            return {
                k: {"hit": v[0], "n": v[1], "rate": round(v[0] / v[1], 3)} for k, v in table.items()
            }

        return {
            "urgent_rows": self._total(self.recall_category)[1],
            "recall": self.recall(),
            "recall_per_category": rates(self.recall_category),
            "recall_per_lang": rates(self.recall_lang),
            "other_rows": self._total(self.false_type)[1],
            "false_alarm_rate": self.false_alarm_rate(),
            "false_alarms_per_type": rates(self.false_type),
            "false_alarms_per_lang": rates(self.false_lang),
        }

    def render(self) -> str:
        lines: list[str] = []

        def block(title: str, table: dict[str, list[int]]) -> None:
            if not table:
                return
            found, n = self._total(table)
            lines.append(f"{title}: {found}/{n} = {found / n:.3f}")
            for key in sorted(table):
                hit, count = table[key]
                lines.append(f"  {key:<18} {hit:>5}/{count:<5} {hit / count:.3f}")

        block("recall per category", self.recall_category)
        block("recall per language", self.recall_lang)
        block("false alarms per negative type", self.false_type)
        block("false alarms per language", self.false_lang)
        return "\n".join(lines)


def evaluate_urgent(path: Path, model: UrgentModel | None = None) -> UrgentReport:
    records = list(read_urgent(path, lenient=True))
    results = detect_many([r.text for r in records], model=model)
    report = UrgentReport()
    for rec, res in zip(records, results, strict=True):
        if rec.urgent:
            report._add(report.recall_category, rec.category, res.urgent)
            report._add(report.recall_lang, rec.lang, res.urgent)
            if res.urgent:
                report.predicted_category[(rec.category, res.category or "?")] += 1
            else:
                report.misses.append(rec)
        else:
            report._add(report.false_type, rec.category, res.urgent)
            report._add(report.false_lang, rec.lang, res.urgent)
            if res.urgent:
                report.false_alarms.append(rec)
    return report
