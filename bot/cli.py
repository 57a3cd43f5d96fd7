"""The `quartierbot` command: the composition root of the application."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from bot import cli_digest, cli_staff, corrections_cli
from bot.cli_demo import register as register_demo
from bot.settings import Settings
from nlp import cli as nlp_cli

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.dialog import Dialog

app = typer.Typer(
    help="Quartierbot: intake of residents' concerns for Zürich's Quartierkoordination.",
    no_args_is_help=True,
    add_completion=False,
)
nlp_cli.register(app)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
concerns_app = typer.Typer(help="Stored concerns.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(concerns_app, name="concerns")
corrections_cli.register(app, lambda db: _engine(_settings(db)))
cli_digest.register(app, lambda db: _engine(_settings(db)))
register_demo(app, lambda db: _engine(_settings(db)))
cli_staff.register(app, lambda db: _engine(_settings(db)))

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: DATABASE_URL or the SQLite file)."),
]


def _configure_logging(settings: Settings) -> None:
    from bot.logs import configure

    secrets = [
        secret.get_secret_value()
        for secret in (settings.telegram_bot_token, settings.webhook_secret)
        if secret is not None
    ]
    configure(settings.log_level, secrets)


def _settings(db: str | None = None) -> Settings:
    settings = Settings()
    if db:
        settings = settings.model_copy(update={"database_url": db})
    return settings


def _engine(settings: Settings) -> Engine:
    from store.db import make_engine, upgrade

    # A connection for every thread that may work on the database at once.
    threads = settings.max_concurrent_updates + 8  # bot.telegram.inbox.worker_threads
    engine = make_engine(settings.database_url, pool_size=threads)
    upgrade(engine)
    return engine


def build_dialog(settings: Settings) -> Dialog:
    """Engine (migrated), classifier and dialog, as every channel needs them."""
    from bot.dialog import Dialog
    from nlp.classifier import ConcernClassifier

    classifier = ConcernClassifier.load()
    dialog = Dialog(engine=_engine(settings), classifier=classifier, settings=settings)
    dialog.warm_up()  # before the first message, not on it
    return dialog


@app.command()
def chat(
    db: DbOption = None,
    chat_id: Annotated[
        str, typer.Option(help="Chat id of this terminal conversation (stable: a restart resumes).")
    ] = "terminal",
) -> None:
    """Chat with the bot in the terminal (same dialog as Telegram; stdin may be piped)."""
    from bot.terminal import run_chat

    dialog = build_dialog(_settings(db))
    interactive = sys.stdin.isatty()
    run_chat(
        dialog,
        sys.stdin,
        sys.stdout,
        chat_id=chat_id,
        interactive=interactive,
    )


@app.command()
def serve(db: DbOption = None) -> None:
    """Run the Telegram bot: webhook mode when WEBHOOK_URL is set, else polling."""
    from bot.telegram import run

    settings = _settings(db)
    if settings.telegram_bot_token is None:
        typer.echo("TELEGRAM_BOT_TOKEN is not set (see .env.example).", err=True)
        raise typer.Exit(2)
    if settings.webhook_url and settings.webhook_secret is None:
        typer.echo("WEBHOOK_SECRET is required with WEBHOOK_URL (see .env.example).", err=True)
        raise typer.Exit(2)
    raise typer.Exit(run(settings, lambda: build_dialog(settings)))


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Apply all schema migrations."""
    _engine(_settings(db))
    typer.echo("database is up to date")


@concerns_app.command("export")
def concerns_export(db: DbOption = None) -> None:
    """Print stored concerns as JSON Lines (reference, topic, Kreis, office, status, dates)."""
    from store.db import session_scope
    from store.repository import export_concerns

    engine = _engine(_settings(db))
    with session_scope(engine) as session:
        for row in export_concerns(session):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


@concerns_app.command("status")
def concerns_status(
    reference: Annotated[str, typer.Argument(help="Reference number, e.g. ZH-2026-000123.")],
    status: Annotated[
        str, typer.Argument(help="new, forwarded, in_progress, done, rejected or withdrawn.")
    ],
    db: DbOption = None,
    actor: Annotated[str, typer.Option(help="Who changes it (kept in the audit trail).")] = "cli",
    remark: Annotated[
        str | None, typer.Option(help="A remark the resident reads with the new status.")
    ] = None,
) -> None:
    """Change a concern's status; the resident is told through the outbox (the
    running bot sends it; a terminal resident sees it at their next message)."""
    from bot.staff.actions import Desk, set_status
    from nlp.routing import RoutingTable
    from store.db import session_scope
    from store.models import STAFF_STATUSES, Status
    from store.repository import NotFound, get_concern_by_reference

    allowed = set(STAFF_STATUSES)
    if status not in allowed:
        typer.echo(f"status must be one of: {', '.join(sorted(allowed))}", err=True)
        raise typer.Exit(2)
    engine = _engine(_settings(db))
    with session_scope(engine) as session:
        try:
            concern = get_concern_by_reference(session, reference)
        except NotFound:
            typer.echo(f"no concern {reference}", err=True)
            raise typer.Exit(1) from None
        if concern.status == status:
            typer.echo("status unchanged")
            return
        desk = Desk(session, RoutingTable.load(), actor=actor)
        told = set_status(desk, concern, Status(status), remark)
    if told:
        typer.echo("status set; the notice for the resident is in the outbox")
    else:
        typer.echo("status set; nobody to notify")


@concerns_app.command("purge")
def concerns_purge(
    db: DbOption = None,
    months: Annotated[
        int | None, typer.Option(help="Keep personal data this long (default RETENTION_MONTHS).")
    ] = None,
) -> None:
    """Retention (run daily): anonymise concerns older than the retention period,
    forget silent chats and idle dialog state, drop old Telegram update ids."""
    from store.db import session_scope
    from store.models import utcnow
    from store.repository import purge

    settings = _settings(db)
    keep = months if months is not None else settings.retention_months
    engine = _engine(settings)
    with session_scope(engine) as session:
        report = purge(session, now=utcnow(), retention_months=keep)
    typer.echo(f"{report.concerns_anonymised} concerns anonymised (older than {keep} months)")
    typer.echo(f"{report.residents_forgotten} chats forgotten (silent for {keep} months)")
    typer.echo(f"{report.conversations_deleted} idle conversations deleted")
    typer.echo(f"{report.updates_deleted} processed update ids deleted")
    typer.echo(f"{report.inbox_deleted} processed inbox updates deleted")


def main() -> None:
    _configure_logging(Settings())
    app()


if __name__ == "__main__":
    main()
