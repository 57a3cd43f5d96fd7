"""A reference number in what the resident writes: "Ich möchte ZH-2026-000012
zurückziehen", "Was ist mit ZH-2026-000012?"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from store import repository as repo
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

REFERENCE = re.compile(r"\bZH-\d{4}-\d{6}\b", re.IGNORECASE)
WITHDRAW = re.compile(
    r"\b(zurückziehen|zurückzuziehen|zurücknehmen|zurückzunehmen|stornieren|widerrufen|"
    r"nicht mehr nötig|withdraw|cancel|annuler|retirer|ritirare|annullare)\b",
    re.IGNORECASE,
)
OPEN = (Status.DRAFT, Status.FORWARDED, Status.IN_PROGRESS, Status.RATE_LIMITED)


def own_reference(ctx: Ctx, text: str) -> Concern | None:
    """The resident's own concern named in `text`, if any (someone else's: None)."""
    m = REFERENCE.search(text)
    if m is None:
        return None
    try:
        concern = repo.get_concern_by_reference(ctx.s, m.group(0).upper())
    except repo.NotFound:
        return None
    return concern if concern.resident_id == ctx.resident.id else None


def about(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """Withdraw the concern when asked to; otherwise say where it stands. None when
    the message says more than that (then it is handled as usual)."""
    if WITHDRAW.search(text):
        if concern.status not in OPEN:
            return [Reply(status_line(d, ctx, concern))]
        repo.set_status(ctx.s, concern=concern, status=Status.WITHDRAWN, actor="resident")
        return [Reply(t(ctx.lang, "withdrawn", reference=concern.reference))]
    if len(text.split()) <= 10:
        return [Reply(status_line(d, ctx, concern)), *render.prompt(d, ctx)]
    return None


def status_line(d: Dialog, ctx: Ctx, concern: Concern) -> str:
    return t(
        ctx.lang,
        "reference_status",
        reference=concern.reference,
        topic=render.topic_name(d, ctx.lang, concern.topic),
        status=t(ctx.lang, f"status_{concern.status}"),
    )
