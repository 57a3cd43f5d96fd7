"""The terminal chat: the same dialog, numbered buttons, scripted stdin."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select
from typer.testing import CliRunner

from bot.cli import app
from bot.dialog import Button, Dialog
from bot.settings import Settings
from bot.terminal import run_chat, to_incoming
from nlp.classifier import ConcernClassifier
from store.db import session_scope
from store.models import Concern, utcnow


def test_numbers_and_labels_choose_buttons() -> None:
    buttons = [Button("Ja, weiterleiten", "ok:1"), Button("Thema ändern", "topic:1")]
    assert to_incoming("1", buttons, "c").data == "ok:1"
    assert to_incoming("thema ändern", buttons, "c").data == "topic:1"
    assert to_incoming("3", buttons, "c").kind == "text"
    loc = to_incoming("/standort 47.41 8.54", [], "c")
    assert (loc.kind, loc.lat, loc.lon) == ("location", 47.41, 8.54)
    assert to_incoming("/voice", [], "c").kind == "unsupported"
    assert to_incoming("/meine", [], "c").kind == "command"


def test_scripted_conversation(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    script = io.StringIO("Die Strassenlampe flackert\n/standort 47.4114 8.5441\n1\n/meine\n")
    out = io.StringIO()
    run_chat(dialog, script, out, chat_id="t1", interactive=False)
    transcript = out.getvalue()
    assert "Grüezi" in transcript
    assert "[1] Weiss ich nicht" in transcript
    assert "Kreis 11" in transcript
    assert "ZH-" in transcript and "weitergeleitet" in transcript


def test_cli_chat_export_and_upgrade(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    # `db upgrade` and `concerns export` in this process (the same commands; each
    # CLI process costs a second of CPU for its imports), the chat as the command a
    # resident starts: its own process, its logging on stderr.
    up = CliRunner().invoke(app, ["db", "upgrade", "--db", db])
    assert up.exit_code == 0, up.output
    assert "up to date" in up.stdout
    chat = subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "chat", "--db", db],
        input="Der Abfallkübel am Helvetiaplatz ist übervoll\n1\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert "Entsorgung + Recycling Zürich" in chat.stdout and "ZH-" in chat.stdout
    assert "Helvetiaplatz" not in chat.stderr  # message text is never logged
    export = CliRunner().invoke(app, ["concerns", "export", "--db", db])
    assert export.exit_code == 0, export.output
    [row] = [json.loads(line) for line in export.stdout.splitlines()]
    assert row["topic"] == "abfall" and row["kreis"] == 4 and row["office"] == "erz"
    assert row["status"] == "forwarded" and row["reference"].startswith("ZH-")


def test_cli_chat_resumes_after_a_restart(
    tmp_path: Path, classifier: ConcernClassifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chat command before and after a restart: the middle run is a process of
    its own (what it knows of the first run is what the store kept); the other two
    run the same command in this process, with the classifier the tests share
    instead of a third model load (about 4 s of CPU each)."""
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"

    def here(lines: str) -> str:
        with monkeypatch.context() as m:
            m.setattr(ConcernClassifier, "load", lambda *args, **kwargs: classifier)
            done = CliRunner().invoke(app, ["chat", "--db", db], input=lines)
        assert done.exit_code == 0, done.output
        return done.stdout

    first = here("Die Strassenlampe flackert seit Tagen\n")
    assert "Grüezi" in first and "Wo ist das genau?" in first
    second = subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "chat", "--db", db],
        input="Josefstrasse 12\n1\n/meine\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert "Grüezi" not in second  # no reset: the open question comes back
    assert "wartet noch auf den Ort" in second and "Kreis 5" in second
    assert second.count("ZH-") >= 2 and "weitergeleitet" in second
    third = here("/meine\n")
    assert "Willkommen zurück" in third and "ZH-" in third


def test_what_people_type_in_the_terminal(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    script = io.StringIO(
        "Grüezi\n"
        "Der Kübel am Idaplatz ist voll und ausserdem brennt die Lampe an der Ecke nicht\n"
        "Ja\n"
        "1\n"  # "Gleicher Ort wie vorher"
        "stimmt\n"
        "Es brennt im Keller an der Josefstrasse 12!\n"
        "Danke vielmal!\n"
        "/meine\n"
    )
    out = io.StringIO()
    run_chat(dialog, script, out, chat_id="t2", interactive=False)
    transcript = out.getvalue()
    assert "Was kann ich für Sie tun?" in transcript
    assert "2 Anliegen" in transcript and "Gleicher Ort wie vorher" in transcript
    assert "117" in transcript and "als dringend" in transcript
    assert transcript.count("ZH-") >= 6 and "Gern geschehen" in transcript
    assert "ß" not in transcript


def test_terminal_forwards_a_forgotten_draft_at_start_and_survives_a_failure(
    engine: Engine,
    classifier: ConcernClassifier,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    run_chat(
        dialog,
        io.StringIO("Der Abfallkübel am Helvetiaplatz ist übervoll\n"),
        io.StringIO(),
        chat_id="t3",
        interactive=False,
    )
    with session_scope(engine) as s:
        for concern in s.exec(select(Concern)):
            concern.updated_at = utcnow() - timedelta(minutes=settings.draft_timeout_minutes + 1)
            s.add(concern)
    out = io.StringIO()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("model exploded")

    monkeypatch.setattr(classifier, "classify", broken)
    run_chat(
        dialog, io.StringIO("Die Strassenlampe flackert\n"), out, chat_id="t3", interactive=False
    )
    transcript = out.getvalue()
    assert "ohne Ihre Bestätigung" in transcript  # the forgotten draft went out
    assert "Ihre Nachricht ist gespeichert" in transcript  # a true apology, no traceback


def test_a_photo_from_the_terminal(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    # /hilfe says "gern mit Foto"; the terminal had no way to send one (trial d).
    photo = to_incoming("/foto Der Kübel am Idaplatz ist voll", [], "c")
    assert (photo.kind, photo.text) == ("photo", "Der Kübel am Idaplatz ist voll")
    assert photo.photo and to_incoming("/foto", [], "c").photo != photo.photo
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    script = io.StringIO("/foto Der Kübel am Idaplatz ist voll\n1\n")
    run_chat(dialog, script, io.StringIO(), chat_id="t2", interactive=False)
    with session_scope(engine) as s:
        [concern] = s.exec(select(Concern)).all()
        assert concern.status == "forwarded" and len(concern.photos) == 1
