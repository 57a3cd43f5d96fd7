"""The `quartierbot` command: the composition root of the application."""

from __future__ import annotations

import logging
import os

import typer

from nlp import cli as nlp_cli

app = typer.Typer(
    help="Quartierbot: intake of residents' concerns for Zürich's Quartierkoordination.",
    no_args_is_help=True,
    add_completion=False,
)
nlp_cli.register(app)


def _configure_logging() -> None:
    level = os.environ.get("QUARTIERBOT_LOG_LEVEL", "INFO").upper()
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs request URLs at INFO, and those contain the bot token.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main() -> None:
    _configure_logging()
    app()
