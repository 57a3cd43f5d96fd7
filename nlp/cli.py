"""Commands of the routing brain: classify, train, evaluate (mounted by bot.cli)."""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from nlp.inputs import DEFAULT_MODEL, Concern

if TYPE_CHECKING:
    from nlp.classifier import ConcernClassifier
from nlp.corrections import DEFAULT_WEIGHT

log = logging.getLogger(__name__)

_BATCH = 1000
# = json.dumps(obj, ensure_ascii=False), without making an encoder per line
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _parse_line(line: str) -> tuple[Any, Concern | None, str | None]:
    """(id, concern, error) for one input line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        return None, None, "line is not valid JSON"
    if not isinstance(obj, dict):
        return None, None, "line is not a JSON object"
    ident = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return ident, None, "missing or empty 'text'"
    raw_lat, raw_lon = obj.get("lat"), obj.get("lon")
    if raw_lat is None and raw_lon is None:
        return ident, Concern(text), None
    if raw_lat is None or raw_lon is None:
        return ident, None, "'lat' and 'lon' must be given together"
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (raw_lat, raw_lon)):
        return ident, None, "'lat' and 'lon' must be numbers"
    lat, lon = float(raw_lat), float(raw_lon)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return ident, None, "'lat'/'lon' out of range"
    return ident, Concern(text, lat, lon), None


@contextmanager
def _model_frozen() -> Iterator[None]:
    """Everything allocated so far (the loaded models, their tables and caches) kept
    out of the cyclic garbage collector's passes while classifying: a full pass
    would walk all of it again and again (a quarter of a second of 10,000 texts),
    and none of it becomes garbage meanwhile. Undone at the end; left alone when
    something else froze objects already.

    Meanwhile the collector does not run by itself (every 700 allocations) but
    once after each batch (`_collect_batch`): the caches that grow while
    classifying were walked by ~400 passes per 10,000 texts (0.1 s), and a batch
    leaves almost no cyclic garbage (~60 objects per 1,000 texts), which that
    pass frees. Left as it was when the collector was off already."""
    was_enabled = gc.isenabled()
    frozen_before = gc.get_freeze_count()
    if not frozen_before:
        gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        if not frozen_before:
            gc.unfreeze()


def _collect_batch() -> None:
    """The young generations' pass after a batch (see _model_frozen): the batch's
    cyclic garbage freed, what survives walked once."""
    gc.collect(1)


def classify_stream(
    clf: ConcernClassifier, lines: TextIO, out: TextIO, *, zones: bool = False
) -> int:
    """Classify JSON Lines from `lines` into `out`, one output line per non-blank input line,
    in order. Returns the number of lines with an error. `zones`: spaCy memory
    zones as the long-running bot uses them (nlp.vocab_zone); off by default, for
    the one-shot `quartierbot classify`, whose process ends with its input."""
    from nlp import vocab_zone  # (spaCy: not at import, the CLI's other commands need none)

    with _model_frozen(), contextlib.nullcontext() if zones else vocab_zone.off():
        return _classify_stream(clf, lines, out)


def _classify_stream(clf: ConcernClassifier, lines: TextIO, out: TextIO) -> int:
    errors = 0

    def flush(batch: list[tuple[Any, Concern | None, str | None]]) -> None:
        concerns = [c for _, c, _ in batch if c is not None]
        results: Iterator[Any] = iter(clf.classify_many(concerns, batch_size=_BATCH))
        for ident, concern, error in batch:
            if concern is None:
                out.write(_encode({"id": ident, "error": error}) + "\n")
            else:
                out.write(_encode({"id": ident, **next(results).as_dict()}) + "\n")
        out.flush()
        _collect_batch()

    batch: list[tuple[Any, Concern | None, str | None]] = []
    for line in lines:
        if not line.strip():
            continue
        parsed = _parse_line(line)
        errors += parsed[1] is None
        batch.append(parsed)
        if len(batch) >= _BATCH:
            flush(batch)
            batch = []
    if batch:
        flush(batch)
    return errors


def register(app: typer.Typer) -> None:
    @app.command()
    def classify(
        model: Annotated[Path, typer.Option(help="Trained model directory.")] = DEFAULT_MODEL,
    ) -> None:
        """Classify JSON Lines from stdin ({"id", "text", "lat"?, "lon"?}) to stdout."""
        from nlp.classifier import ConcernClassifier

        clf = ConcernClassifier.load(model)
        clf.prepare_batches()  # the batch path's tables now, not in the first batch
        errors = classify_stream(clf, sys.stdin, sys.stdout)
        if errors:
            log.warning("%d input lines had errors", errors)

    @app.command()
    def train(
        output: Annotated[Path, typer.Option(help="Where to write the model.")] = DEFAULT_MODEL,
        train_file: Annotated[Path | None, typer.Option(help="Training JSONL.")] = None,
        config: Annotated[Path | None, typer.Option(help="spaCy training config.")] = None,
        with_corrections: Annotated[
            list[Path] | None,
            typer.Option(
                "--with-corrections",
                metavar="FILE",
                help="Staff corrections JSONL (from 'corrections export'); repeatable.",
            ),
        ] = None,
        correction_weight: Annotated[
            int,
            typer.Option(min=1, help="How many times each correction counts in training."),
        ] = DEFAULT_WEIGHT,
    ) -> None:
        """Train the topic model from the corpus with the fixed-seed recipe
        (plus staff corrections, each counted --correction-weight times)."""
        from nlp.corpus import TRAIN_FILE
        from nlp.training import DEFAULT_CONFIG, train_model

        recipe = config or DEFAULT_CONFIG
        corpus = train_file or TRAIN_FILE
        if with_corrections:
            from nlp.corrections import train_with_corrections

            scores = train_with_corrections(
                corrections=with_corrections,
                weight=correction_weight,
                config=recipe,
                train_file=corpus,
                output=output,
            )
        else:
            scores = train_model(config=recipe, train_file=corpus, output=output)
        typer.echo(f"model written to {output}; dev macro-F1 {scores.get('cats_macro_f', 0):.3f}")

    @app.command()
    def evaluate(
        data: Annotated[list[Path], typer.Option("--data", help="JSONL file(s) to evaluate on.")],
        model: Annotated[Path, typer.Option(help="Trained model directory.")] = DEFAULT_MODEL,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
        text_only: Annotated[
            bool, typer.Option("--text-only", help="Ignore lat/lon: place from the text alone.")
        ] = False,
        baseline_model: Annotated[
            Path | None,
            typer.Option(
                "--baseline-model",
                metavar="DIR",
                help="A second model (e.g. before retraining): both side by side, with the change.",
            ),
        ] = None,
    ) -> None:
        """Topic accuracy, macro-F1, office and Kreis accuracy, urgent recall, confusions;
        with --baseline-model, the baseline and the model side by side (before/after)."""
        from nlp.classifier import ConcernClassifier
        from nlp.evaluation import evaluate_file, render_comparison

        clf = ConcernClassifier.load(model)
        before = None
        if baseline_model is not None:
            before = ConcernClassifier.load(
                baseline_model, gazetteer=clf.gazetteer, routing=clf.routing
            )
        for path in data:
            report, _, _ = evaluate_file(clf, path, use_coordinates=not text_only)
            if before is not None:
                base, _, _ = evaluate_file(before, path, use_coordinates=not text_only)
                if as_json:
                    row = {"file": str(path), "baseline": base.as_dict(), "model": report.as_dict()}
                    typer.echo(json.dumps(row, ensure_ascii=False))
                else:
                    typer.echo(f"== {path}\n{render_comparison(base, report)}")
                continue
            if as_json:
                typer.echo(json.dumps({"file": str(path), **report.as_dict()}, ensure_ascii=False))
            else:
                typer.echo(f"== {path}\n{report.render()}")

    @app.command("train-urgent")
    def train_urgent_cmd(
        output: Annotated[Path | None, typer.Option(help="Where to write the model.")] = None,
        train_file: Annotated[Path | None, typer.Option(help="Urgent corpus JSONL.")] = None,
        config: Annotated[Path | None, typer.Option(help="spaCy training config.")] = None,
    ) -> None:
        """Train the urgent model (nlp/configs/urgent.cfg, fixed seed) into nlp/urgent_model/."""
        from nlp.urgent import DEFAULT_URGENT_MODEL
        from nlp.urgent.training import URGENT_CONFIG, URGENT_TRAIN_FILE, train_urgent

        out = output or DEFAULT_URGENT_MODEL
        scores = train_urgent(
            config=config or URGENT_CONFIG, train_file=train_file or URGENT_TRAIN_FILE, output=out
        )
        typer.echo(
            f"urgent model written to {out}; dev macro-F1 {scores.get('cats_macro_f', 0):.3f}"
        )

    @app.command("evaluate-urgent")
    def evaluate_urgent_cmd(
        data: Annotated[list[Path], typer.Option("--data", help="JSONL file(s) to evaluate on.")],
        model: Annotated[Path | None, typer.Option(help="Urgent model directory.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    ) -> None:
        """Urgent recall per category and language; false alarms per negative type and language.

        Rows: {"text", "urgent"?, "category"?, "lang"?}; a row without "urgent" counts as
        not urgent (so topic corpora and reports measure false alarms)."""
        from nlp.urgent import DEFAULT_URGENT_MODEL, UrgentModel
        from nlp.urgent.evaluation import evaluate_urgent

        urgent_model = UrgentModel.load(model or DEFAULT_URGENT_MODEL)
        for path in data:
            report = evaluate_urgent(path, urgent_model)
            if as_json:
                typer.echo(json.dumps({"file": str(path), **report.as_dict()}, ensure_ascii=False))
            else:
                typer.echo(f"== {path}\n{report.render()}")
