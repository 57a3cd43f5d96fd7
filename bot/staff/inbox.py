"""/eingang: the open concerns a member may see, urgent first, then those
nobody has taken up yet, oldest first; paged with buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import case, func
from sqlmodel import col, select

from bot.messages import Button, Reply
from bot.staff import access
from bot.staff.codec import StaffAction, encode
from bot.staff.render import age, concern_topic, office_name, status_name
from bot.texts.staff import st
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

PAGE_SIZE = 8


def open_concerns(ctx: StaffCtx) -> list[Concern]:
    taken_up = case((col(Concern.status) == Status.IN_PROGRESS, 1), else_=0)
    since = func.coalesce(col(Concern.forwarded_at), col(Concern.created_at))
    return list(
        ctx.s.exec(
            select(Concern)
            .where(access.visible_filter(ctx.routing, ctx.member))
            .where(col(Concern.status).in_(access.OPEN))
            .order_by(col(Concern.urgent).desc(), taken_up, since, col(Concern.id))
        )
    )


def page(ctx: StaffCtx, number: int, *, edit: bool = False) -> Reply:
    concerns = open_concerns(ctx)
    if not concerns:
        return Reply(st("inbox_empty"), edit=edit)
    pages = (len(concerns) + PAGE_SIZE - 1) // PAGE_SIZE
    number = max(0, min(number, pages - 1))
    first = number * PAGE_SIZE
    shown = concerns[first : first + PAGE_SIZE]
    lines = [st("inbox_head", first=first + 1, last=first + len(shown), total=len(concerns))]
    for c in shown:
        where = f"Kreis {c.kreis}" if c.kreis is not None else st("card_place_unknown")[5:]
        lines.append(
            st(
                "inbox_line",
                mark="🔴 " if c.urgent else "",
                reference=c.reference,
                status=status_name(c.status),
                topic=concern_topic(ctx.routing, c),
                place=where,
                age=age(c.forwarded_at or c.created_at),
            )
        )
        if c.office != ctx.member.office:
            # A coordinator sees the Kreise's concerns of every office: whose it is.
            lines[-1] += st("inbox_office", office=office_name(ctx.routing, c.office))
    show = [Button(c.reference or "?", encode(StaffAction.SHOW, c.id or 0)) for c in shown]
    rows = [show[i : i + 2] for i in range(0, len(show), 2)]
    nav = []
    if number > 0:
        nav.append(Button(st("btn_prev"), encode(StaffAction.PAGE, number - 1)))
    if number < pages - 1:
        nav.append(Button(st("btn_next"), encode(StaffAction.PAGE, number + 1)))
    if nav:
        rows.append(nav)
    return Reply("\n".join(lines), rows, edit=edit)
