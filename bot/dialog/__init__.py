"""The resident dialog, shared by Telegram, the terminal and the tests."""

from bot.dialog.core import Dialog
from bot.dialog.model import Button, DialogFailure, Incoming, Notice, Reply, State

__all__ = ["Button", "Dialog", "DialogFailure", "Incoming", "Notice", "Reply", "State"]
