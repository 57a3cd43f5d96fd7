"""Team inboxes (group chats), statistics, and the command line's status change."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine
from telegram import Update
from typer.testing import CliRunner

from bot.cli import app
from bot.dialog import Dialog, Incoming
from bot.staff.stats import period
from bot.telegram.convert import to_incoming
from store.db import make_engine, session_scope, upgrade
from store.models import Concern, OutboxMessage, Resident, Status
from store.repository import assign_reference, create_concern, get_or_create_resident
from store.staff import find_staff
from tests.chat import Chat
from tests.staff_helpers import ADMIN, COORD, ERZ, RESIDENT, concern, file_concern, outbox, register

GROUP = "-1001234"


def group_command(chat_id: str, user_id: str, text: str, update_id: int) -> Incoming:
    return Incoming(
        "telegram", chat_id, "command", user_id=user_id, text=text, update_id=update_id, group=True
    )


def _group_update(text: str, user: int = 900) -> Update:
    data = {
        "update_id": 1,
        "message": {
            "message_id": 5,
            "date": 0,
            "chat": {"id": int(GROUP), "type": "supergroup", "title": "ERZ Team"},
            "from": {"id": user, "is_bot": False, "first_name": "Team"},
            "text": text,
        },
    }
    return Update.de_json(data, None)


def test_in_a_group_only_commands_are_read() -> None:
    assert to_incoming(_group_update("Hallo zusammen, wer macht heute Pikett?")) is None
    incoming = to_incoming(_group_update("/eingang"))
    assert incoming is not None and incoming.group and incoming.chat_id == GROUP
    assert incoming.user_id == "900" and incoming.kind == "command"


def test_a_group_becomes_an_offices_team_inbox(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    # Someone who is not staff: silence in a group, and nothing registered.
    assert dialog.handle(group_command(GROUP, "777", "/teameingang erz", 1)) == []
    assert dialog.handle(group_command(GROUP, "777", "/eingang", 2)) == []
    # Staff of another office cannot make the group ERZ's inbox.
    refused = dialog.handle(group_command(GROUP, "901", "/teameingang erz", 3))
    assert "Gruppe ist jetzt" not in refused[0].text
    # ERZ staff can; from then on every member of the group works ERZ's concerns.
    done = dialog.handle(group_command(GROUP, ERZ, "/teameingang", 4))
    assert "Entsorgung + Recycling Zürich" in done[0].text
    with session_scope(engine) as s:
        group = find_staff(s, channel="telegram", chat_id=GROUP)
        assert group is not None and group.is_group and group.office == "erz"
    c = file_concern(dialog)
    assert len(outbox(engine, GROUP, "alert")) == 1
    inbox = dialog.handle(group_command(GROUP, "777", "/eingang", 5))
    assert c.reference and c.reference in inbox[0].text
    # A group's registration cannot register other groups.
    again = dialog.handle(group_command("-1009999", "777", "/teameingang erz", 6))
    assert again == []


def test_statistics_count_reroutes_and_time_to_first_status_change(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    first = file_concern(dialog)
    second = file_concern(dialog, "Abfallsäcke liegen an der Zweierstrasse 40", "102")
    staff = Chat(dialog, ERZ)
    staff.say(f"/status {second.reference} in_bearbeitung")
    staff.say(f"/umleiten {first.reference} gsz")
    with session_scope(engine) as s:  # forwarded three hours before the status change
        row = s.get(Concern, second.id)
        assert row is not None and row.forwarded_at is not None
        row.forwarded_at -= timedelta(hours=3)
    text = Chat(dialog, COORD).say("/statistik 7")[0].text
    assert "Anliegen: 2" in text
    assert "Von Mitarbeitenden umgeleitet: 1 von 2 (50%)" in text
    assert "Median bis zur ersten Statusänderung: 3 Std. 0 Min." in text
    assert "Grün Stadt Zürich: 1" in text and "Entsorgung + Recycling Zürich: 1" in text
    # Undoing the reroute: the classifier was right after all.
    staff.say("/rueckgaengig")
    text = Chat(dialog, ADMIN).say("/statistik")[0].text
    assert "umgeleitet: 0 von 2" in text


def test_statistics_period() -> None:
    from datetime import date

    today = date(2026, 12, 6)
    assert period("", today) == (date(2026, 11, 7), today)
    assert period("7", today) == (date(2026, 11, 30), today)
    assert period("2026-01-01 2026-01-31", today) == (date(2026, 1, 1), date(2026, 1, 31))
    assert period("2026-02-01 2026-01-31", today) is None
    assert period("gestern", today) is None


def _store_with_concern(path: Path) -> str:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with session_scope(engine) as s:
        resident = get_or_create_resident(s, channel="telegram", chat_id="4711", user_id="4711")
        resident.language = "fr"
        c = create_concern(s, resident=resident, text="Poubelle pleine", status=Status.FORWARDED)
        c.language = "fr"
        reference = assign_reference(s, concern=c)
    engine.dispose()
    return reference


def test_cli_status_change_goes_through_the_outbox(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    reference = _store_with_concern(db)
    url = f"sqlite:///{db}"
    result = CliRunner().invoke(
        app, ["concerns", "status", reference, "done", "--db", url, "--remark", "Vidé"]
    )
    assert result.exit_code == 0, result.output
    assert "outbox" in result.output
    engine = make_engine(url)
    with session_scope(engine) as s:
        [msg] = list(s.exec(__import__("sqlmodel").select(OutboxMessage)))
        assert msg.chat_id == "4711" and msg.kind == "notice"
        assert reference in (msg.text or "") and "réglée" in (msg.text or "")
        assert "Vidé" in (msg.text or "")
        resident = s.get(Resident, 1)
        assert resident is not None
    again = CliRunner().invoke(app, ["concerns", "status", reference, "done", "--db", url])
    assert "unchanged" in again.output
    missing = CliRunner().invoke(app, ["concerns", "status", "ZH-2026-999999", "done", "--db", url])
    assert missing.exit_code == 1


def test_cli_status_change_does_not_load_the_model(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    reference = _store_with_concern(db)
    code = (
        "import sys\n"
        "from bot.cli import app\n"
        f"app(['concerns', 'status', '{reference}', 'in_progress', '--db', 'sqlite:///{db}'],"
        " standalone_mode=False)\n"
        "assert 'spacy' not in sys.modules, 'spaCy was loaded'\n"
        "print('no spacy')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "no spacy" in run.stdout


def test_resident_unblocks_by_writing_again(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    c = file_concern(dialog)
    with session_scope(engine) as s:
        resident = s.get(Resident, concern(engine, c.id).resident_id)
        assert resident is not None
        resident.blocked_at = resident.created_at
    assert "niemanden" in Chat(dialog, ERZ).say(f"/antwort {c.reference} Hallo")[0].text
    Chat(dialog, RESIDENT).say("Grüezi")
    assert "unterwegs" in Chat(dialog, ERZ).say(f"/antwort {c.reference} Hallo")[0].text


def test_coordinator_statistics_keep_concerns_without_kreis_apart(
    dialog: Dialog, engine: Engine
) -> None:
    register(engine)
    file_concern(dialog)  # Kreis 4
    chat = Chat(dialog, "160")
    chat.say("Die Abfallkübel sind immer übervoll, das nervt")
    chat.press("Weiss ich nicht") if any(
        b.label == "Weiss ich nicht" for b in chat.buttons
    ) else None
    confirm = [b for b in chat.buttons if b.data.startswith("ok:")]
    if confirm:
        chat.press(confirm[0].label)
    with session_scope(engine) as s:
        unknown = [c for c in s.exec(__import__("sqlmodel").select(Concern)) if c.kreis is None]
    assert unknown and unknown[0].reference, chat.text
    text = Chat(dialog, COORD).say("/statistik")[0].text
    assert "Anliegen: 1 " in text and "unbekannt" not in text
    assert "Dazu ohne Kreis (sehen alle Quartierkoordinationen): 1" in text
    assert "Anliegen: 2 " in Chat(dialog, ADMIN).say("/statistik")[0].text


def test_a_terminal_staff_chat_starts_with_the_desk_and_is_not_sent_its_own_moves(
    dialog: Dialog, engine: Engine
) -> None:
    import io

    from bot.terminal import run_chat

    register(engine, channel="terminal")
    c = file_concern(dialog)
    out = io.StringIO()
    lines = [f"/umleiten {c.id} gsz\n", "/rueckgaengig\n"]
    run_chat(dialog, lines, out, chat_id=ERZ, interactive=False)
    text = out.getvalue()
    start = text.split("you>")[0]  # what it shows before the first message
    assert "Neues Anliegen für Entsorgung" in start  # its pending alert
    assert "Dieser Chat ist der Arbeitsplatz von Entsorgung" in start
    assert "Datenschutz" not in text  # not the residents' welcome
    assert "zurück bei" not in text  # its own undo is not sent back to it as a card
