"""`Dialog.warm_up`: a fresh process classifies a few made-up lines at start
(bench/first_message.py: the first message 58-62 ms cold, 3-4 ms warm), and
stores nothing of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot import cli
from bot.dialog import Dialog
from bot.settings import Settings
from tests.conftest import concerns


def test_warm_up_stores_nothing(dialog: Dialog, engine: Engine) -> None:
    dialog.warm_up()
    assert concerns(engine) == []


def test_every_channel_warms_up_before_the_first_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warmed: list[Dialog] = []
    monkeypatch.setattr(Dialog, "warm_up", lambda self: warmed.append(self))
    settings = Settings(_env_file=None, database_url=f"sqlite:///{tmp_path / 'w.db'}")  # type: ignore[call-arg]
    dialog = cli.build_dialog(settings)
    assert warmed == [dialog]
    dialog.engine.dispose()
