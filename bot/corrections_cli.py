"""`quartierbot corrections ...`: staff corrections for retraining (mounted by bot.cli)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from sqlalchemy import Engine


def register(app: typer.Typer, engine_for: Callable[[str | None], Engine]) -> None:
    """Mount `corrections` on `app`; `engine_for(db_url)` gives a migrated engine."""
    corrections_app = typer.Typer(
        help="Staff corrections: training data for the topic model.", no_args_is_help=True
    )

    @corrections_app.command("export")
    def export(
        db: Annotated[
            str | None,
            typer.Option("--db", help="Database URL (default: DATABASE_URL or the SQLite file)."),
        ] = None,
        out: Annotated[
            Path | None, typer.Option("--out", help="Write to this file (default: stdout).")
        ] = None,
    ) -> None:
        """Write staff-corrected concerns as training JSON Lines ({"text", "topic", "kreis"}:
        the latest staff decision, contact details replaced, no reference, ids or dates)."""
        from store.corrections import corrected_concerns
        from store.db import session_scope

        count = 0
        with session_scope(engine_for(db)) as session:
            handle = out.open("w", encoding="utf-8") if out else sys.stdout
            try:
                for row in corrected_concerns(session):
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
            finally:
                if out:
                    handle.close()
        typer.echo(f"{count} corrected concerns exported", err=True)

    app.add_typer(corrections_app, name="corrections")
