"""`quartierbot demo-data`: a realistic month of demo concerns in the store
(mounted by bot.cli; the work is done by the demo package)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from demo import Report


def register(app: typer.Typer, engine_for: Callable[[str | None], Engine]) -> None:
    """Mount `demo-data` on `app`; `engine_for(db_url)` gives a migrated engine."""

    @app.command("demo-data")
    def demo_data(
        days: Annotated[int, typer.Option(min=1, max=400, help="Days of concerns up to now.")] = 30,
        seed: Annotated[int, typer.Option(help="Same seed, same concerns (apart from ids).")] = 1,
        db: Annotated[
            str | None,
            typer.Option("--db", help="Database URL (default: DATABASE_URL or the SQLite file)."),
        ] = None,
    ) -> None:
        """Fill the store with demo concerns of the last DAYS days (replacing earlier demo
        concerns; real ones are not touched) and register demo staff chats on the terminal,
        so the staff desk and the digest can be tried. Nobody is messaged."""
        from demo import generate

        report = generate(engine_for(db), days=days, seed=seed)
        for line in summary(report, db):
            typer.echo(line)


def summary(report: Report, db: str | None) -> list[str]:
    """What was written, and how to try it."""
    from demo.workdays import local
    from store.models import utcnow

    statuses = ", ".join(f"{n} {status}" for status, n in sorted(report.statuses.items()))
    tags = report.tags
    db_arg = f" --db {db}" if db else ""
    lines = [
        f"{report.concerns} demo concerns written in {report.seconds:.1f} s"
        + (f" (replacing {report.removed} earlier demo concerns)" if report.removed else ""),
        f"  {statuses or 'none yet today'}",
        f"  {report.urgent} urgent, {report.rerouted} re-routed by staff, "
        f"{report.overdue} overdue (open, no status change for more than 5 working days), "
        f"{report.unknown_kreis} without a Kreis",
        f"  {tags.get('cluster', 0)} in clusters, {tags.get('trend', 0)} in rising trends; "
        f"{report.events} steps in the audit trail; nothing queued for sending",
        f"demo staff chats: {report.staff_added} registered now, "
        f"{len(report.staff) - report.staff_added} already were",
    ]
    lines += [f"  {chat:<17} {role:<12} {office}" for chat, office, role in report.staff]
    today = local(utcnow()).date().isoformat()
    lines += [
        "try:",
        f"  quartierbot chat --chat-id demo-qk-345{db_arg}    then /eingang, /statistik, /hilfe",
        f"  quartierbot digest --office qk_kreise_3_4_5 --format html --out digest.html{db_arg}"
        f"    (today's digest, {today}; any office code, --date YYYY-MM-DD)",
    ]
    return lines
