"""Every command of `quartierbot` has help text."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bot.cli import app

runner = CliRunner()
COMMANDS = ["classify", "train", "evaluate"]


def test_top_level_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    info = app.registered_commands
    names = {c.name or (c.callback.__name__ if c.callback else "") for c in info}
    assert command in names
    for c in info:
        if (c.name or (c.callback.__name__ if c.callback else "")) == command:
            assert c.callback is not None and (c.callback.__doc__ or "").strip()
