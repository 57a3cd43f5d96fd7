"""Slash commands: /start, /hilfe, /meine, /loeschen, /abbrechen. None of them but
/abbrechen drops an open question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import confirming, listing, render
from bot.dialog.codec import Action, encode
from bot.dialog.context import Ctx
from bot.dialog.model import CONCERN_STATES, Button, Reply, State
from bot.texts import t
from store import repository as repo

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

START = {"start"}
HELP = {"hilfe", "help", "aide", "aiuto"}
MINE = {"meine", "mine", "status"}
DELETE = {"loeschen", "löschen", "delete", "supprimer", "cancella"}
CANCEL = {"abbrechen", "abbruch", "stop", "stopp", "cancel", "annuler", "annulla"}


def is_start(text: str | None) -> bool:
    """ "/start" (Telegram sends it when someone opens the bot for the first time)."""
    return bool(text) and _name(text or "") in START


def _name(text: str) -> str:
    """The command's name: "/Start@Quartierbot x" -> "start"."""
    return text.split()[0].lstrip("/").split("@")[0].lower() if text.strip() else ""


def on_command(d: Dialog, ctx: Ctx, text: str) -> list[Reply]:
    name = _name(text)
    if name in START:
        start = Reply(t(ctx.lang, "start", months=d.settings.retention_months))
        return [start, *render.prompt(d, ctx)]
    if name in HELP:
        return [Reply(t(ctx.lang, "help")), *render.prompt(d, ctx)]
    if name in MINE:
        return [mine(d, ctx), *render.prompt(d, ctx)]
    if name in DELETE:
        if ctx.state is not State.CONFIRM_DELETE:
            ctx.save(State.CONFIRM_DELETE, back=ctx.state.value, back_data=dict(ctx.data))
        return [delete_question(ctx)]
    if name in CANCEL:
        return cancel(d, ctx)
    return [Reply(t(ctx.lang, "unknown_command")), Reply(t(ctx.lang, "help"))]


def delete_question(ctx: Ctx) -> Reply:
    """ "Soll ich Ihre persönlichen Daten löschen?" with [Ja, löschen] [Nein]."""
    yes = Button(t(ctx.lang, "btn_yes_delete"), encode(Action.DELETE, None, "yes"))
    no = Button(t(ctx.lang, "btn_no"), encode(Action.DELETE, None, "no"))
    return Reply(t(ctx.lang, "delete_confirm"), [[yes, no]])


def cancel(d: Dialog, ctx: Ctx) -> list[Reply]:
    """/abbrechen, /stop: the open draft is withdrawn, as "abbrechen" typed does
    (an emergency already went out and is not touched); a pending deletion is
    called off; with nothing open the resident hears so."""
    if ctx.state is State.CONFIRM_DELETE:
        back = State.parse(str(ctx.data.get("back", "idle")))
        ctx.save(back, **ctx.data.get("back_data", {}))
        return [Reply(t(ctx.lang, "delete_cancelled")), *render.prompt(d, ctx)]
    concern = ctx.current()
    if concern is None or ctx.state not in CONCERN_STATES:
        ctx.data.pop("fragment", None)  # the start of a concern, kept from an earlier line
        ctx.save(ctx.state, **ctx.data)
        return [Reply(t(ctx.lang, "nothing_to_cancel"))]
    return confirming.discard(d, ctx, concern)


def mine(d: Dialog, ctx: Ctx) -> Reply:
    concerns = repo.concerns_of(ctx.s, resident=ctx.resident)
    if not concerns:
        return Reply(t(ctx.lang, "mine_none"))
    lines = [t(ctx.lang, "mine_header")]
    for c in concerns:
        lines.append(
            t(
                ctx.lang,
                "mine_item",
                reference=c.reference or t(ctx.lang, "draft_reference"),
                date=c.created_at.astimezone(repo.ZURICH).strftime("%d.%m.%Y"),
                topic=listing.what(d, ctx, c),  # with its place (trial m, § 11)
                status=t(ctx.lang, f"status_{c.status}"),
            )
        )
    return Reply("\n".join(lines))
