"""The `quartierbot classify` contract: JSON Lines in, one JSON line out per input, in order."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from nlp.classifier import ConcernClassifier
from nlp.cli import classify_stream

KEYS = {
    "id",
    "topic",
    "confidence",
    "kreis",
    "quartier",
    "office",
    "urgent",
    "outside_city",
    "places",
}
TOPICS = {
    "abfall",
    "gruen",
    "strasse",
    "verkehr",
    "oev",
    "beleuchtung",
    "sicherheit",
    "umwelt",
    "bau_planung",
    "wohnen",
    "schule",
    "sport",
    "jugend",
    "alter",
    "soziales",
    "integration",
    "kultur",
    "quartierleben",
}


def run(clf: ConcernClassifier, lines: list[str]) -> list[dict[str, object]]:
    out = io.StringIO()
    classify_stream(clf, io.StringIO("\n".join(lines) + "\n"), out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_output_has_the_contract_keys(classifier: ConcernClassifier) -> None:
    [row] = run(
        classifier, [json.dumps({"id": "1", "text": "Der Abfallkübel am Helvetiaplatz ist voll"})]
    )
    assert set(row) >= KEYS
    assert row["id"] == "1"
    assert row["topic"] in TOPICS
    assert 0.0 <= float(row["confidence"]) <= 1.0  # type: ignore[arg-type]
    assert row["kreis"] == 4
    assert row["quartier"] == "Langstrasse"
    assert row["urgent"] is False
    assert row["outside_city"] is False
    assert row["places"] == ["Helvetiaplatz"]


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("this is not json", "not valid JSON"),
        ('["a", "list"]', "not a JSON object"),
        ('{"id": "x"}', "text"),
        ('{"id": "x", "text": ""}', "text"),
        ('{"id": "x", "text": "   "}', "text"),
        ('{"id": "x", "text": 42}', "text"),
        ('{"id": "x", "text": "Lampe kaputt", "lat": 47.37}', "together"),
        ('{"id": "x", "text": "Lampe kaputt", "lat": "47.37", "lon": 8.5}', "numbers"),
        ('{"id": "x", "text": "Lampe kaputt", "lat": 147.37, "lon": 8.5}', "range"),
    ],
)
def test_bad_lines_yield_an_error_and_the_batch_goes_on(
    classifier: ConcernClassifier, line: str, error: str
) -> None:
    good = json.dumps({"id": "ok", "text": "Schlagloch an der Josefstrasse 12"})
    rows = run(classifier, [good, line, good])
    assert len(rows) == 3
    assert rows[0]["id"] == rows[2]["id"] == "ok" and "topic" in rows[2]
    assert "error" in rows[1] and error in str(rows[1]["error"])
    if line.startswith('{"id"'):
        assert rows[1]["id"] == "x"


def test_order_is_kept_across_batches(classifier: ConcernClassifier) -> None:
    lines = [
        json.dumps({"id": i, "text": f"Strassenlampe Nummer {i} ist kaputt"}) for i in range(2500)
    ]
    lines.insert(1200, "{broken")
    rows = run(classifier, lines)
    assert len(rows) == 2501
    ids = [r["id"] for r in rows]
    assert ids[:1200] == list(range(1200))
    assert ids[1200] is None and "error" in rows[1200]
    assert ids[1201:] == list(range(1200, 2500))


def test_coordinates_place_the_concern(classifier: ConcernClassifier) -> None:
    [row] = run(
        classifier,
        [json.dumps({"id": "c", "text": "Ratten beim Kompost", "lat": 47.4114, "lon": 8.5441})],
    )
    assert row["kreis"] == 11
    assert row["outside_city"] is False


def test_coordinates_outside_the_city(classifier: ConcernClassifier) -> None:
    [row] = run(
        classifier,
        [json.dumps({"id": "d", "text": "Ratten beim Kompost", "lat": 47.3972, "lon": 8.6187})],
    )
    assert row["kreis"] is None
    assert row["outside_city"] is True


def test_urgent_concern_is_flagged(classifier: ConcernClassifier) -> None:
    [row] = run(
        classifier, [json.dumps({"id": "u", "text": "Es brennt im Hinterhof an der Josefstrasse!"})]
    )
    assert row["urgent"] is True


def test_ambiguous_street_lists_candidates(classifier: ConcernClassifier) -> None:
    [row] = run(classifier, [json.dumps({"id": "a", "text": "Schlagloch an der Badenerstrasse"})])
    assert row["kreis"] is None
    assert row["kreis_candidates"] == [3, 4, 9]


def test_blank_lines_are_skipped(classifier: ConcernClassifier) -> None:
    out = io.StringIO()
    classify_stream(classifier, io.StringIO('\n{"id": 1, "text": "Kübel voll"}\n\n'), out)
    assert len(out.getvalue().splitlines()) == 1


def test_the_console_command_end_to_end() -> None:
    stdin = "\n".join(
        [
            json.dumps({"id": "a", "text": "Die Strassenlampe an der Josefstrasse flackert"}),
            "not json",
            json.dumps(
                {"id": "b", "text": "Tram 4 kommt immer zu spät", "lat": 47.3786, "lon": 8.5281}
            ),
        ]
    )
    proc = subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "classify"],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "b"]
    assert rows[0]["kreis"] == 5
    assert "error" in rows[1]
    assert rows[2]["kreis"] == 4
