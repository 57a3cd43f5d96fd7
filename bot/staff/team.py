"""Staff chats managed in the bot: /team (admins: list, add, remove),
/alarme (which new concerns this chat is sent), /teameingang (a group becomes
an office's team inbox)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.messages import Reply
from bot.staff import access
from bot.staff.render import display_name, help_text, office_name
from bot.texts.staff import st
from store.models import Alerts, Role
from store.staff import add_staff, list_staff, remove_staff, set_alerts

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

ALERT_WORDS = {"alle": Alerts.ALL, "dringend": Alerts.URGENT, "keine": Alerts.NONE}
ALERT_NAMES = {Alerts.ALL: "alerts_all", Alerts.URGENT: "alerts_urgent", Alerts.NONE: "alerts_none"}


def command(ctx: StaffCtx, args: str) -> Reply:
    if not access.may_manage_staff(ctx.member):
        return Reply(help_text(ctx))
    words = args.split()
    if not words:
        return listing(ctx)
    verb = words[0].lower()
    if verb in {"neu", "add"} and len(words) >= 4:
        return add(ctx, words[1], words[2].lower(), words[3].lower(), " ".join(words[4:]) or None)
    if verb in {"weg", "remove"} and len(words) == 2:
        if words[1] == ctx.member.chat_id:
            return Reply(st("team_not_yourself"))
        removed = remove_staff(ctx.s, chat_id=words[1], channel=ctx.member.channel)
        key = "team_removed" if removed else "team_not_registered"
        return Reply(st(key, chat_id=words[1]))
    return Reply(st("usage", usage=st("usage_team")))


def listing(ctx: StaffCtx) -> Reply:
    lines = [st("team_head")]
    for m in list_staff(ctx.s):
        lines.append(
            st(
                "team_line",
                id=m.chat_id,
                office=m.office,
                role=m.role,
                group=st("team_group") if m.is_group else "",
                name=display_name(m),
                alerts=st(ALERT_NAMES[Alerts(m.alerts)]),
            )
        )
    return Reply("\n".join(lines))


MAX_NAME = 80  # StaffMember.name
MAX_CHAT_ID = 20  # a Telegram chat id is a 64-bit integer: at most 19 digits and the sign


def add(ctx: StaffCtx, chat_id: str, office: str, role: str, name: str | None) -> Reply:
    if office not in ctx.routing.offices:
        return Reply(st("unknown_office", codes=", ".join(ctx.routing.offices)))
    try:
        parsed = Role(role)
    except ValueError:
        return Reply(st("bad_role"))
    if parsed == Role.COORDINATOR and not access.is_coordination_office(ctx.routing, office):
        return Reply(st("coordinator_needs_qk"))
    digits = chat_id.lstrip("-")
    if not digits.isascii() or not digits.isdigit() or len(chat_id) > MAX_CHAT_ID:
        return Reply(st("usage", usage=st("usage_team")))
    if name is not None and len(name) > MAX_NAME:
        return Reply(st("text_too_long", length=len(name), limit=MAX_NAME))
    add_staff(
        ctx.s,
        channel=ctx.member.channel,
        chat_id=chat_id,
        office=office,
        role=parsed,
        name=name,
        is_group=chat_id.startswith("-"),
    )
    return Reply(
        st(
            "team_added",
            chat_id=chat_id,
            role=parsed.value,
            office=office_name(ctx.routing, office),
        )
    )


def alerts(ctx: StaffCtx, args: str) -> Reply:
    choice = ALERT_WORDS.get(args.strip().lower())
    if choice is None:
        current = st(ALERT_NAMES[Alerts(ctx.member.alerts)])
        return Reply(
            st("alerts_set", alerts=current) + "\n" + st("usage", usage=st("usage_alarme"))
        )
    set_alerts(ctx.s, ctx.member, choice)
    return Reply(st("alerts_set", alerts=st(ALERT_NAMES[choice])))


def register_group(ctx: StaffCtx, args: str) -> Reply:
    """In a group: the group becomes the team inbox of an office. An admin may
    name any office; other staff only their own."""
    if not ctx.incoming.group:
        return Reply(st("group_only"))
    office = args.strip().lower() or ctx.member.office
    if office not in ctx.routing.offices:
        return Reply(st("unknown_office", codes=", ".join(ctx.routing.offices)))
    if ctx.member.is_group or (ctx.member.role != Role.ADMIN and office != ctx.member.office):
        return Reply(help_text(ctx))
    add_staff(
        ctx.s,
        channel=ctx.incoming.channel,
        chat_id=ctx.incoming.chat_id,
        office=office,
        role=Role.STAFF,
        is_group=True,
    )
    return Reply(st("group_registered", office=office_name(ctx.routing, office)))
