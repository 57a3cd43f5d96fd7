"""/digest (the office's digest on demand) and /abo (daily, weekly or no digest
in this chat)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from bot.messages import Reply
from bot.staff.render import office_name
from bot.texts.staff import st
from digest import build_digest, render_text
from digest.delivery import enqueue_digest
from digest.period import daily_period, weekly_period
from store.models import Role, Subscription, utcnow
from store.repository import ZURICH
from store.staff import set_subscription

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

CHOICES = {
    "täglich": Subscription.DAILY,
    "taeglich": Subscription.DAILY,
    "daily": Subscription.DAILY,
    "wöchentlich": Subscription.WEEKLY,
    "woechentlich": Subscription.WEEKLY,
    "weekly": Subscription.WEEKLY,
    "keine": Subscription.NONE,
    "none": Subscription.NONE,
}


def subscription_text(ctx: StaffCtx, choice: Subscription) -> str:
    when = ctx.digest_time.strftime("%H:%M")
    return st(f"subscription_{choice.value}", time=when)


def abo(ctx: StaffCtx, args: str) -> Reply:
    choice = CHOICES.get(args.strip().lower())
    if choice is None:
        current = subscription_text(ctx, Subscription(ctx.member.subscription))
        usage = st("usage", usage=st("usage_abo"))
        return Reply(st("subscription_set", choice=current) + "\n" + usage)
    set_subscription(ctx.s, ctx.member, choice)
    return Reply(st("subscription_set", choice=subscription_text(ctx, choice)))


EARLIEST = date(2000, 1, 1)  # no digest of an earlier day


TODAY = {"heute", "today"}
# "/digest woche": the weekly digest, as /abo wöchentlich sends it (new-user trial i,
# finding 10: a coordinator read "Das Datum bitte so" and could not see the week).
WEEK = {"woche", "wöchentlich", "woechentlich", "week", "weekly"}


def digest(ctx: StaffCtx, args: str) -> Reply:
    """The member's office digest of a date (default today): the one sent that
    morning, about the working day(s) before; "heute": today's concerns so far
    (new-user trial h, finding 10: today's intake was not to be seen). As text
    in the terminal, through the outbox (Telegram HTML and the page) on
    Telegram. An admin may name another office."""
    today = utcnow().astimezone(ZURICH).date()
    day = today  # no date: this morning's digest
    so_far = weekly = False
    office = ctx.member.office
    for word in args.split():
        if word in ctx.routing.offices and ctx.member.role == Role.ADMIN:
            office = word
            continue
        if word.casefold() in TODAY:
            so_far = True
            continue
        if word.casefold() in WEEK:
            weekly = True
            continue
        try:
            day = date.fromisoformat(word)
        except ValueError:
            return Reply(st("digest_bad_date"))
    if day > today:
        return Reply(st("digest_future", day=day.strftime("%d.%m.%Y")))
    if day < EARLIEST:  # the digest looks weeks back: year 1 has no weeks before it
        return Reply(st("digest_too_early", day=EARLIEST.strftime("%d.%m.%Y")))
    # the digest as it is sent that morning, or today until now
    if so_far:
        period = (today, today + timedelta(days=1))
    else:
        period = weekly_period(day) if weekly else daily_period(day)
    if ctx.incoming.channel != "telegram":
        return Reply(render_text(build_digest(ctx.s, ctx.routing, office, *period)))
    enqueue_digest(ctx.s, ctx.routing, office, day, [ctx.member], period=period)
    name = office_name(ctx.routing, office)
    if so_far:
        return Reply(st("digest_today_coming", office=name))
    if weekly:
        return Reply(st("digest_week_coming", office=name, day=day.strftime("%d.%m.%Y")))
    return Reply(st("digest_coming", office=name, day=day.strftime("%d.%m.%Y")))
