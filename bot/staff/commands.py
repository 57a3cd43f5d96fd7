"""Staff commands: /eingang /zeige /umleiten /thema /kreis /status /notiz
/antwort /rueckgaengig /hilfe, and (bot.staff.team, bot.staff.stats) /team
/alarme /teameingang /statistik. Every command on a concern checks that the
member may see it; a concern they may not see answers like a missing one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from bot.messages import Reply
from bot.staff import access, actions, held, inbox, parse, stats, team
from bot.staff import gone as gone_module
from bot.staff.render import (
    card,
    card_buttons,
    help_text,
    language_name,
    office_name,
    status_name,
    topic_name,
)
from bot.texts.staff import st
from store.models import Concern, Role, Status
from store.staff import list_staff

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

MAX_NOTE = 2000
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
    "start",
}


def on_command(ctx: StaffCtx, text: str) -> list[Reply]:
    name, _, rest = text.strip().partition(" ")
    name = name.lstrip("/").split("@")[0].lower()
    args = rest.strip()
    if name == "zeige" and args:
        return show(ctx, args)
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
    """The concern `ref` names (ZH-2026-000123, zh-2026-123, #123 or 123),
    locked for this transaction, if the member may see it."""
    parsed = parse.reference(ref)
    if parsed is None or parsed[2]:
        return None
    return _visible(ctx, parsed[0], parsed[1])


def _visible(ctx: StaffCtx, concern_id: int, year: int | None) -> Concern | None:
    concern = ctx.s.exec(
        select(Concern)
        .where(Concern.id == concern_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if concern is None or not access.can_see(ctx.routing, ctx.member, concern):
        return None
    if year is not None and concern.reference and not concern.reference.startswith(f"ZH-{year}-"):
        return None
    return concern


def on_concern_command(ctx: StaffCtx, name: str, args: str) -> Reply:
    if not args:
        return Reply(st("usage", usage=st(f"usage_{name}")))
    parsed = parse.reference(args)
    concern = _visible(ctx, parsed[0], parsed[1]) if parsed else None
    if concern is None:
        return not_found(ctx, args, parsed, command=name)
    rest = parsed[2] if parsed else ""
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
            language = language_name(concern)  # "Sprache: Italienisch"
            key = "answer_sent" if language is None else "answer_sent_language"
            return Reply(st(key, reference=concern.reference, language=language))
        return Reply(st("answer_nobody", reference=concern.reference))
    return change(ctx, name, concern, rest)


# What a command did not do, before "ZH-… ist jetzt bei …" (new-user trial k,
# finding 10: a correcting /thema after a move away seemed to do nothing).
NOT_DONE = {"antwort": "not_sent", "notiz": "not_saved", "zeige": None}


def not_found(
    ctx: StaffCtx,
    args: str,
    parsed: tuple[int, int | None, str] | None,
    *,
    command: str = "zeige",
) -> Reply:
    """No such concern for this member; or one their office moved away a
    moment ago: where it is now (bot.staff.gone), and that the command was not
    carried out."""
    gone = gone_module.moved_away(ctx, parsed[0], parsed[1]) if parsed else None
    if gone is not None:
        key = NOT_DONE.get(command, "not_changed")
        return Reply(f"{st(key)} {gone}" if key else gone)
    text = st("not_found", reference=args.split()[0][:30])
    member = ctx.member
    if member.role == Role.STAFF and access.is_coordination_office(ctx.routing, member.office):
        # Why a colleague's concern is not there (trial k, finding 10): the role, not the reference.
        text += " " + st("not_found_staff_role", office=office_name(ctx.routing, member.office))
    return Reply(text)


MAX_SHOW = 5


def show(ctx: StaffCtx, args: str) -> list[Reply]:
    """/zeige REF [REF …]: each concern's card (new-user trial h, finding 11:
    "/zeige 1 2" showed only the first), at most MAX_SHOW."""
    replies: list[Reply] = []
    rest = args.replace(",", " ").strip()
    while rest and len(replies) < MAX_SHOW:
        parsed = parse.reference(rest)
        if parsed is None:
            break
        concern = _visible(ctx, parsed[0], parsed[1])
        if concern is None:
            replies.append(not_found(ctx, rest, parsed))
        else:
            text = card(ctx.s, ctx.routing, concern, history=True)
            replies.append(Reply(text, card_buttons(concern)))
        rest = parsed[2]
    if not replies:
        return [on_concern_command(ctx, "zeige", args)]
    if rest and parse.reference(rest) is not None:
        replies.append(Reply(st("show_at_most", n=MAX_SHOW)))
    return replies


def change(ctx: StaffCtx, name: str, concern: Concern, rest: str) -> Reply:
    """/umleiten, /thema, /kreis, /status (value, then an optional remark)."""
    ref = concern.reference
    if name == "umleiten" and not rest.strip():  # /umleiten REF: the offices as buttons
        from bot.staff.buttons import office_rows

        rows = office_rows(ctx, concern, likely=True)
        return Reply(st("choose_office_move", reference=ref), rows)
    if name == "umleiten":
        found = parse.office(ctx.routing, rest)
        if found is None:
            names = {c: o.name for c, o in ctx.routing.offices.items()}
            meant = parse.close(rest, names)  # "tiefbaumt": a typo
            if meant:
                choices = " oder ".join(f"{c} ({names[c]})" for c in meant)
                return Reply(st("office_meant", choices=choices, reference=ref, code=meant[0]))
            return Reply(st("unknown_office", codes=parse.listing(names)))
        return move(ctx, concern, found[0], found[1] or None)
    if name == "thema" and not rest.strip():  # /thema REF: the topics as buttons
        from bot.staff.buttons import topic_rows

        return Reply(st("choose_topic", reference=ref), topic_rows(ctx, concern))
    if name == "thema":
        got = parse.topic(ctx.routing, rest)
        if got is None:
            names = {c: t.name for c, t in ctx.routing.topics.items()}
            meant = parse.close(rest, names)  # "beleuchtig": a typo
            if meant:
                choices = " oder ".join(f"{c} ({names[c]})" for c in meant)
                return Reply(st("topic_meant", choices=choices, reference=ref, code=meant[0]))
            return Reply(st("unknown_topic", codes=parse.listing(names)))
        return set_topic(ctx, concern, got[0], got[1] or None)
    if name == "kreis":
        value, _, remark = rest.removeprefix("Kreis ").removeprefix("kreis ").partition(" ")
        if not (value.isascii() and value.isdigit() and 1 <= int(value) <= 12):
            return Reply(st("bad_kreis"))
        if int(value) == concern.kreis:
            return Reply(st("same_value", reference=ref))
        office = concern.office
        told = actions.set_kreis(ctx.desk, concern, int(value), remark.strip() or None)
        text = st("kreis_set", reference=ref, kreis=value)
        return _and_moved(ctx, concern, office, text, told, remark.strip() or None)
    if not rest:  # /status REF: the choice as buttons
        from bot.staff.buttons import status_rows

        return Reply(st("choose_status", reference=ref), status_rows(concern))
    got_status = parse.status(rest)
    if got_status is None:
        words = "neu, weitergeleitet, in Bearbeitung, erledigt, abgelehnt"
        return Reply(st("unknown_status", codes=words))
    return set_status(ctx, concern, got_status[0], got_status[1] or None)


def set_topic(
    ctx: StaffCtx, concern: Concern, topic: str, remark: str | None, *, edit: bool = False
) -> Reply:
    """/thema REF TOPIC, or a topic button: the topic corrected (and the office
    with it, when the routing table says so)."""
    ref = concern.reference
    if topic == concern.topic:
        return Reply(st("same_value", reference=ref), edit=edit)
    office = concern.office
    told = actions.set_topic(ctx.desk, concern, topic, remark)
    text = st("topic_set", reference=ref, topic=topic_name(ctx.routing, topic))
    reply = _and_moved(ctx, concern, office, text, told, remark)
    reply.edit = edit
    return reply


def _and_moved(
    ctx: StaffCtx,
    concern: Concern,
    before: str | None,
    text: str,
    told: bool,
    remark: str | None,
) -> Reply:
    """A correction's answer, and where the concern went if it moved."""
    if concern.office != before:
        text += "\n" + moved_text(ctx, concern, told, remark)
    return Reply(text)


def moved_text(ctx: StaffCtx, concern: Concern, told: bool, remark: str | None) -> str:
    """Where the concern is now, and who was told: the office only if it has a
    chat here, the resident (and whether they read the remark) only if told."""
    name = office_name(ctx.routing, concern.office)
    parts = [st("moved", reference=concern.reference, office=name)]
    if concern.office is not None and list_staff(ctx.s, office=concern.office):
        parts.append(st("moved_office_told"))
    else:
        parts.append(st("moved_office_no_chat", office=name))
    if told:
        key = "moved_person_remark" if remark else "moved_person_told"
        parts.append(st(key, minutes=held.minutes()))
        parts += _remark_language(concern, remark)
    elif concern.status in actions.CLOSED:
        parts.append(st("moved_closed_quiet"))
        # A closed concern moved: say so plainly (new-user trial k, finding 10).
        status = status_name(concern.status)
        warning = st("moved_closed_warn", reference=concern.reference, status=status, office=name)
        return " ".join(parts) + "\n" + warning
    return " ".join(parts)


def move(
    ctx: StaffCtx, concern: Concern, office: str, remark: str | None, *, edit: bool = False
) -> Reply:
    if office == concern.office:
        return Reply(st("same_value", reference=concern.reference), edit=edit)
    told = actions.reroute(ctx.desk, concern, office, remark)
    return Reply(moved_text(ctx, concern, told, remark), edit=edit)


def set_status(
    ctx: StaffCtx, concern: Concern, status: Status, remark: str | None, *, edit: bool = False
) -> Reply:
    if status == concern.status:
        return Reply(st("same_value", reference=concern.reference), edit=edit)
    told = actions.set_status(ctx.desk, concern, status, remark)
    key = ("status_set_remark" if remark else "status_set_told") if told else "status_set"
    text = st(key, reference=concern.reference, status=status_name(status), minutes=held.minutes())
    if told:
        text = " ".join([text, *_remark_language(concern, remark)])
    return Reply(text, edit=edit)


def _remark_language(concern: Concern, remark: str | None) -> list[str]:
    """ "Sprache: Französisch; Ihre Bemerkung geht unübersetzt …" when a remark
    goes to a resident who does not write German (new-user trial k, finding 11:
    only /antwort said so)."""
    language = language_name(concern) if remark else None
    return [st("remark_language", language=language)] if language else []


def undo(ctx: StaffCtx) -> Reply:
    done = actions.undo(ctx.desk)
    if done is None:
        return Reply(st("undo_nothing"))
    ref = done.concern.reference
    from bot.staff.render import changes_text, who

    if done.conflict or done.moot:
        key = "undo_conflict" if done.conflict else "undo_moot"
        text = st(key, reference=ref)
        since = done.since
        if since is not None:  # who changed what since, and where the concern is now
            name = who(ctx.s, since.actor, since.kind)
            changes = changes_text(ctx.routing, since.before, since.after) or st("what_assign")
            text += " " + st("undo_since", who=name, changes=changes)
        elif done.concern.office != ctx.member.office and ctx.member.role == Role.STAFF:
            name = office_name(ctx.routing, done.concern.office)
            text += " " + st("moved", reference=ref, office=name)
        return Reply(text)
    changes = changes_text(ctx.routing, done.event.before, done.event.after)
    text = st("undone", reference=ref, changes=changes or st("what_assign"))
    return Reply(text + ("\n" + st("undone_quiet") if done.quiet else ""))
