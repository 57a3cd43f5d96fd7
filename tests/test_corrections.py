"""Learning from staff corrections: the export from the store (SQLite and PostgreSQL),
the scrubber, the CLI, and retraining that routes a new, similar concern the
corrected way without losing held-out accuracy."""

from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import spacy
from sqlalchemy import Engine
from sqlmodel import Session
from typer.testing import CliRunner

from bot.cli import app
from nlp.classifier import ConcernClassifier
from nlp.corpus import TEST_FILE, TRAIN_FILE, in_dev_split, read_records
from nlp.corrections import train_with_corrections, write_merged_corpus
from nlp.training import train_model
from store import repository as repo
from store.corrections import corrected_concerns, scrub
from store.db import make_engine, session_scope, upgrade
from store.models import Concern, EventKind

STAFF = "staff:7"


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("Ruf an: 079 123 45 67.", "Ruf an: <telefon>."),
        ("Tel. +41 79 123 45 67 oder 0041 44 412 34 56", "Tel. <telefon> oder <telefon>"),
        ("Büro 044/412 34 56, Handy 0791234567", "Büro <telefon>, Handy <telefon>"),
        ("+41 (0)79 123 45 67 / 079 123 4567", "<telefon> / <telefon>"),
        (
            "Gratis 0800 80 80 80, Deutschland +49 170 1234567",
            "Gratis <telefon>, Deutschland <telefon>",
        ),
        ("Mail: hans.muster-1@bluewin.ch!", "Mail: <email>!"),
        ("Siehe https://www.stadt-zuerich.ch/erz?x=1.", "Siehe <url>."),
        ("auf www.zueri-wie-neu.ch und stadt-zuerich.ch/abfall", "auf <url> und <url>"),
        ("Telegram @hans_muster", "Telegram <benutzername>"),
        ("IBAN CH93 0076 2011 6238 5295 7", "IBAN <iban>"),
    ],
)
def test_scrub_replaces_contact_details(text: str, scrubbed: str) -> None:
    assert scrub(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Referenz ZH-2026-000123 ist erledigt?",
        "Am 05.06.2026 um 14.30 Uhr, 8004 Zürich, Badenerstrasse 120",
        "Tram 14 und Bus 31, Kreis 4, seit 2019, 3000 Franken, CHF 1'200",
        "z.B. beim Idaplatz, ca. 20 Säcke, Nr. 044",
    ],
)
def test_scrub_keeps_places_dates_and_numbers(text: str) -> None:
    assert scrub(text) == text


def _concern(s: Session, chat: str, text: str, **routing: Any) -> Concern:
    resident = repo.get_or_create_resident(s, channel="telegram", chat_id=chat, user_id=chat)
    concern = repo.create_concern(s, resident=resident, text=text)
    repo.assign_reference(s, concern=concern)
    repo.apply_routing(s, concern=concern, kind=EventKind.CLASSIFIER, **routing)
    return concern


def _store_corrections(engine: Engine) -> None:
    """Concerns as the desk leaves them: some corrected by staff, some not."""
    abfall = {"topic": "abfall", "confidence": 0.5, "kreis": 4, "office": "erz"}
    with session_scope(engine) as s:
        # Topic corrected; the text has a phone number and an e-mail address.
        dog = _concern(s, "1", "Hund ohne Leine am Idaplatz, 079 123 45 67, a.b@gmx.ch", **abfall)
        repo.apply_routing(
            s, concern=dog, kind=EventKind.STAFF, actor=STAFF, topic="sicherheit", office="stapo"
        )
        # Not corrected: not exported.
        _concern(s, "2", "Abfallkübel voll an der Josefstrasse", **abfall)
        # Re-routed to another office with the same topic and Kreis: no training example.
        moved = _concern(s, "3", "Sperrgut an der Langstrasse", **abfall)
        repo.apply_routing(
            s, concern=moved, kind=EventKind.STAFF, actor=STAFF, office="qk_kreise_3_4_5"
        )
        # Only the Kreis corrected: exported with the classifier's topic and the new Kreis.
        street = _concern(s, "4", "Velos auf dem Trottoir an der Weinbergstrasse", topic="verkehr")
        repo.apply_routing(s, concern=street, kind=EventKind.STAFF, actor=STAFF, kreis=6)
        # Corrected twice: the latest staff decision is the row.
        twice = _concern(s, "5", "Plakate überall an den Laternen", topic="kultur", kreis=5)
        repo.apply_routing(s, concern=twice, kind=EventKind.STAFF, actor=STAFF, topic="strasse")
        repo.apply_routing(s, concern=twice, kind=EventKind.STAFF, actor=STAFF, topic="abfall")
        # Corrected by the resident, not by staff: not exported.
        own = _concern(s, "6", "Lärm vom Laubbläser", topic="gruen", kreis=7)
        repo.apply_routing(
            s, concern=own, kind=EventKind.RESIDENT, actor="resident", topic="umwelt"
        )
        # Corrected, then undone by staff: not exported.
        undone = _concern(s, "7", "Ein Scooter liegt im Bach", **abfall)
        first = repo.apply_routing(
            s, concern=undone, kind=EventKind.STAFF, actor=STAFF, topic="verkehr"
        )
        repo.apply_routing(
            s, concern=undone, kind=EventKind.STAFF, actor=STAFF, undoes=first.id, topic="abfall"
        )
        # Corrected, then the resident deleted their data: no text, skipped.
        gone = _concern(s, "8", "Hunde frei auf der Allmend", **abfall)
        repo.apply_routing(s, concern=gone, kind=EventKind.STAFF, actor=STAFF, topic="sicherheit")
        resident = repo.find_resident(s, channel="telegram", chat_id="8")
        assert resident is not None
        repo.delete_personal_data(s, resident=resident)


EXPECTED = [
    {"text": "Hund ohne Leine am Idaplatz, <telefon>, <email>", "topic": "sicherheit", "kreis": 4},
    {"text": "Velos auf dem Trottoir an der Weinbergstrasse", "topic": "verkehr", "kreis": 6},
    {"text": "Plakate überall an den Laternen", "topic": "abfall", "kreis": 5},
]


def test_export_has_only_staff_corrected_concerns_scrubbed(engine: Engine) -> None:
    _store_corrections(engine)
    with session_scope(engine) as s:
        rows = list(corrected_concerns(s))
    assert rows == EXPECTED  # no reference, ids, dates or chat data: just these three fields


def test_cli_exports_jsonl_and_counts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    _store_corrections(engine)
    engine.dispose()
    out = tmp_path / "corrections.jsonl"
    result = CliRunner().invoke(app, ["corrections", "export", "--db", url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 corrected concerns exported" in result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == EXPECTED


def test_merged_corpus_puts_corrections_in_training_only(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    texts = [f"Abfall Nummer {i} liegt herum" for i in range(200)]
    corpus.write_text(
        "".join(json.dumps({"text": t, "topic": "abfall"}) + "\n" for t in texts), encoding="utf-8"
    )
    merged = tmp_path / "merged.jsonl"
    rows = [{"text": "Hund ohne Leine", "topic": "sicherheit"}]
    n = write_merged_corpus(merged, train_file=corpus, corrections=rows, weight=4, dev_percent=10)
    written = [json.loads(line)["text"] for line in merged.read_text(encoding="utf-8").splitlines()]
    assert n == len(written)
    assert written.count("Hund ohne Leine") == 4
    assert {t for t in texts if not in_dev_split(t, 10)} == set(written) - {"Hund ohne Leine"}


# -- Learning: a few corrections of a kind of concern the model gets wrong ------

# Off-leash dogs: the corpus has none, and the model sends them to waste, parks or
# environment. Staff correct five to "sicherheit" (the city police enforce the leash).
DOGS_OFF_LEASH = [
    "Auf der Josefwiese lassen Leute ihre Hunde frei herumrennen, obwohl Leinenpflicht gilt.",
    "Ein grosser Hund ohne Leine hat auf dem Spielplatz Brunnenhof ein Kind umgerannt.",
    "Die Hundebesitzer beim Irchelpark halten sich nicht an die Leinenpflicht.",
    "Am Seeufer in Wollishofen laufen ständig Hunde unangeleint zwischen den Badegästen herum.",
    "Im Rieterpark jagt ein freilaufender Hund die Enten, der Besitzer schaut einfach zu.",
]
# New concerns of the same kind, worded differently (never trained on).
NEW_CONCERNS = [
    "Im Park beim Letten laufen die Hunde frei herum, trotz Leinenpflicht.",
    "Die Leinenpflicht im Naturschutzgebiet wird von den Hundebesitzern ignoriert.",
]

# Full training is 3,000 steps (about 3 minutes here); this recipe trains in about
# 30 s with bigger batches and a higher learning rate, within a point of the full
# model's held-out accuracy. Both models of the comparison use it.
QUICK = {
    "training.max_steps": 240,
    "training.eval_frequency": 80,
    "training.batcher.size.start": 1000,
    "training.optimizer.learn_rate": 0.004,
}
# Adding any rows reshuffles training; with the quick recipe that alone moves held-out
# accuracy: the same data with seeds 1, 2, 3 and 42 gives 0.895 to 0.906. "Does not
# drop" allows 0.5 points (10 of 2,026 rows), half that spread.
NOISE = 0.005


def _accuracy(model: Path) -> float:
    records = list(read_records(TEST_FILE))
    nlp = spacy.load(model)
    docs = nlp.pipe([r.text for r in records], batch_size=1000)
    right = sum(
        max(d.cats, key=d.cats.__getitem__) in r.topics for d, r in zip(docs, records, strict=True)
    )
    return right / len(records)


def test_retraining_with_corrections_routes_a_similar_concern_the_corrected_way(
    tmp_path: Path, classifier: ConcernClassifier
) -> None:
    assert all(classifier.classify(t).topic != "sicherheit" for t in NEW_CONCERNS)  # shipped
    engine = make_engine("sqlite://")
    upgrade(engine)
    with session_scope(engine) as s:
        for i, text in enumerate(DOGS_OFF_LEASH):
            guess = classifier.classify(text)
            assert guess.topic != "sicherheit"  # misrouted, so staff correct it
            concern = _concern(s, str(i), text, topic=guess.topic, office=guess.office)
            repo.apply_routing(
                s, concern=concern, kind=EventKind.STAFF, actor=STAFF, topic="sicherheit"
            )
    with session_scope(engine) as s:
        rows = list(corrected_concerns(s))
    assert [r["text"] for r in rows] == DOGS_OFF_LEASH
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    before, after = tmp_path / "before", tmp_path / "after"
    # Both models on every sixth corpus row (about 2,900; the fixed dev split's rows
    # among them): the suite's longest test, two trainings of the real recipe (the
    # TF-IDF ensemble: its regressions' cost grows with the rows). What it compares
    # is the same for both. On 2026-12-08 (every fourth row on 2026-12-07): before,
    # 'umwelt' twice ('gruen' and 'abfall'); after, 'sicherheit' twice (the same);
    # held-out accuracy 0.845 for both (0.872 for both).
    part = tmp_path / "part.jsonl"
    rows = TRAIN_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    part.write_text("".join(rows[::6]), encoding="utf-8")
    # The two trainings (about 150 s of CPU each, the suite's longest test) are
    # independent: side by side in two fresh processes, they take half the wall time.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        jobs = [
            pool.submit(train_model, train_file=part, output=before, overrides=QUICK),
            pool.submit(
                train_with_corrections,
                corrections=[corrections],
                train_file=part,
                output=after,
                overrides=QUICK,
            ),
        ]
        for job in jobs:
            job.result()

    def topics(model: Path) -> list[str]:
        return [max(d.cats, key=d.cats.__getitem__) for d in spacy.load(model).pipe(NEW_CONCERNS)]

    assert "sicherheit" not in topics(before)
    assert topics(after) == ["sicherheit", "sicherheit"]
    assert _accuracy(after) >= _accuracy(before) - NOISE


def test_evaluate_shows_baseline_and_model_side_by_side(tmp_path: Path) -> None:
    data = tmp_path / "few.jsonl"
    rows = [
        {"text": "Der Abfallkübel am Idaplatz ist übervoll.", "topic": "abfall", "kreis": 3},
        {"text": "Die Strassenlampe an der Josefstrasse brennt nicht.", "topic": "beleuchtung"},
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    model = str(Path(__file__).parents[1] / "nlp" / "model")
    args = ["evaluate", "--data", str(data), "--model", model, "--baseline-model", model]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "baseline" in result.output and "change" in result.output
    assert any(
        line.split() == ["topic", "accuracy", "1.000", "1.000", "+0.000"]
        for line in result.output.splitlines()
    )
    result = CliRunner().invoke(app, [*args, "--json"])
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["baseline"]["topic_accuracy"] == report["model"]["topic_accuracy"] == 1.0
