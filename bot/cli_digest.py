"""`quartierbot digest`: an office's digest on the command line (mounted by bot.cli).

Imports are lazy: the command never loads the language model.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from digest import Digest

PART_BREAK = "\n\n===== Nachricht {n} von {total} =====\n\n"


class Format(StrEnum):
    HTML = "html"
    TEXT = "text"
    TELEGRAM = "telegram"


def register(app: typer.Typer, engine_for: Callable[[str | None], Engine]) -> None:
    """Mount `digest` on `app`; `engine_for(db_url)` gives a migrated engine."""

    @app.command("digest")
    def digest_command(
        office: Annotated[str, typer.Option("--office", help="Office code, e.g. qk_kreise_3_4_5.")],
        day: Annotated[
            str | None,
            typer.Option(
                "--date", help="The digest's date, YYYY-MM-DD (default: today in Zürich)."
            ),
        ] = None,
        fmt: Annotated[Format, typer.Option("--format", help="html, text or telegram.")] = (
            Format.TEXT
        ),
        out: Annotated[
            Path | None, typer.Option("--out", help="Write to this file (default: stdout).")
        ] = None,
        weekly: Annotated[
            bool, typer.Option("--weekly", help="The seven days before the date.")
        ] = False,
        db: Annotated[
            str | None,
            typer.Option("--db", help="Database URL (default: DATABASE_URL or the SQLite file)."),
        ] = None,
    ) -> None:
        """Print an office's digest for a date: the daily one covers the working
        day before it (Monday: Friday to Sunday), --weekly the seven days before."""
        from digest import build_digest, daily_period, weekly_period
        from digest.period import ZURICH
        from nlp.routing import RoutingTable
        from store.db import session_scope

        routing = RoutingTable.load()
        if office not in routing.offices:
            known = ", ".join(routing.offices)
            typer.echo(f"unknown office {office!r}; offices: {known}", err=True)
            raise typer.Exit(2)
        try:
            the_day = date.fromisoformat(day) if day else datetime.now(ZURICH).date()
        except ValueError:
            typer.echo("--date must be YYYY-MM-DD", err=True)
            raise typer.Exit(2) from None
        start, end = weekly_period(the_day) if weekly else daily_period(the_day)
        with session_scope(engine_for(db)) as session:
            digest = build_digest(session, routing, office, start, end, weekly=weekly)
        output = render(digest, fmt)
        if out is None:
            sys.stdout.write(output)
        else:
            out.write_text(output, encoding="utf-8")
            typer.echo(f"digest written to {out}", err=True)


def render(digest: Digest, fmt: Format) -> str:
    from digest import render_telegram, render_text

    if fmt == Format.TEXT:
        return render_text(digest)
    if fmt == Format.TELEGRAM:
        parts = render_telegram(digest)
        text = parts[0]
        for n, part in enumerate(parts[1:], start=2):
            text += PART_BREAK.format(n=n, total=len(parts)) + part
        return text + "\n"
    try:
        from digest import render_html

        return render_html(digest)
    except ImportError as exc:  # the page module (digest.page) is not there yet
        typer.echo(f"the HTML page is not available ({exc})", err=True)
        raise typer.Exit(1) from None
