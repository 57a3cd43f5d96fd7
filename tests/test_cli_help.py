"""Every command of `quartierbot` has help text."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from bot.cli import app

runner = CliRunner()
ROOT = typer.main.get_command(app)


def leaf_commands(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    if hasattr(group, "commands"):
        out: list[tuple[str, ...]] = []
        for name, cmd in group.commands.items():
            out += leaf_commands(cmd, (*path, name))
        return out
    return [path]


COMMANDS = leaf_commands(ROOT)


def test_expected_commands_exist() -> None:
    names = {" ".join(c) for c in COMMANDS}
    assert {
        "classify",
        "train",
        "evaluate",
        "chat",
        "serve",
        "db upgrade",
        "concerns export",
    } <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p))
def test_command_has_help(path: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    cmd: Any = ROOT
    for name in path:
        cmd = cmd.commands[name]
    assert (cmd.help or "").strip()
