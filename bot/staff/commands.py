"""Staff commands: /eingang /zeige /umleiten /thema /kreis /status /notiz
/antwort /rueckgaengig /hilfe, and (bot.staff.team, bot.staff.stats) /team
/alarme /teameingang /statistik. Every command on a concern checks that the
member may see it; a concern they may not see answers like a missing one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlmodel import select

from bot.messages import Reply
from bot.staff import access, actions, inbox, stats, team
from bot.staff.render import card, card_buttons, help_text, office_name, status_name, topic_name
from bot.texts.staff import st
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

MAX_NOTE = 2000
# What staff type for a status (German, as in the issue), and the codes too.
STATUS_WORDS = {
    "neu": Status.NEW,
    "weitergeleitet": Status.FORWARDED,
    "in_bearbeitung": Status.IN_PROGRESS,
    "inbearbeitung": Status.IN_PROGRESS,
    "erledigt": Status.DONE,
    "abgelehnt": Status.REJECTED,
    **{s.value: s for s in (Status.NEW, Status.FORWARDED, Status.IN_PROGRESS, Status.DONE)},
    Status.REJECTED.value: Status.REJECTED,
}
_REF = re.compile(r"^(?:ZH-(\d{4})-)?0*(\d{1,12})$", re.I)

CONCERN_COMMANDS = {"zeige", "umleiten", "thema", "kreis", "status", "notiz", "antwort"}
STAFF_COMMANDS = {
    *CONCERN_COMMANDS,
    "eingang",
    "rueckgaengig",
    "rückgängig",
    "hilfe",
    "help",
    "statistik",
    "team",
    "alarme",
    "teameingang",
    "digest",
    "abo",
}


def on_command(ctx: StaffCtx, text: str) -> list[Reply]:
    name, _, rest = text.strip().partition(" ")
    name = name.lstrip("/").split("@")[0].lower()
    args = rest.strip()
    if name in CONCERN_COMMANDS:
        return [on_concern_command(ctx, name, args)]
    if name == "eingang":
        page = int(args) - 1 if args.isascii() and args.isdigit() and int(args) > 0 else 0
        return [inbox.page(ctx, page)]
    if name in {"rueckgaengig", "rückgängig"}:
        return [undo(ctx)]
    if name == "statistik":
        return [stats.command(ctx, args)]
    if name == "team":
        return [team.command(ctx, args)]
    if name == "alarme":
        return [team.alerts(ctx, args)]
    if name == "teameingang":
        return [team.register_group(ctx, args)]
    if name in {"digest", "abo"}:
        from bot.staff import subscriptions  # the digest package (no model needed)

        return [
            subscriptions.digest(ctx, args) if name == "digest" else subscriptions.abo(ctx, args)
        ]
    return [Reply(help_text(ctx))]


def find_concern(ctx: StaffCtx, ref: str) -> Concern | None:
    """The concern `ref` names (ZH-2026-000123, or its number), locked for this
    transaction, if the member may see it."""
    m = _REF.match(ref.strip())
    if m is None:
        return None
    concern = ctx.s.exec(
        select(Concern)
        .where(Concern.id == int(m.group(2)))
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if concern is None or not access.can_see(ctx.routing, ctx.member, concern):
        return None
    if m.group(1) and concern.reference and concern.reference.upper() != ref.strip().upper():
        return None
    return concern


def on_concern_command(ctx: StaffCtx, name: str, args: str) -> Reply:
    ref, _, rest = args.partition(" ")
    rest = rest.strip()
    if not ref:
        return Reply(st("usage", usage=st(f"usage_{name}")))
    concern = find_concern(ctx, ref)
    if concern is None:
        return Reply(st("not_found", reference=ref[:30]))
    if name == "zeige":
        return Reply(card(ctx.s, ctx.routing, concern, history=True), card_buttons(concern))
    if name in {"notiz", "antwort"} and not rest:
        return Reply(st("usage", usage=st(f"usage_{name}")))
    if len(rest) > MAX_NOTE:
        return Reply(st("text_too_long", length=len(rest), limit=MAX_NOTE))
    if name == "notiz":
        actions.add_note(ctx.desk, concern, rest)
        return Reply(st("note_added", reference=concern.reference))
    if name == "antwort":
        if actions.answer(ctx.desk, concern, rest):
            return Reply(st("answer_sent", reference=concern.reference))
        return Reply(st("answer_nobody", reference=concern.reference))
    value, _, remark = rest.partition(" ")
    return change(ctx, name, concern, value, remark.strip() or None)


def change(ctx: StaffCtx, name: str, concern: Concern, value: str, remark: str | None) -> Reply:
    """/umleiten, /thema, /kreis, /status."""
    ref = concern.reference
    if name == "umleiten":
        code = value.lower()
        if code not in ctx.routing.offices:
            return Reply(st("unknown_office", codes=", ".join(ctx.routing.offices)))
        return move(ctx, concern, code, remark)
    if name == "thema":
        topic = value.lower()
        if topic not in ctx.routing.topics:
            return Reply(st("unknown_topic", codes=", ".join(ctx.routing.topics)))
        if topic == concern.topic:
            return Reply(st("same_value", reference=ref))
        office = concern.office
        actions.set_topic(ctx.desk, concern, topic, remark)
        reply = Reply(st("topic_set", reference=ref, topic=topic_name(ctx.routing, topic)))
        if concern.office != office:
            reply.text += "\n" + st(
                "moved", reference=ref, office=office_name(ctx.routing, concern.office)
            )
        return reply
    if name == "kreis":
        if not (value.isascii() and value.isdigit() and 1 <= int(value) <= 12):
            return Reply(st("bad_kreis"))
        if int(value) == concern.kreis:
            return Reply(st("same_value", reference=ref))
        office = concern.office
        actions.set_kreis(ctx.desk, concern, int(value), remark)
        reply = Reply(st("kreis_set", reference=ref, kreis=value))
        if concern.office != office:
            reply.text += "\n" + st(
                "moved", reference=ref, office=office_name(ctx.routing, concern.office)
            )
        return reply
    status = STATUS_WORDS.get(value.lower())
    if status is None:
        return Reply(
            st("unknown_status", codes="neu, weitergeleitet, in_bearbeitung, erledigt, abgelehnt")
        )
    return set_status(ctx, concern, status, remark)


def move(
    ctx: StaffCtx, concern: Concern, office: str, remark: str | None, *, edit: bool = False
) -> Reply:
    if office == concern.office:
        return Reply(st("same_value", reference=concern.reference), edit=edit)
    told = actions.reroute(ctx.desk, concern, office, remark)
    key = "moved" if told else "moved_quiet"
    name = office_name(ctx.routing, office)
    return Reply(st(key, reference=concern.reference, office=name), edit=edit)


def set_status(
    ctx: StaffCtx, concern: Concern, status: Status, remark: str | None, *, edit: bool = False
) -> Reply:
    if status == concern.status:
        return Reply(st("same_value", reference=concern.reference), edit=edit)
    told = actions.set_status(ctx.desk, concern, status, remark)
    key = "status_set_told" if told else "status_set"
    return Reply(st(key, reference=concern.reference, status=status_name(status)), edit=edit)


def undo(ctx: StaffCtx) -> Reply:
    done = actions.undo(ctx.desk)
    if done is None:
        return Reply(st("undo_nothing"))
    ref = done.concern.reference
    if done.conflict:
        return Reply(st("undo_conflict", reference=ref))
    from bot.staff.render import changes_text

    changes = changes_text(ctx.routing, done.event.before, done.event.after)
    return Reply(st("undone", reference=ref, changes=changes or st("what_assign")))
