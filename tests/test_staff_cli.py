"""`quartierbot staff add|list|remove` on a SQLite file: offices from the routing
table, roles checked, Telegram groups as team inboxes; no spaCy loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from store.db import make_engine, session_scope, upgrade
from store.staff import list_staff

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'staff.sqlite3'}"


def staff(db: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["staff", *args, "--db", db])
    return result.exit_code, result.output


def registered(db: str) -> list[tuple[str, str, str, str, str | None, bool]]:
    engine = make_engine(db)
    upgrade(engine)  # a refused registration never opened the database
    with session_scope(engine) as s:
        rows = [(m.channel, m.chat_id, m.office, m.role, m.name, m.is_group) for m in list_staff(s)]
    engine.dispose()
    return rows


def test_add_list_and_remove(db: str) -> None:
    code, out = staff(
        db, "add", "--channel", "telegram", "--chat-id", "5001", "--office", "erz",
        "--role", "staff", "--name", "Erika Muster",
    )  # fmt: skip
    assert code == 0, out
    assert out.strip() == "staff chat registered: telegram 5001, erz, staff"
    code, out = staff(
        db, "add", "--channel", "terminal", "--chat-id", "qk-4", "--office", "qk_kreise_3_4_5",
        "--role", "coordinator",
    )  # fmt: skip
    assert code == 0, out
    code, out = staff(
        db, "add", "--channel", "telegram", "--chat-id", "-100200300", "--office", "erz",
        "--role", "staff", "--group",
    )  # fmt: skip
    assert code == 0 and out.startswith("team inbox registered"), out
    code, out = staff(
        db, "add", "--channel", "telegram", "--chat-id", "5001", "--office", "gsz",
        "--role", "admin",
    )  # fmt: skip
    assert code == 0 and "updated" in out, out  # the same chat again: changed, not doubled
    assert sorted(registered(db)) == [
        ("telegram", "-100200300", "erz", "staff", None, True),
        ("telegram", "5001", "gsz", "admin", "Erika Muster", False),
        ("terminal", "qk-4", "qk_kreise_3_4_5", "coordinator", None, False),
    ]

    code, out = staff(db, "list")
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split() == ["office", "role", "channel", "chat", "id", "name", "alerts", "digest"]
    assert [line.split()[:4] for line in lines] == [
        ["erz", "staff", "(group)", "telegram"],
        ["gsz", "admin", "telegram", "5001"],
        ["qk_kreise_3_4_5", "coordinator", "terminal", "qk-4"],
    ]
    assert "Erika Muster" in lines[1] and lines[1].split()[-2:] == ["all", "daily"]
    code, out = staff(db, "list", "--office", "erz")
    assert code == 0 and len(out.splitlines()) == 2

    code, out = staff(db, "remove", "--chat-id", "5001")
    assert (code, out.strip()) == (0, "1 staff chat(s) removed")
    code, out = staff(db, "remove", "--chat-id", "5001")
    assert code == 1 and "no staff chat 5001" in out
    assert [r[1] for r in registered(db)] == ["-100200300", "qk-4"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--office", "nowhere", "--role", "staff"], "unknown office 'nowhere'; offices: qk_"),
        (["--office", "erz", "--role", "coordinator"], "a coordinator belongs to a coordination"),
        (["--office", "erz", "--role", "boss"], "Invalid value for '--role'"),
        (["--office", "erz", "--role", "staff", "--group"], "negative chat id and needs --group"),
        (
            ["--office", "erz", "--role", "staff", "--channel", "fax"],
            "Invalid value for '--channel'",
        ),
    ],
)
def test_add_refuses_what_cannot_work(db: str, args: list[str], says: str) -> None:
    channel = [] if "--channel" in args else ["--channel", "telegram"]
    result = runner.invoke(app, ["staff", "add", *channel, "--chat-id", "5001", *args, "--db", db])
    assert result.exit_code == 2
    assert says in result.output
    assert registered(db) == []


@pytest.mark.parametrize(
    ("channel", "chat_id", "extra", "says"),
    [
        ("telegram", "anna", [], "a Telegram chat id is a number"),
        ("telegram", "-100200300", [], "needs --group"),
        ("terminal", "t1", ["--group"], "--group is for Telegram groups only"),
        ("telegram", "-100200300", ["--group", "--role", "admin"], "role staff or coordinator"),
    ],
)
def test_chat_ids_and_groups_are_checked(
    db: str, channel: str, chat_id: str, extra: list[str], says: str
) -> None:
    role = [] if "--role" in extra else ["--role", "staff"]
    result = runner.invoke(
        app,
        ["staff", "add", "--channel", channel, "--chat-id", chat_id, "--office", "erz",
         *role, *extra, "--db", db],
    )  # fmt: skip
    assert result.exit_code == 2 and says in result.output
    assert registered(db) == []


def test_the_kreis_unknown_office_takes_coordinators_and_any_office_takes_admins(db: str) -> None:
    for chat, office, role in [("1", "qk_unknown", "coordinator"), ("2", "vbz", "admin")]:
        code, out = staff(
            db, "add", "--channel", "telegram", "--chat-id", chat, "--office", office,
            "--role", role,
        )  # fmt: skip
        assert code == 0, out
    assert len(registered(db)) == 2


def test_staff_commands_do_not_load_spacy(db: str) -> None:
    script = (
        "import sys\n"
        "from bot.cli import app\n"
        "try:\n"
        f"    app(['staff', 'add', '--channel', 'telegram', '--chat-id', '7', '--office', 'erz',"
        f" '--role', 'staff', '--db', {db!r}])\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
        "assert 'spacy' not in sys.modules, 'spaCy was loaded'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "staff chat registered" in done.stdout
    assert "7" not in done.stderr  # the chat id is printed, never logged
