"""`quartierbot staff add|list|remove`: who is staff (mounted by bot.cli).

Offices come from the routing table (nlp/data/routing.toml); the classifier
is not loaded. A coordinator belongs to a coordination office (one with
Kreise, or the office for concerns without a Kreis); staff and admins to any
office. A Telegram group (negative chat id, `--group`) is an office's team
inbox. Chat ids are printed (this is the administrators' tool) but never logged.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from store.models import Role

if TYPE_CHECKING:
    from sqlalchemy import Engine


class Channel(StrEnum):
    TELEGRAM = "telegram"
    TERMINAL = "terminal"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: DATABASE_URL or the SQLite file)."),
]
ChatIdOption = Annotated[
    str,
    typer.Option("--chat-id", help="Telegram chat id (a group's is negative) or terminal chat id."),
]
MAX_NAME = 80


def _fail(message: str) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(2)


def check(channel: Channel, chat_id: str, office: str, role: Role, group: bool) -> None:
    """Refuse a registration that cannot work (typer.Exit with a message)."""
    from nlp.routing import RoutingTable

    routing = RoutingTable.load()
    entry = routing.offices.get(office)
    if entry is None:
        raise _fail(f"unknown office {office!r}; offices: {', '.join(routing.offices)}")
    if role == Role.COORDINATOR and not (entry.kreise or office == routing.unknown_office):
        coordination = [c for c, o in routing.offices.items() if o.kreise]
        coordination.append(routing.unknown_office)
        raise _fail(f"a coordinator belongs to a coordination office: {', '.join(coordination)}")
    if channel == Channel.TERMINAL:
        if group:
            raise _fail("--group is for Telegram groups only")
        if not chat_id.strip():
            raise _fail("the chat id is empty")
        return
    digits = chat_id.removeprefix("-")
    if not (digits.isascii() and digits.isdigit()):
        raise _fail("a Telegram chat id is a number (a group's is negative)")
    if group != chat_id.startswith("-"):
        raise _fail(
            "a Telegram group has a negative chat id and needs --group; a person's is positive"
        )
    if group and role == Role.ADMIN:
        raise _fail("a group is an office's team inbox: role staff or coordinator")


def register(app: typer.Typer, engine_for: Callable[[str | None], Engine]) -> None:
    """Mount `staff` on `app`; `engine_for(db_url)` gives a migrated engine."""
    staff_app = typer.Typer(help="Staff chats: offices, roles, team inboxes.", no_args_is_help=True)
    app.add_typer(staff_app, name="staff")

    @staff_app.command("add")
    def add(
        channel: Annotated[Channel, typer.Option(help="Where the staff member chats.")],
        chat_id: ChatIdOption,
        office: Annotated[str, typer.Option(help="Office code of the routing table.")],
        role: Annotated[Role, typer.Option(help="coordinator, staff or admin.")],
        name: Annotated[
            str | None, typer.Option(help="Display name (optional; shown to colleagues).")
        ] = None,
        group: Annotated[
            bool, typer.Option("--group", help="A Telegram group: the office's team inbox.")
        ] = False,
        db: DbOption = None,
    ) -> None:
        """Register a staff chat (or change the office, role and name of one)."""
        from store.db import session_scope
        from store.staff import add_staff, find_staff

        chat_id = chat_id.strip()
        check(channel, chat_id, office, role, group)
        if name is not None and len(name.strip()) > MAX_NAME:
            raise _fail(f"the name is longer than {MAX_NAME} characters")
        with session_scope(engine_for(db)) as session:
            known = find_staff(session, channel=channel.value, chat_id=chat_id) is not None
            add_staff(
                session,
                channel=channel.value,
                chat_id=chat_id,
                office=office,
                role=role,
                name=(name or "").strip() or None,
                is_group=group,
            )
        what = "team inbox" if group else "staff chat"
        verb = "updated" if known else "registered"
        typer.echo(f"{what} {verb}: {channel.value} {chat_id}, {office}, {role.value}")

    @staff_app.command("list")
    def list_(
        office: Annotated[str | None, typer.Option(help="Only this office.")] = None,
        db: DbOption = None,
    ) -> None:
        """List the staff chats: office, role, channel, chat id, name, alerts, digest."""
        from store.db import session_scope
        from store.staff import list_staff

        with session_scope(engine_for(db)) as session:
            members = list_staff(session, office=office)
        if not members:
            typer.echo("no staff chats registered")
            return
        header = ("office", "role", "channel", "chat id", "name", "alerts", "digest")
        rows = [
            (
                m.office,
                m.role + (" (group)" if m.is_group else ""),
                m.channel,
                m.chat_id,
                m.name or "-",
                m.alerts,
                m.subscription,
            )
            for m in members
        ]
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        for r in [header, *rows]:
            typer.echo("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())

    @staff_app.command("remove")
    def remove(
        chat_id: ChatIdOption,
        channel: Annotated[
            Channel | None, typer.Option(help="Only on this channel (default: any).")
        ] = None,
        db: DbOption = None,
    ) -> None:
        """Unregister a staff chat; it is then treated like any resident."""
        from store.db import session_scope
        from store.staff import remove_staff

        with session_scope(engine_for(db)) as session:
            removed = remove_staff(
                session, chat_id=chat_id.strip(), channel=channel.value if channel else None
            )
        if not removed:
            typer.echo(f"no staff chat {chat_id}", err=True)
            raise typer.Exit(1)
        typer.echo(f"{removed} staff chat(s) removed")
