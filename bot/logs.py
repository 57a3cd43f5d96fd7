"""Logging that never carries message texts, names, chat ids or secrets, at any level.

Our own modules log ids of concerns, labels and scores only. Libraries are held
at a floor where they do not dump payloads: python-telegram-bot logs every Bot
API call with its parameters (text, chat id) at DEBUG, httpx logs URLs (which
contain the bot token) at INFO, SQLAlchemy logs statement parameters. As a last
guard, a filter replaces any configured secret that still reaches a record.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

# Library logger -> the most detailed level it may log at.
FLOORS = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "telegram": logging.INFO,
    "apscheduler": logging.INFO,
    "sqlalchemy": logging.WARNING,
    "alembic": logging.INFO,
    "alembic.runtime.plugins": logging.WARNING,  # one line per plugin at every start
    "tornado.access": logging.WARNING,
    "aiohttp.access": logging.WARNING,
}


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 6]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "[redacted]")
            record.msg, record.args = message, None
        return True


def configure(level: str, secrets: Iterable[str] = ()) -> None:
    """Log to stderr at `level`, libraries no finer than their floor."""
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    logging.basicConfig(
        level=numeric,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for name, floor in FLOORS.items():
        logging.getLogger(name).setLevel(max(numeric, floor))
    redact = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
